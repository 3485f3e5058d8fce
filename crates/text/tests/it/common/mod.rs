//! Scoring shared by the development-set floor tests (`dev1.rs`, `dev2.rs`). It follows
//! `../shared/eval/score_extraction.py` in simplified form: a predicted quote matches a gold
//! one when it covers at least half of it (one- or two-word partial quotes are optional); a
//! speaker is right when it equals the gold name or one of its mentions, or shares the
//! surname; a gold actor is found when a predicted actor shares its name or a mention (or,
//! for people, the surname); its affiliation is right when equal after normalising.
#![allow(dead_code)]
use detente_text::{read_paths, ActorKind, ArticleEvidence, Extractor, ReadEvent, ReadOptions};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A folder under the repository's `tests/` (`dev1`, `dev2`), with `articles/` and
/// `gold/`.
pub fn set_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(name)
}

/// Every article of `dir/articles`, extracted: id -> (text, evidence).
pub fn extract_all(dir: &Path) -> HashMap<String, (String, ArticleEvidence)> {
    let ex = Extractor::new();
    let mut evidence = HashMap::new();
    for event in read_paths(&[dir.join("articles")], &ReadOptions::default()) {
        if let ReadEvent::Article(a) = event {
            let ev = ex.extract(&a);
            evidence.insert(a.id.clone(), (a.text.clone(), ev));
        }
    }
    evidence
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// Lower case, accents and full stops removed, curly apostrophes straightened, spaces
/// collapsed (as `norm` in the Python scorer, without Unicode decomposition beyond the
/// accents that occur in the development-set names).
fn norm(s: &str) -> String {
    let folded: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ø' => 'ø',
            '’' => '\'',
            '.' => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn last(s: &str) -> String {
    norm(s).split(' ').next_back().unwrap_or("").to_string()
}

pub struct Scores {
    pub quote_f1: f64,
    pub speaker_accuracy: f64,
    pub actor_recall: f64,
    pub actor_precision: f64,
    /// Share of found gold actors with a stated affiliation whose predicted affiliation
    /// matches it.
    pub affiliation_accuracy: f64,
}

fn forms_of(actor: &Value) -> Vec<String> {
    let mut v = vec![norm(actor["name"].as_str().unwrap_or(""))];
    if let Some(ms) = actor["mentions"].as_array() {
        v.extend(ms.iter().filter_map(Value::as_str).map(norm));
    }
    v
}

pub fn score(dir: &Path, evidence: &HashMap<String, (String, ArticleEvidence)>) -> Scores {
    let gold = dir.join("gold");
    let gq = read_jsonl(&gold.join("quotes.jsonl"));
    let ga = read_jsonl(&gold.join("actors.jsonl"));
    let (mut tp, mut n_pred, mut n_gold, mut spk_ok) = (0usize, 0usize, 0usize, 0usize);
    let (mut a_tp, mut a_gold, mut a_pred) = (0usize, 0usize, 0usize);
    let (mut aff_n, mut aff_ok) = (0usize, 0usize);
    let mut names: Vec<&String> = evidence.keys().collect();
    names.sort();
    for name in names {
        let (text, ev) = &evidence[name];
        let chars = |b: usize| text[..b].chars().count();
        // Predicted quote spans in code points.
        let preds: Vec<(usize, usize, Option<&str>)> = ev
            .quotes
            .iter()
            .map(|q| (chars(q.start), chars(q.end), q.speaker.as_deref()))
            .collect();
        let golds: Vec<&Value> = gq
            .iter()
            .filter(|g| g["article"] == name.as_str())
            .collect();
        let span = |g: &Value| {
            (
                g["start"].as_u64().unwrap_or(0) as usize,
                g["end"].as_u64().unwrap_or(0) as usize,
            )
        };
        let covers = |p: (usize, usize), g: (usize, usize)| {
            let ov = p.1.min(g.1).saturating_sub(p.0.max(g.0));
            ov * 2 >= (g.1 - g.0).max(1)
        };
        let optional = |g: &Value| {
            g["partial"].as_bool() == Some(true)
                && g["text"].as_str().unwrap_or("").split_whitespace().count() <= 2
        };
        let mut used = vec![false; preds.len()];
        // Optional gold quotes absorb the predictions that find them.
        for g in golds.iter().filter(|g| optional(g)) {
            if let Some(pi) = (0..preds.len())
                .find(|&pi| !used[pi] && covers((preds[pi].0, preds[pi].1), span(g)))
            {
                used[pi] = true;
            }
        }
        n_pred += used.iter().filter(|u| !**u).count();
        for g in golds.iter().filter(|g| !optional(g)) {
            n_gold += 1;
            let Some(pi) = (0..preds.len())
                .find(|&pi| !used[pi] && covers((preds[pi].0, preds[pi].1), span(g)))
            else {
                continue;
            };
            used[pi] = true;
            tp += 1;
            let (Some(gs), Some(ps)) = (g["speaker"].as_str(), preds[pi].2) else {
                continue;
            };
            let mut forms = vec![norm(gs)];
            if let Some(actor) = ga
                .iter()
                .find(|a| a["article"] == name.as_str() && a["name"] == gs)
            {
                forms.extend(forms_of(actor));
            }
            if forms.contains(&norm(ps)) || forms.iter().any(|f| last(f) == last(ps)) {
                spk_ok += 1;
            }
        }
        // Actors.
        a_pred += ev.actors.len();
        let mut taken = vec![false; ev.actors.len()];
        for g in ga.iter().filter(|a| a["article"] == name.as_str()) {
            a_gold += 1;
            let gforms = forms_of(g);
            let person = g["kind"] == "person";
            let gname = g["name"].as_str().unwrap_or("");
            let tests: [&dyn Fn(&detente_text::Actor) -> bool; 3] = [
                &|p| norm(&p.name) == norm(gname),
                &|p| {
                    std::iter::once(&p.name)
                        .chain(p.mentions.iter())
                        .any(|m| gforms.contains(&norm(m)))
                },
                &|p| person && !last(&p.name).is_empty() && last(&p.name) == last(gname),
            ];
            for t in tests {
                if let Some(i) = (0..ev.actors.len()).find(|&i| !taken[i] && t(&ev.actors[i])) {
                    taken[i] = true;
                    a_tp += 1;
                    if let Some(ga) = g["affiliation"].as_str() {
                        aff_n += 1;
                        if ev.actors[i].affiliation.as_deref().map(norm) == Some(norm(ga)) {
                            aff_ok += 1;
                        }
                    }
                    break;
                }
            }
        }
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    Scores {
        quote_f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        speaker_accuracy: spk_ok as f64 / tp.max(1) as f64,
        actor_recall: a_tp as f64 / a_gold.max(1) as f64,
        actor_precision: a_tp as f64 / a_pred.max(1) as f64,
        affiliation_accuracy: aff_ok as f64 / aff_n.max(1) as f64,
    }
}

pub fn dump(path: &str, evidence: &HashMap<String, (String, ArticleEvidence)>) {
    let mut out = String::new();
    for (name, (_, ev)) in evidence {
        for q in &ev.quotes {
            let r = json!({"type": "quote", "article": name, "start": q.start, "end": q.end,
                "text": q.text, "speaker": q.speaker, "speaker_mention": q.speaker_mention,
                "cue": q.cue});
            out.push_str(&format!("{r}\n"));
        }
        for a in &ev.actors {
            let kind = match a.kind {
                ActorKind::Person => "person",
                ActorKind::Organization => "organization",
                ActorKind::Country => "country",
            };
            let r = json!({"type": "actor", "article": name, "name": a.name, "kind": kind,
                "role": a.role, "affiliation": a.affiliation, "mentions": a.mentions});
            out.push_str(&format!("{r}\n"));
        }
        for d in &ev.dates {
            let r = json!({"type": "date", "article": name, "start": d.start, "end": d.end,
                "text": d.text, "resolved": d.resolved});
            out.push_str(&format!("{r}\n"));
        }
    }
    std::fs::write(path, out).unwrap_or_else(|e| panic!("{path}: {e}"));
}
