//! The analyst's corrections from the command line: `actors merge|split|set|undo`,
//! `quotes reject|accept|speaker|span|undo` (claims with `--claim`), `dates
//! reject|resolve|undo` and `stances accept|reject|set|undo`. Each writes one correction in
//! one transaction (see `docs/review.md`); listing without a subcommand is unchanged.
use super::query::{ActorsArgs, QuotesArgs};
use anyhow::{bail, Context};
use clap::Subcommand;
use detente_store::corrections::{parse_span_key, parse_stance_key, Action, Target};
use detente_store::{AnyStore, Correction, QuoteFilter};
use std::path::PathBuf;

/// What every correcting subcommand takes.
#[derive(clap::Args)]
pub struct WriteArgs {
    /// The evidence store to correct: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Who makes the correction (default: $USER, else "analyst").
    #[arg(long)]
    pub author: Option<String>,
    /// Why (kept with the correction and shown beside the corrected value).
    #[arg(long)]
    pub note: Option<String>,
}

impl WriteArgs {
    fn open(&self) -> anyhow::Result<AnyStore> {
        let db = super::db::location(self.db.as_deref())?;
        if !super::db::is_postgres(&db) && !db.exists() {
            bail!(
                "{}: no database here (run `detente ingest --db {}` first)",
                db.display(),
                db.display()
            );
        }
        super::db::open(&db)
    }

    /// The store as named in messages.
    fn db_name(&self) -> String {
        super::db::location(self.db.as_deref())
            .map(|d| super::db::display(&d))
            .unwrap_or_default()
    }

    fn author(&self) -> String {
        self.author
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .filter(|a| !a.trim().is_empty())
            .unwrap_or_else(|| "analyst".into())
    }

