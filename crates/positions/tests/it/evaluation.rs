//! Stance evaluation on hand-annotated statements (tests/fixtures/stances.jsonl, written
//! for this project, with the scenario tests/fixtures/talks-scenario.toml). Prints the
//! figures quoted in docs/positions.md:
//!
//!     cargo test -p detente-positions --test evaluation -- --nocapture
//!
//! The thresholds sit a little under the current figures, so the test fails when a change
//! makes linking or polarity worse, not when it makes them better.

use detente_positions::{scenario_terms, Polarity, SpeakerParties, StanceLexicon, StanceLinker};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct GoldStance {
    issue: String,
    option: Option<String>,
    polarity: Polarity,
}

#[derive(Deserialize)]
struct GoldStatement {
    id: String,
    /// The scenario the statement is labelled against, when a file mixes several:
    /// "talks" (fixtures/talks-scenario.toml) or an example's directory name.
    #[serde(default)]
    scenario: Option<String>,
    /// "quote" or "claim" (the example set says which).
    #[serde(default)]
    kind: Option<String>,
    text: String,
    speaker: Option<String>,
    affiliation: Option<String>,
    party: Option<String>,
    stances: Vec<GoldStance>,
    /// Reporting words, and the sentences before and after, written with the statement
    /// (`reported-stances.jsonl`): the statement is then linked with them.
    #[serde(default)]
    frame: Option<String>,
    #[serde(default)]
    before: Option<String>,
    #[serde(default)]
    after: Option<String>,
}

type Tuple = (String, Option<String>, Polarity);

/// Rejecting "X" is supporting "no X" where the scenario offers both: compare in one form.
fn normalise(lex: &StanceLexicon, issue: &str, option: Option<&str>, pol: Polarity) -> Tuple {
    if let (Some(o), Polarity::Rejects) = (option, pol) {
        if let Some(i) = lex.issues.iter().find(|i| i.id == issue) {
            if let Some(opt) = i.options.iter().find(|x| x.id == o) {
                if let Some(c) = opt.complement {
                    return (
                        issue.into(),
                        Some(i.options[c].id.clone()),
                        Polarity::Supports,
                    );
                }
            }
        }
    }
    (issue.into(), option.map(String::from), pol)
}

struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add<T: Ord + Clone>(&mut self, gold: &BTreeSet<T>, pred: &BTreeSet<T>) {
        self.tp += gold.intersection(pred).count();
        self.fp += pred.difference(gold).count();
        self.fn_ += gold.difference(pred).count();
    }
}

struct Figures {
    statements: usize,
    issue: Counts,
    stance: Counts,
    polarity_right: usize,
    polarity_compared: usize,
    party_right: usize,
    party_total: usize,
    /// Stances with a side on a gold issue whose `party` (the holder: the speaker's party,
    /// or the party whose wish the statement reports) is the gold party.
    holder_right: usize,
    holder_total: usize,
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
const EXAMPLE_SCENARIO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/ukraine-2025/scenario.toml"
);

fn scenario_path(name: &str) -> String {
    if name == "talks" {
        format!("{FIXTURES}talks-scenario.toml")
    } else {
        format!(
            "{}/../../examples/{name}/scenario.toml",
            env!("CARGO_MANIFEST_DIR")
        )
    }
}

fn load_linker(path: &str) -> (StanceLexicon, StanceLinker) {
    let scenario =
        detente_model::Scenario::load(path).unwrap_or_else(|e| panic!("scenario {path}: {e}"));
    let lex = StanceLexicon::new(&scenario_terms(&scenario));
    let linker = StanceLinker::new(lex.clone());
    (lex, linker)
}

/// Each statement of the example articles (keyed "file:start-end", as the gold ids are)
/// with its article's text and the attribution verb the extractor records for it.
fn example_contexts() -> std::collections::HashMap<String, (String, Option<String>)> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/articles"
    );
    let ex = detente_text::Extractor::new();
    let mut out = std::collections::HashMap::new();
    let opts = detente_text::ReadOptions::default();
    for ev in detente_text::read_paths(&[std::path::PathBuf::from(dir)], &opts) {
        let detente_text::ReadEvent::Article(a) = ev else {
            continue;
        };
        let evidence = ex.extract(&a);
        let spans = evidence
            .quotes
            .iter()
            .map(|q| (q.start, q.end, q.cue.clone()))
            .chain(
                evidence
                    .claims
                    .iter()
                    .map(|c| (c.start, c.end, c.cue.clone())),
            );
        for (start, end, cue) in spans {
            out.insert(format!("{}:{start}-{end}", a.id), (a.text.clone(), cue));
        }
    }
    out
}

fn evaluate(scenario_path_default: &str, gold_file: &str, show: bool) -> Figures {
    evaluate_with(scenario_path_default, gold_file, show, None)
}

/// As [`evaluate`]; with `contexts`, each statement found there is linked with its
/// reporting frame and neighbouring sentences (`link_framed`), as `positions` does on a
/// store.
fn evaluate_with(
    scenario_path_default: &str,
    gold_file: &str,
    show: bool,
    contexts: Option<&std::collections::HashMap<String, (String, Option<String>)>>,
) -> Figures {
    let dir = FIXTURES;
    let mut linkers: std::collections::HashMap<String, (StanceLexicon, StanceLinker)> =
        Default::default();
    let text = std::fs::read_to_string(format!("{dir}{gold_file}")).expect("fixture file");
    let mut f = Figures {
        statements: 0,
        issue: Counts {
            tp: 0,
            fp: 0,
            fn_: 0,
        },
        stance: Counts {
            tp: 0,
            fp: 0,
            fn_: 0,
        },
        polarity_right: 0,
        polarity_compared: 0,
        party_right: 0,
        party_total: 0,
        holder_right: 0,
        holder_total: 0,
    };
    let golds: Vec<GoldStatement> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{gold_file}:{}: {e}", n + 1))
        })
        .collect();
    // Speakers' parties are learned over the whole file, as `positions` does over a store.
    let mut speakers: std::collections::HashMap<String, SpeakerParties> = Default::default();
    for g in &golds {
        let path = g
            .scenario
            .as_deref()
            .map(scenario_path)
            .unwrap_or_else(|| scenario_path_default.to_string());
        if let std::collections::hash_map::Entry::Vacant(slot) = speakers.entry(path.clone()) {
            let (lex, _) = linkers
                .entry(path.clone())
                .or_insert_with(|| load_linker(&path));
            let same = golds.iter().filter(|h| {
                h.scenario
                    .as_deref()
                    .map(scenario_path)
                    .as_deref()
                    .unwrap_or(scenario_path_default)
                    == path
            });
            slot.insert(
                lex.speaker_parties(same.map(|h| (h.speaker.as_deref(), h.affiliation.as_deref()))),
            );
        }
    }
    for g in golds {
        let path = g
            .scenario
            .as_deref()
            .map(scenario_path)
            .unwrap_or_else(|| scenario_path_default.to_string());
        let (lex, linker) = linkers
            .entry(path.clone())
            .or_insert_with(|| load_linker(&path));
        f.statements += 1;
        let found = contexts.and_then(|c| c.get(&g.id)).and_then(|(text, cue)| {
            let (_, span) = g.id.rsplit_once(':')?;
            let (a, b) = span.split_once('-')?;
            let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
            Some(detente_positions::article_context(
                Some(text),
                a,
                b,
                cue.as_deref(),
            ))
        });
        let written = (g.frame.is_some() || g.before.is_some() || g.after.is_some()).then(|| {
            detente_positions::ArticleContext {
                frame: g.frame.clone(),
                before: g.before.clone(),
                after: g.after.clone(),
                source: None,
            }
        });
        let pred = match found.as_ref().or(written.as_ref()) {
            Some(ctx) => linker.link_framed(
                &g.text,
                g.speaker.as_deref(),
                g.affiliation.as_deref(),
                &detente_positions::Framing {
                    frame: ctx.frame.as_deref(),
                    before: ctx.before.as_deref(),
                    after: ctx.after.as_deref(),
                    quote: g.kind.as_deref() != Some("claim"),
                },
            ),
            None => linker.link(&g.text, g.speaker.as_deref(), g.affiliation.as_deref()),
        };
        let gold_t: BTreeSet<Tuple> = g
            .stances
            .iter()
            .map(|s| normalise(lex, &s.issue, s.option.as_deref(), s.polarity))
            .collect();
        let pred_t: BTreeSet<Tuple> = pred
            .iter()
            .map(|s| normalise(lex, &s.issue, s.option.as_deref(), s.polarity))
            .collect();
        let gold_i: BTreeSet<String> = gold_t.iter().map(|t| t.0.clone()).collect();
        let pred_i: BTreeSet<String> = pred_t.iter().map(|t| t.0.clone()).collect();
        f.issue.add(&gold_i, &pred_i);
        f.stance.add(&gold_t, &pred_t);
        // Polarity where gold and prediction speak of the same thing (issue and option).
        for gt in &gold_t {
            if let Some(pt) = pred_t.iter().find(|p| p.0 == gt.0 && p.1 == gt.1) {
                f.polarity_compared += 1;
                if pt.2 == gt.2 {
                    f.polarity_right += 1;
                }
            }
        }
        if g.party.is_some() {
            for s in pred
                .iter()
                .filter(|s| s.polarity != Polarity::Neutral && gold_i.contains(&s.issue))
            {
                f.holder_total += 1;
                if s.party == g.party {
                    f.holder_right += 1;
                }
            }
            f.party_total += 1;
            let got = speakers[&path]
                .party_of(lex, g.affiliation.as_deref(), g.speaker.as_deref())
                .map(|i| lex.parties[i].id.clone());
            if got == g.party {
                f.party_right += 1;
            } else if show {
                eprintln!(
                    "  {}: party gold {:?} got {:?} (speaker {:?}, affiliation {:?})",
                    g.id, g.party, got, g.speaker, g.affiliation
                );
            }
        }
        if show && gold_t != pred_t {
            eprintln!(
                "  {}: {}\n     gold {:?}\n     got  {:?}",
                g.id, g.text, gold_t, pred_t
            );
        }
    }
    f
}