    fn correction(
        &self,
        target: Target,
        key: String,
        field: &str,
        value: Option<String>,
    ) -> Correction {
        Correction::set(target, key, field, value, &self.author(), self.note.clone())
    }
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActorsCmd {
    #[command(subcommand)]
    pub action: Option<ActorsAction>,
    #[command(flatten)]
    pub list: ActorsArgs,
}

#[derive(Subcommand)]
pub enum ActorsAction {
    /// Merge actor OTHER (and its spellings) into actor KEEP; ids as `actors --format json` prints them.
    Merge {
        #[command(flatten)]
        w: WriteArgs,
        /// The actor that stays.
        keep: i64,
        /// The actor merged into it.
        other: i64,
    },
    /// Split a spelling the actor was mentioned under off into an actor of its own.
    Split {
        #[command(flatten)]
        w: WriteArgs,
        /// The spelling, as listed in the actor's `surfaces`.
        mention: String,
    },
    /// Set an actor's name, kind, role or side.
    Set {
        #[command(flatten)]
        w: WriteArgs,
        /// The actor's id, as `actors --format json` prints it.
        id: i64,
        /// The name to show.
        #[arg(long)]
        name: Option<String>,
        /// person, organization or country.
        #[arg(long)]
        kind: Option<String>,
        /// The office or job ("foreign minister").
        #[arg(long)]
        role: Option<String>,
        /// The side the actor speaks for (a party of the negotiation).
        #[arg(long)]
        affiliation: Option<String>,
    },
    /// Withdraw the corrections of one field of an actor (merge_into, split, name, kind, role, affiliation).
    Undo {
        #[command(flatten)]
        w: WriteArgs,
        /// The actor's id, or for merge_into and split the merged spelling's name.
        actor: String,
        /// The field whose corrections are withdrawn.
        #[arg(long)]
        field: String,
    },
}

pub fn actors(cmd: ActorsCmd) -> anyhow::Result<()> {
    let Some(action) = cmd.action else {
        return super::query::actors(cmd.list);
    };
    match action {
        ActorsAction::Merge { w, keep, other } => {
            let store = w.open()?;
            let id = store.merge_actors(keep, other, &w.author(), w.note.clone())?;
            eprintln!("merged actor {other} into {keep} (correction {id})");
        }
        ActorsAction::Split { w, mention } => {
            let store = w.open()?;
            let Some(key) = store.actor_spelling_key(&mention)? else {
                bail!("no actor spelling {mention:?} in {}", w.db_name());
            };
            let id = store.correct(&w.correction(Target::Actor, key, "split", None))?;
            eprintln!("split {mention:?} off (correction {id})");
        }
        ActorsAction::Set {
            w,
            id,
            name,
            kind,
            role,
            affiliation,
        } => {
            let store = w.open()?;
            let key = actor_key(&store, &id.to_string())?;
            let fields = [
                ("name", name),
                ("kind", kind),
                ("role", role),
                ("affiliation", affiliation),
            ];
            if fields.iter().all(|(_, v)| v.is_none()) {
                bail!("nothing to set: give --name, --kind, --role or --affiliation");
            }
            for (field, value) in fields {
                let Some(value) = value else { continue };
                // An empty value clears the field.
                let value = Some(value).filter(|v| !v.trim().is_empty());
                let n = store.correct(&w.correction(Target::Actor, key.clone(), field, value))?;
                eprintln!("set {field} of actor {id} (correction {n})");
            }
        }
        ActorsAction::Undo { w, actor, field } => {
            let store = w.open()?;
            let key = if matches!(field.as_str(), "merge_into" | "split") {
                store
                    .actor_spelling_key(&actor)?
                    .or_else(|| Some(detente_name_key(&actor)))
                    .filter(|k| !k.is_empty())
                    .with_context(|| format!("no actor spelling {actor:?}"))?
            } else {
                actor_key(&store, &actor)?
            };
            undo(&store, &w, Target::Actor, key, &field)?;
        }
    }
    Ok(())
}

/// Lower case with single spaces: the form actor keys take.
fn detente_name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn actor_key(store: &AnyStore, id: &str) -> anyhow::Result<String> {
    let n: i64 = id
        .parse()
        .with_context(|| format!("{id:?} is not an actor id"))?;
    store
        .actor_key(n)?
        .with_context(|| format!("no actor has id {n}"))
}

fn undo(
    store: &AnyStore,
    w: &WriteArgs,
    target: Target,
    key: String,
    field: &str,
) -> anyhow::Result<()> {
    let mut c = w.correction(target, key, field, None);
    c.action = Action::Undo;
    let id = store.correct(&c)?;
    eprintln!("withdrew the corrections of {field} (correction {id})");
    Ok(())
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct QuotesCmd {
    #[command(subcommand)]
    pub action: Option<SpeechAction>,
    #[command(flatten)]
    pub list: QuotesArgs,
}

/// Which statement: a row id (from `--format json`) or a stable key `<sha256>:<start>-<end>`.
#[derive(clap::Args)]
pub struct SpeechTarget {
    #[command(flatten)]
    w: WriteArgs,
    /// Row id as `quotes --format json` prints it, or the record's `key`.
    target: String,
    /// The target is a claim (reported speech), not a direct quote.
    #[arg(long)]
    claim: bool,
}

#[derive(Subcommand)]
pub enum SpeechAction {
    /// Not speech (a title, a slogan): leave it out of every list, count and chart.
    Reject(SpeechTarget),
    /// Confirm the machine's reading.
    Accept(SpeechTarget),
    /// Set the speaker to a stored actor (by any spelling), or clear it with --clear.
    Speaker {
        #[command(flatten)]
        t: SpeechTarget,
        /// The speaker: a stored actor, by any of its spellings.
        name: Option<String>,
        /// Leave the statement without a speaker.
        #[arg(long, conflicts_with = "name")]
        clear: bool,
    },
    /// Set the byte span of the words quoted.
    Span {
        #[command(flatten)]
        t: SpeechTarget,
        /// First byte of the quoted words in the article's text.
        start: i64,
        /// Byte just after the quoted words.
        end: i64,
    },
    /// Withdraw the corrections of one field (status, speaker, span).
    Undo {
        #[command(flatten)]
        t: SpeechTarget,
        /// The field whose corrections are withdrawn.
        #[arg(long)]
        field: String,
    },
}

fn speech_key(store: &AnyStore, t: &SpeechTarget) -> anyhow::Result<String> {
    if let Ok(id) = t.target.parse::<i64>() {
        let what = if t.claim { "claim" } else { "quote" };
        return store
            .speech_key(id, t.claim)?
            .with_context(|| format!("no {what} has id {id} in {}", t.w.db_name()));
    }
    if parse_span_key(&t.target).is_none() {
        bail!(
            "{:?} is neither a row id nor a key <sha256>:<start>-<end>",
            t.target
        );
    }
    Ok(t.target.clone())
}

/// The machine's reading of a statement, for the log.
fn machine_speech(
    store: &AnyStore,
    key: &str,
    claim: bool,
) -> anyhow::Result<Option<detente_store::QuoteRow>> {
    let Some((hash, ..)) = parse_span_key(key) else {
        return Ok(None);
    };
    let Some(article) = store
        .articles(None, 0)?
        .into_iter()
        .find(|a| a.content_hash == hash)
    else {
        return Ok(None);
    };
    let f = QuoteFilter {
        article_id: Some(article.id),
        machine: true,
        ..QuoteFilter::default()
    };
    let rows = if claim {
        store.claims(&f)?
    } else {
        store.quotes(&f)?
    };
    Ok(rows.into_iter().find(|r| r.key == key))
}

pub fn quotes(cmd: QuotesCmd) -> anyhow::Result<()> {
    let Some(action) = cmd.action else {
        return super::query::quotes(cmd.list);
    };
    let (t, field, value) = match action {
        SpeechAction::Reject(t) => (t, "status", Some("rejected".to_string())),
        SpeechAction::Accept(t) => (t, "status", Some("accepted".to_string())),
        SpeechAction::Speaker { t, name, clear } => {
            let store = t.w.open()?;
            let value = match (name, clear) {
                (Some(n), false) => Some(store.actor_spelling_key(&n)?.with_context(|| {
                    format!(
                        "no actor named {n:?} in {} (see `detente actors`)",
                        t.w.db_name()
                    )
                })?),
                (None, true) => None,
                _ => bail!("give the speaker's name, or --clear"),
            };
            (t, "speaker", value)
        }
        SpeechAction::Span { t, start, end } => (t, "span", Some(format!("{start}-{end}"))),
        SpeechAction::Undo { t, field } => {
            let store = t.w.open()?;
            let key = speech_key(&store, &t)?;
            let target = if t.claim {
                Target::Claim
            } else {
                Target::Quote
            };
            return undo(&store, &t.w, target, key, &field);
        }
    };
    let store = t.w.open()?;
    let key = speech_key(&store, &t)?;
    let target = if t.claim {
        Target::Claim
    } else {
        Target::Quote
    };
    let mut c = t.w.correction(target, key.clone(), field, value);
    if let Some(m) = machine_speech(&store, &key, t.claim)? {
        c.machine = match field {
            "speaker" => m.speaker,
            "span" => Some(format!("{}-{}", m.start, m.end)),
            _ => None,
        };
    }
    let id = store.correct(&c)?;
    eprintln!("{} {field} of {key} (correction {id})", target.as_str());
    Ok(())
}

#[derive(clap::Args)]
pub struct DatesCmd {
    #[command(subcommand)]
    pub action: DatesAction,
}

#[derive(clap::Args)]
pub struct DateTarget {
    #[command(flatten)]
    w: WriteArgs,
    /// Date row id (`detente timeline --format json` prints keys; article detail prints ids), or its key.
    target: String,
}

#[derive(Subcommand)]
pub enum DatesAction {
    /// Not a date of the negotiation: leave it out of the timeline.
    Reject(DateTarget),
    /// Set the date an expression means (YYYY, YYYY-MM or YYYY-MM-DD).
    Resolve {
        #[command(flatten)]
        t: DateTarget,
        /// The date meant: YYYY, YYYY-MM or YYYY-MM-DD.
        value: String,
    },
    /// Withdraw the corrections of one field (status, resolved).
    Undo {
        #[command(flatten)]
        t: DateTarget,
        /// The field whose corrections are withdrawn.
        #[arg(long)]
        field: String,
    },
}

fn date_key(store: &AnyStore, t: &DateTarget) -> anyhow::Result<String> {
    if let Ok(id) = t.target.parse::<i64>() {
        return store
            .date_key(id)?
            .with_context(|| format!("no date has id {id} in {}", t.w.db_name()));
    }
    if parse_span_key(&t.target).is_none() {
        bail!(
            "{:?} is neither a date id nor a key <sha256>:<start>-<end>",
            t.target
        );
    }
    Ok(t.target.clone())
}

pub fn dates(cmd: DatesCmd) -> anyhow::Result<()> {
    let (t, field, value) = match cmd.action {
        DatesAction::Reject(t) => (t, "status", Some("rejected".to_string())),
        DatesAction::Resolve { t, value } => (t, "resolved", Some(value)),
        DatesAction::Undo { t, field } => {
            let store = t.w.open()?;
            let key = date_key(&store, &t)?;
            return undo(&store, &t.w, Target::Date, key, &field);
        }
    };
    let store = t.w.open()?;
    let key = date_key(&store, &t)?;
    let id = store.correct(&t.w.correction(Target::Date, key.clone(), field, value))?;
    eprintln!("date {field} of {key} (correction {id})");
    Ok(())
}

#[derive(clap::Args)]
pub struct StancesCmd {
    #[command(subcommand)]
    pub action: StancesAction,
}

#[derive(clap::Args)]
pub struct StanceTarget {
    #[command(flatten)]
    w: WriteArgs,
    /// The stance's `key` as `positions --format json` prints it:
    /// `<quote|claim>:<sha256>:<start>-<end>#<issue>`.
    key: String,
}

#[derive(Subcommand)]
pub enum StancesAction {
    /// Confirm the linker's stance.
    Accept(StanceTarget),
    /// The statement takes no such stance: leave it out of positions and contradictions.
    Reject(StanceTarget),
    /// Change the stance's party, issue, option or polarity.
    Set {
        #[command(flatten)]
        t: StanceTarget,
        /// The party that takes the stance (a scenario party).
        #[arg(long)]
        party: Option<String>,
        /// The scenario issue the stance is on.
        #[arg(long)]
        issue: Option<String>,
        /// The option of that issue the stance is about.
        #[arg(long)]
        option: Option<String>,
        /// supports, rejects or neutral.
        #[arg(long)]
        polarity: Option<String>,
    },
    /// Withdraw the corrections of one field (status, party, issue, option, polarity).
    Undo {
        #[command(flatten)]
        t: StanceTarget,
        /// The field whose corrections are withdrawn.
        #[arg(long)]
        field: String,
    },
}

pub fn stances(cmd: StancesCmd) -> anyhow::Result<()> {
    let check = |t: &StanceTarget| -> anyhow::Result<AnyStore> {
        if parse_stance_key(&t.key).is_none() {
            bail!(
                "{:?} is not a stance key <quote|claim>:<sha256>:<start>-<end>#<issue>",
                t.key
            );
        }
        t.w.open()
    };
    match cmd.action {
        StancesAction::Accept(t) => {
            let store = check(&t)?;
            let id = store.correct(&t.w.correction(
                Target::Stance,
                t.key.clone(),
                "status",
                Some("accepted".into()),
            ))?;
            eprintln!("accepted {} (correction {id})", t.key);
        }
        StancesAction::Reject(t) => {
            let store = check(&t)?;
            let id = store.correct(&t.w.correction(
                Target::Stance,
                t.key.clone(),
                "status",
                Some("rejected".into()),
            ))?;
            eprintln!("rejected {} (correction {id})", t.key);
        }
        StancesAction::Set {
            t,
            party,
            issue,
            option,
            polarity,
        } => {
            let store = check(&t)?;
            let fields = [
                ("party", party),
                ("issue", issue),
                ("option", option),
                ("polarity", polarity),
            ];
            if fields.iter().all(|(_, v)| v.is_none()) {
                bail!("nothing to set: give --party, --issue, --option or --polarity");
            }
            for (field, value) in fields {
                let Some(value) = value else { continue };
                let value = Some(value).filter(|v| !v.trim().is_empty());
                let id =
                    store.correct(&t.w.correction(Target::Stance, t.key.clone(), field, value))?;
                eprintln!("set {field} of {} (correction {id})", t.key);
            }
        }
        StancesAction::Undo { t, field } => {
            let store = check(&t)?;
            undo(&store, &t.w, Target::Stance, t.key.clone(), &field)?;
        }
    }
    Ok(())
}