fn report(name: &str, f: &Figures) {
    eprintln!(
        "{name}: {} statements\n  issue linking  P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})\n  full stance    P {:.3} R {:.3} F1 {:.3} (issue + option + polarity)\n  polarity accuracy where issue and option agree: {:.3} ({}/{})\n  party (affiliation, name, same speaker elsewhere): {}/{}\n  stance party (holder of stances with a side on a gold issue): {}/{}",
        f.statements,
        f.issue.p(), f.issue.r(), f.issue.f1(), f.issue.tp, f.issue.fp, f.issue.fn_,
        f.stance.p(), f.stance.r(), f.stance.f1(),
        f.polarity_right as f64 / f.polarity_compared.max(1) as f64, f.polarity_right, f.polarity_compared,
        f.party_right, f.party_total,
        f.holder_right, f.holder_total
    );
}

#[test]
fn stance_evaluation_on_development_written_statements() {
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let f = evaluate(
        &format!("{FIXTURES}talks-scenario.toml"),
        "stances.jsonl",
        show,
    );
    report("development set, written statements (stances.jsonl)", &f);
    assert!(f.statements >= 50);
    // Current: issue P 0.983 R 0.935; stance F1 0.810; polarity 1.000; party 58/58.
    assert!(
        f.issue.p() >= 0.95,
        "issue-link precision {:.3}",
        f.issue.p()
    );
    assert!(f.issue.r() >= 0.92, "issue-link recall {:.3}", f.issue.r());
    assert!(f.stance.f1() >= 0.78, "stance F1 {:.3}", f.stance.f1());
    let pol = f.polarity_right as f64 / f.polarity_compared.max(1) as f64;
    assert!(pol >= 0.95, "polarity accuracy {pol:.3}");
    assert_eq!(f.party_right, f.party_total);
}

/// The project's example articles (examples/ukraine-2025/articles): every quote and claim
/// the extractor found there, annotated against the example scenario. Statements about
/// "territory" or "land" in general are left unlinked in the gold: the scenario has no
/// general territory issue, only Crimea, the rest of Donbas and the southern line.
#[test]
fn stance_evaluation_on_development_example_articles() {
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let f = evaluate(EXAMPLE_SCENARIO, "examples-stances.jsonl", show);
    report(
        "development set, example articles (examples-stances.jsonl)",
        &f,
    );
    assert!(f.statements >= 30);
    // Current: issue P 1.000 R 0.895; full stance F1 0.722; party 33/40 (was P 0.708,
    // R 0.895, F1 0.267, party 31/40 before conditions, option synonyms, shared keywords
    // and speakers' parties across statements).
    assert!(f.stance.f1() >= 0.68, "stance F1 {:.3}", f.stance.f1());
    assert!(
        f.issue.p() >= 0.9,
        "issue-link precision {:.3}",
        f.issue.p()
    );
    assert!(f.issue.r() >= 0.85, "issue-link recall {:.3}", f.issue.r());
    assert!(
        f.party_right >= 33,
        "party {}/{}",
        f.party_right,
        f.party_total
    );
}

/// The same set, each statement read with its reporting frame and neighbouring sentences
/// from its article (`link_framed`), as `detente positions` reads a store.
#[test]
fn stance_evaluation_on_development_example_articles_with_frames() {
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let ctx = example_contexts();
    let (_, linker) = load_linker(EXAMPLE_SCENARIO);
    let gold = std::fs::read_to_string(format!("{FIXTURES}examples-stances.jsonl")).expect("gold");
    let (mut found, mut framed) = (0, Vec::new());
    for l in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: GoldStatement = serde_json::from_str(l).expect("gold line");
        let Some((text, cue)) = ctx.get(&g.id) else {
            continue;
        };
        found += 1;
        let span = g.id.rsplit_once(':').and_then(|(_, s)| s.split_once('-'));
        let (a, b) = span
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            .unwrap_or((0, 0));
        let c = detente_positions::article_context(Some(text), a, b, cue.as_deref());
        if let Some(f) = c
            .frame
            .as_deref()
            .filter(|f| linker.frame_polarity(f).is_some())
        {
            framed.push(f.to_string());
        }
    }
    eprintln!(
        "example statements found in the articles: {found}; with a stance cue in the frame: {} {:?}",
        framed.len(),
        framed
    );
    let f = evaluate_with(EXAMPLE_SCENARIO, "examples-stances.jsonl", show, Some(&ctx));
    report(
        "development set, example articles, with frames and context",
        &f,
    );
    assert!(f.statements >= 30);
    assert!(f.stance.f1() >= 0.6, "stance F1 {:.3}", f.stance.f1());
}

/// Reported positions written for this project (`reported-stances.jsonl`): the reporting
/// words, and sometimes the sentence before, written with each statement, labelled against
/// the example scenarios before the linker was first run on them (commit 2280989).
#[test]
fn stance_evaluation_on_development_reported_positions() {
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let f = evaluate(EXAMPLE_SCENARIO, "reported-stances.jsonl", show);
    report(
        "development set, reported positions (reported-stances.jsonl)",
        &f,
    );
    assert!(f.statements >= 40);
    // First run (before the rules of commits 43aee21 and e6b1b8f): issue P 0.917 R 0.943,
    // stance F1 0.563, polarity 20/24. Now: stance F1 0.732, polarity 26/26.
    assert!(f.issue.p() >= 0.9 && f.issue.r() >= 0.9);
    assert!(f.stance.f1() >= 0.7, "stance F1 {:.3}", f.stance.f1());
    assert!(f.holder_right * 10 >= f.holder_total * 9);
}

/// Statements written for this project in the style of news reports on the labour, trade
/// and foundry example scenarios (no Russia–Ukraine vocabulary), hand-labelled before the
/// linker was run on them.
#[test]
fn stance_evaluation_on_development_other_domains() {
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let f = evaluate(EXAMPLE_SCENARIO, "other-stances.jsonl", show);
    report("development set, other domains (other-stances.jsonl)", &f);
    assert!(f.statements >= 40);
    // Current: issue P 0.956 R 0.977; stance F1 0.747; party 41/45 (first run, before
    // any rule was checked on them: P 0.811 R 0.977, F1 0.400, party 40/45).
    assert!(
        f.issue.p() >= 0.9,
        "issue-link precision {:.3}",
        f.issue.p()
    );
    assert!(f.issue.r() >= 0.93, "issue-link recall {:.3}", f.issue.r());
    assert!(f.stance.f1() >= 0.71, "stance F1 {:.3}", f.stance.f1());
}

/// A held-out set, labelled before the linker was run on it and not used to develop rules:
/// its misses are shown only with DETENTE_SHOW_HOLDOUT set.
#[test]
fn stance_evaluation_on_held_out_statements() {
    let show = std::env::var_os("DETENTE_SHOW_HOLDOUT").is_some();
    let f = evaluate(EXAMPLE_SCENARIO, "holdout-stances.jsonl", show);
    report("held-out set (holdout-stances.jsonl)", &f);
    assert!(f.statements >= 25);
    // Current: issue P 1.000 R 0.964; stance F1 0.643 (first run: P 0.900 R 0.964, F1
    // 0.367). A floor only: this set is for measuring, not for tuning.
    assert!(f.stance.f1() >= 0.55, "stance F1 {:.3}", f.stance.f1());
}

/// The seed articles in ../shared (written by others; only offsets and labels live here)
/// against the project's example scenario: every non-partial gold quote, its speaker's
/// affiliation from the gold actors, and the stances in fixtures/seeds-stances.jsonl (all
/// other quotes take no stance on the scenario's issues). Skipped when ../shared is absent.
#[test]
fn stance_evaluation_on_seed_quotes() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
    let gold = format!("{root}../shared/gold/seeds/");
    let (Ok(quotes), Ok(actors)) = (
        std::fs::read_to_string(format!("{gold}quotes.jsonl")),
        std::fs::read_to_string(format!("{gold}actors.jsonl")),
    ) else {
        eprintln!("seed gold not found beside the repository; skipped");
        return;
    };
    let scenario =
        detente_model::Scenario::load(format!("{root}examples/ukraine-2025/scenario.toml"))
            .unwrap_or_else(|e| panic!("example scenario: {e}"));
    let lex = StanceLexicon::new(&scenario_terms(&scenario));
    let linker = StanceLinker::new(lex.clone());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let labels = std::fs::read_to_string(format!("{dir}seeds-stances.jsonl")).expect("labels");
    let mut gold_of: std::collections::HashMap<(String, u64, u64), BTreeSet<Tuple>> =
        Default::default();
    for l in labels.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).expect("label line");
        let key = (
            v["article"].as_str().unwrap_or_default().to_string(),
            v["start"].as_u64().unwrap_or_default(),
            v["end"].as_u64().unwrap_or_default(),
        );
        let st: Vec<GoldStance> = serde_json::from_value(v["stances"].clone()).expect("stances");
        gold_of.insert(
            key,
            st.iter()
                .map(|s| normalise(&lex, &s.issue, s.option.as_deref(), s.polarity))
                .collect(),
        );
    }
    let mut affiliation: std::collections::HashMap<(String, String), Option<String>> =
        Default::default();
    for l in actors.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).expect("actor line");
        affiliation.insert(
            (
                v["article"].as_str().unwrap_or_default().into(),
                v["name"].as_str().unwrap_or_default().into(),
            ),
            v["affiliation"].as_str().map(String::from),
        );
    }
    let mut issue = Counts {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    let mut stance = Counts {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    let mut n = 0;
    for l in quotes.lines().filter(|l| !l.trim().is_empty()) {
        let q: serde_json::Value = serde_json::from_str(l).expect("quote line");
        if q["partial"].as_bool() == Some(true) {
            continue;
        }
        n += 1;
        let article = q["article"].as_str().unwrap_or_default().to_string();
        let speaker = q["speaker"].as_str().map(String::from);
        let aff = speaker.as_ref().and_then(|s| {
            affiliation
                .get(&(article.clone(), s.clone()))
                .cloned()
                .flatten()
        });
        let key = (
            article,
            q["start"].as_u64().unwrap_or_default(),
            q["end"].as_u64().unwrap_or_default(),
        );
        let gold_t = gold_of.remove(&key).unwrap_or_default();
        let pred_t: BTreeSet<Tuple> = linker
            .link(
                q["text"].as_str().unwrap_or_default(),
                speaker.as_deref(),
                aff.as_deref(),
            )
            .iter()
            .map(|s| normalise(&lex, &s.issue, s.option.as_deref(), s.polarity))
            .collect();
        let gi: BTreeSet<String> = gold_t.iter().map(|t| t.0.clone()).collect();
        let pi: BTreeSet<String> = pred_t.iter().map(|t| t.0.clone()).collect();
        issue.add(&gi, &pi);
        stance.add(&gold_t, &pred_t);
        if std::env::var_os("DETENTE_SHOW_ERRORS").is_some() && gold_t != pred_t {
            eprintln!("  {key:?}\n     gold {gold_t:?}\n     got  {pred_t:?}");
        }
    }
    assert!(
        gold_of.is_empty(),
        "labels for quotes not in the gold: {:?}",
        gold_of.keys()
    );
    eprintln!(
        "seed quotes: {n} quotes, {} gold stances\n  issue linking  P {:.3} R {:.3} (tp {} fp {} fn {})\n  full stance    P {:.3} R {:.3}",
        stance.tp + stance.fn_, issue.p(), issue.r(), issue.tp, issue.fp, issue.fn_, stance.p(), stance.r()
    );
    // Few stances in these texts; the check is that linking does not run wild on news prose.
    assert!(
        issue.fp <= 6,
        "{} false issue links on the seed quotes",
        issue.fp
    );
}

#[test]
#[ignore]
fn debug_one() {
    // DETENTE_SCENARIO=path DETENTE_TEXT=... [DETENTE_FRAME=...] [DETENTE_BEFORE=...]
    // [DETENTE_AFTER=...] [DETENTE_QUOTE=1]
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let path = std::env::var("DETENTE_SCENARIO").unwrap_or(format!("{dir}talks-scenario.toml"));
    let scenario = detente_model::Scenario::load(path).expect("scenario");
    let lex = StanceLexicon::new(&scenario_terms(&scenario));
    let linker = StanceLinker::new(lex);
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let (t, frame, before, after) = (
        var("DETENTE_TEXT").unwrap_or_default(),
        var("DETENTE_FRAME"),
        var("DETENTE_BEFORE"),
        var("DETENTE_AFTER"),
    );
    let framing = detente_positions::Framing {
        frame: frame.as_deref(),
        before: before.as_deref(),
        after: after.as_deref(),
        quote: var("DETENTE_QUOTE").is_some(),
    };
    eprintln!(
        "{:#?}",
        linker.link_framed(&t, None, var("DETENTE_AFFILIATION").as_deref(), &framing)
    );
}

/// Precision of the contradiction flags on the development sets: each statement a flag
/// cites is checked against its gold (issue, option, polarity, party). A flag that a party
/// rejects an option it values counts as right for a citation whose gold has the party
/// rejecting that option (or supporting its negation); a flag that it supports an option
/// it values little, for one whose gold has it supporting that option. Issue 13 asks that
/// at least 8 of 10 be right.
#[test]
fn contradiction_flags_on_development_sets() {
    use detente_positions::{
        positions, ContradictionKind, PositionsFilter, Statement, StatementKind,
    };
    let show = std::env::var_os("DETENTE_SHOW_ERRORS").is_some();
    let sets = [
        ("stances.jsonl", format!("{FIXTURES}talks-scenario.toml")),
        ("examples-stances.jsonl", EXAMPLE_SCENARIO.to_string()),
        ("other-stances.jsonl", EXAMPLE_SCENARIO.to_string()),
        ("reported-stances.jsonl", EXAMPLE_SCENARIO.to_string()),
    ];
    let (mut right, mut total, mut flags) = (0usize, 0usize, 0usize);
    for (file, default) in &sets {
        let text = std::fs::read_to_string(format!("{FIXTURES}{file}")).expect("fixture");
        let golds: Vec<GoldStatement> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("gold line"))
            .collect();
        let mut by_scenario: std::collections::BTreeMap<String, Vec<&GoldStatement>> =
            Default::default();
        for g in &golds {
            let path = g
                .scenario
                .as_deref()
                .map(scenario_path)
                .unwrap_or(default.clone());
            by_scenario.entry(path).or_default().push(g);
        }
        for (path, gs) in by_scenario {
            let (lex, linker) = load_linker(&path);
            let statements: Vec<Statement> = gs
                .iter()
                .map(|g| Statement {
                    kind: if g.kind.as_deref() == Some("claim") {
                        StatementKind::Claim
                    } else {
                        StatementKind::Quote
                    },
                    article: g.id.clone(),
                    end: g.text.len(),
                    text: g.text.clone(),
                    speaker: g.speaker.clone(),
                    affiliation: g.affiliation.clone(),
                    frame: g.frame.clone(),
                    before: g.before.clone(),
                    after: g.after.clone(),
                    ..Statement::default()
                })
                .collect();
            let report = positions(&linker, &statements, &PositionsFilter::default());
            for c in &report.contradictions {
                flags += 1;
                let pol = match c.kind {
                    ContradictionKind::ValuedButRejected => Polarity::Rejects,
                    ContradictionKind::LowValuedButSupported => Polarity::Supports,
                };
                let flagged = normalise(&lex, &c.issue, Some(&c.option), pol);
                for cit in &c.citations {
                    total += 1;
                    let Some(g) = gs.iter().find(|g| g.id == cit.article) else {
                        continue;
                    };
                    let ok = g.party.as_deref() == Some(c.party.as_str())
                        && g.stances.iter().any(|s| {
                            normalise(&lex, &s.issue, s.option.as_deref(), s.polarity) == flagged
                        });
                    if ok {
                        right += 1;
                    } else if show {
                        eprintln!(
                            "  flag {:?} {} {}:{} cites {}: {}",
                            c.kind, c.party, c.issue, c.option, g.id, g.text
                        );
                    }
                }
            }
        }
    }
    eprintln!(
        "contradiction flags on the development sets: {flags} flags citing {total} statements, \
         {right} with the flagged polarity and party in the gold"
    );
    assert!(right * 10 >= total * 8, "{right}/{total}");
}
