//! Learning from the analyst: the linker's stances on one scenario re-scored by a small
//! logistic model trained on that scenario's accepted and rejected stances.
//!
//! The model sees only what the linker itself says about a stance ([`FeatureSpace`]): its
//! score, whether it names an option, its polarity, its cue words and negations, whether
//! its reporting frame or a neighbouring sentence decided it, whether the party was
//! reported by another, how many words linked it and whether they were a whole scenario
//! keyword, how much of the statement its clause covers, how many other stances the
//! statement holds, and which issue it is on. Features are standardised on the training
//! set; weights are fitted by plain batch gradient descent on the L2-regularised log loss,
//! from zero, so training is deterministic.
//!
//! [`cross_validate`] measures what the re-scoring buys: on each held-out fold, the
//! accuracy of keeping every stance the linker proposes (and of keeping those it scores at
//! [`KEEP_AT`] or more) against keeping those the model gives a probability of at least
//! [`KEEP_AT`], and the area under the ROC curve of the linker's score against the model's.
//! The figures are in docs/review.md.

use crate::lexicon::StanceLexicon;
use crate::linker::{Polarity, Stance};
use crate::text::is_negation;
use thiserror::Error;

/// A stance is kept when its score (the linker's confidence, or the model's probability
/// that the analyst would accept it) is at least this.
pub const KEEP_AT: f64 = 0.5;

/// What can go wrong training or measuring a model.
#[derive(Debug, Error, PartialEq)]
pub enum LearnError {
    #[error("no labelled stances to learn from")]
    NoExamples,
    #[error("the labels are all {0}: a model needs accepted and rejected stances")]
    OneClass(&'static str),
    #[error("example {index} has {got} features, the first has {expected}")]
    Ragged {
        index: usize,
        got: usize,
        expected: usize,
    },
    #[error("cross-validation needs at least 2 folds and as many statements (got {folds} folds, {statements} statements)")]
    Folds { folds: usize, statements: usize },
}

/// The features of the linker's stances on one scenario: the fixed ones, then one
/// indicator per scenario issue.
#[derive(Debug, Clone)]
pub struct FeatureSpace {
    issues: Vec<String>,
    /// Per issue: its scenario keywords and its options' keywords, as lower-case words.
    issue_keywords: Vec<Vec<Vec<String>>>,
    option_keywords: Vec<Vec<Vec<String>>>,
}

/// Names of the fixed features, in order (see [`FeatureSpace::features`]).
pub const FIXED_FEATURES: [&str; 16] = [
    "linker score (log-odds)",
    "names an option",
    "supports",
    "rejects",
    "has a cue",
    "cue words (capped at 3) / 3",
    "has a negation among its cues",
    "reporting frame decided",
    "neighbouring sentence used",
    "party reported by another",
    "party known",
    "names another party",
    "linking words (capped at 6) / 6",
    "whole scenario keyword",
    "clause share of the statement",
    "statement holds other stances",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of one of `phrases` is among `found` (lower-case words). A keyword is
/// found whole when all its words are, which is how the scenario's own words, rather than
/// loose parts of a label, linked the stance.
fn any_phrase_found(phrases: &[Vec<String>], found: &[String]) -> bool {
    phrases
        .iter()
        .any(|p| !p.is_empty() && p.iter().all(|w| found.contains(w)))
}

impl FeatureSpace {
    /// The space for one scenario's lexicon.
    pub fn new(lexicon: &StanceLexicon) -> FeatureSpace {
        let src = &lexicon.source;
        let issue_keywords = lexicon
            .issues
            .iter()
            .map(|i| {
                src.issues
                    .iter()
                    .find(|t| t.id == i.id)
                    .map(|t| t.keywords.iter().map(|k| words(k)).collect())
                    .unwrap_or_default()
            })
            .collect();
        let option_keywords = lexicon
            .issues
            .iter()
            .map(|i| {
                src.issues
                    .iter()
                    .find(|t| t.id == i.id)
                    .map(|t| {
                        t.options
                            .iter()
                            .flat_map(|o| o.keywords.iter().map(|k| words(k)))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        FeatureSpace {
            issues: lexicon.issues.iter().map(|i| i.id.clone()).collect(),
            issue_keywords,
            option_keywords,
        }
    }

    /// How many features a stance has.
    pub fn len(&self) -> usize {
        FIXED_FEATURES.len() + self.issues.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The features' names, in order.
    pub fn names(&self) -> Vec<String> {
        FIXED_FEATURES
            .iter()
            .map(|s| s.to_string())
            .chain(self.issues.iter().map(|i| format!("issue {i}")))
            .collect()
    }

    /// The features of `stance`, found by the linker in `statement` beside `siblings`
    /// other stances.
    pub fn features(&self, stance: &Stance, statement: &str, siblings: usize) -> Vec<f64> {
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        let matched: Vec<String> = stance.matched.iter().flat_map(|m| words(m)).collect();
        let issue = self.issues.iter().position(|i| *i == stance.issue);
        let keyword = issue.is_some_and(|i| {
            any_phrase_found(&self.issue_keywords[i], &matched)
                || any_phrase_found(&self.option_keywords[i], &matched)
        });
        let share = if statement.is_empty() {
            0.0
        } else {
            (stance.end.saturating_sub(stance.start) as f64 / statement.len() as f64).min(1.0)
        };
        let mut f = vec![
            logit(stance.confidence),
            b(stance.option.is_some()),
            b(stance.polarity == Polarity::Supports),
            b(stance.polarity == Polarity::Rejects),
            b(!stance.cues.is_empty()),
            stance.cues.len().min(3) as f64 / 3.0,
            b(stance.cues.iter().any(|c| is_negation(&c.to_lowercase()))),
            b(!stance.frame.is_empty()),
            b(stance.context.is_some()),
            b(stance.reported_by.is_some()),
            b(stance.party.is_some()),
            b(stance
                .mentioned_parties
                .iter()
                .any(|p| Some(p) != stance.party.as_ref())),
            matched.len().min(6) as f64 / 6.0,
            b(keyword),
            share,
            b(siblings > 0),
        ];
        for (i, _) in self.issues.iter().enumerate() {
            f.push(b(issue == Some(i)));
        }
        f
    }
}

/// Gradient-descent settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub rate: f64,
    /// L2 penalty on the weights (not the bias), per example.
    pub l2: f64,
    /// The first feature (the linker's score) goes unpenalised, so with few decisions the
    /// model falls back on the linker's own ranking and only learns corrections to it.
    pub free_linker_score: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 500,
            rate: 0.5,
            l2: 0.5,
            free_linker_score: true,
        }
    }
}

/// A logistic model over standardised features.
#[derive(Debug, Clone, PartialEq)]
pub struct LogisticModel {
    pub mean: Vec<f64>,
    pub scale: Vec<f64>,
    pub weights: Vec<f64>,
    pub bias: f64,
}

/// The log-odds of a 0..1 score, clamped to 0.01..0.99 so that a score of 0 or 1 stays
/// finite.
fn logit(p: f64) -> f64 {
    let p = p.clamp(0.01, 0.99);
    (p / (1.0 - p)).ln()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn check(x: &[Vec<f64>], y: &[bool]) -> Result<usize, LearnError> {
    let first = x.first().ok_or(LearnError::NoExamples)?;
    for (index, row) in x.iter().enumerate() {
        if row.len() != first.len() {
            return Err(LearnError::Ragged {
                index,
                got: row.len(),
                expected: first.len(),
            });
        }
    }
    if y.len() != x.len() {
        return Err(LearnError::Ragged {
            index: y.len().min(x.len()),
            got: 0,
            expected: first.len(),
        });
    }
    if y.iter().all(|&l| l) {
        return Err(LearnError::OneClass("accepted"));
    }
    if y.iter().all(|&l| !l) {
        return Err(LearnError::OneClass("rejected"));
    }
    Ok(first.len())
}

impl LogisticModel {
    /// Fits the model to features `x` and labels `y` (true: the analyst accepted the
    /// stance). A feature constant over the training set gets scale 1 and so no effect.
    pub fn train(x: &[Vec<f64>], y: &[bool], opts: TrainOptions) -> Result<Self, LearnError> {
        let d = check(x, y)?;
        let n = x.len() as f64;
        let mut mean = vec![0.0; d];
        for row in x {
            for (m, v) in mean.iter_mut().zip(row) {
                *m += v / n;
            }
        }
        let mut scale = vec![0.0; d];
        for row in x {
            for ((s, v), m) in scale.iter_mut().zip(row).zip(&mean) {
                *s += (v - m) * (v - m) / n;
            }
        }
        for s in &mut scale {
            *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
        }
        let z: Vec<Vec<f64>> = x
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&mean)
                    .zip(&scale)
                    .map(|((v, m), s)| (v - m) / s)
                    .collect()
            })
            .collect();
        let mut w = vec![0.0; d];
        let mut bias = 0.0;
        let mut grad = vec![0.0; d];
        for _ in 0..opts.epochs {
            grad.iter_mut().for_each(|g| *g = 0.0);
            let mut gb = 0.0;
            for (row, &label) in z.iter().zip(y) {
                let p = sigmoid(bias + row.iter().zip(&w).map(|(a, b)| a * b).sum::<f64>());
                let err = p - f64::from(u8::from(label));
                for (g, v) in grad.iter_mut().zip(row) {
                    *g += err * v;
                }
                gb += err;
            }
            for (j, (wi, g)) in w.iter_mut().zip(&grad).enumerate() {
                let l2 = if j == 0 && opts.free_linker_score {
                    0.0
                } else {
                    opts.l2
                };
                *wi -= opts.rate * (g / n + l2 * *wi);
            }
            bias -= opts.rate * gb / n;
        }
        Ok(LogisticModel {
            mean,
            scale,
            weights: w,
            bias,
        })
    }

    /// The probability that the analyst accepts a stance with features `x`.
    pub fn probability(&self, x: &[f64]) -> f64 {
        let z: f64 = x
            .iter()
            .zip(&self.mean)
            .zip(&self.scale)
            .zip(&self.weights)
            .map(|(((v, m), s), w)| (v - m) / s * w)
            .sum();
        sigmoid(self.bias + z)
    }
}

/// The linker's stances on one scenario, re-scored from the analyst's decisions.
#[derive(Debug, Clone)]
pub struct StanceReweighter {
    pub space: FeatureSpace,
    pub model: LogisticModel,
}

/// One stance the analyst decided, with the statement it was found in.
#[derive(Debug, Clone)]
pub struct Decided<'a> {
    pub stance: &'a Stance,
    pub statement: &'a str,
    /// Other stances the linker found in the same statement.
    pub siblings: usize,
    pub accepted: bool,
}

impl StanceReweighter {
    /// Trains on the analyst's accepted and rejected stances of the scenario `lexicon`
    /// was built from.
    pub fn train(
        lexicon: &StanceLexicon,
        decided: &[Decided<'_>],
        opts: TrainOptions,
    ) -> Result<Self, LearnError> {
        let space = FeatureSpace::new(lexicon);
        let x: Vec<Vec<f64>> = decided
            .iter()
            .map(|d| space.features(d.stance, d.statement, d.siblings))
            .collect();
        let y: Vec<bool> = decided.iter().map(|d| d.accepted).collect();
        let model = LogisticModel::train(&x, &y, opts)?;
        Ok(StanceReweighter { space, model })
    }

    /// Replaces each stance's confidence by the model's probability that the analyst
    /// would accept it; with `drop`, stances below [`KEEP_AT`] are removed.
    pub fn reweigh(&self, statement: &str, stances: &mut Vec<Stance>, drop: bool) {
        let siblings = stances.len().saturating_sub(1);
        for s in stances.iter_mut() {
            s.confidence = self
                .model
                .probability(&self.space.features(s, statement, siblings));
        }
        if drop {
            stances.retain(|s| s.confidence >= KEEP_AT);
        }
    }
}

/// Area under the ROC curve of `scores` for `labels` (the probability that a random
/// accepted stance scores above a random rejected one, ties counting half); `None`
/// without both classes.
pub fn auc(scores: &[f64], labels: &[bool]) -> Option<f64> {
    let mut idx: Vec<usize> = (0..scores.len().min(labels.len())).collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let pos = idx.iter().filter(|&&i| labels[i]).count();
    let neg = idx.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    // Mann–Whitney U with mid-ranks for ties.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && scores[idx[j + 1]] == scores[idx[i]] {
            j += 1;
        }
        let mid = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += mid * idx[i..=j].iter().filter(|&&k| labels[k]).count() as f64;
        i = j + 1;
    }
    let u = rank_sum - (pos * (pos + 1)) as f64 / 2.0;
    Some(u / (pos * neg) as f64)
}

/// One labelled stance for cross-validation.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub features: Vec<f64>,
    pub accepted: bool,
    /// The statement it came from: a statement's stances stay in one fold.
    pub statement: usize,
    /// The linker's own score.
    pub linker_score: f64,
}

/// What k-fold cross-validation measured, over all held-out predictions pooled.
#[derive(Debug, Clone, PartialEq)]
pub struct CvFigures {
    pub folds: usize,
    pub stances: usize,
    pub accepted: usize,
    /// Keeping every stance the linker proposes.
    pub accuracy_keep_all: f64,
    /// Keeping the stances the linker scores at [`KEEP_AT`] or more.
    pub accuracy_linker: f64,
    /// Keeping the stances the model gives [`KEEP_AT`] or more.
    pub accuracy_model: f64,
    /// AUC over all held-out predictions pooled. Each fold has its own model, so pooling
    /// mixes their scales: this understates the model (even a model that only rescales the
    /// linker's score loses ranking across folds); see the per-fold means.
    pub auc_linker: Option<f64>,
    pub auc_model: Option<f64>,
    /// AUC within each fold, averaged over the folds whose held-out part has both accepted
    /// and rejected stances (`auc_folds` of them).
    pub auc_linker_per_fold: Option<f64>,
    pub auc_model_per_fold: Option<f64>,
    pub auc_folds: usize,
    /// Accepted stances kept and rejected stances kept, by the model.
    pub model_kept_accepted: usize,
    pub model_kept_rejected: usize,
    /// The model's held-out probability for each stance, in input order.
    pub held_out: Vec<f64>,
}

/// k-fold cross-validation, folds by statement (statement `s` goes to fold `s mod k` of
/// the statements in order of first appearance). A fold whose training part has one class
/// only predicts that class's share for its held-out stances.
pub fn cross_validate(
    data: &[Labelled],
    k: usize,
    opts: TrainOptions,
) -> Result<CvFigures, LearnError> {
    if data.is_empty() {
        return Err(LearnError::NoExamples);
    }
    let mut order: Vec<usize> = Vec::new();
    for d in data {
        if !order.contains(&d.statement) {
            order.push(d.statement);
        }
    }
    if k < 2 || order.len() < k {
        return Err(LearnError::Folds {
            folds: k,
            statements: order.len(),
        });
    }
    let fold_of = |d: &Labelled| order.iter().position(|&s| s == d.statement).unwrap_or(0) % k;
    let mut held_out = vec![0.0; data.len()];
    let (mut fold_auc_linker, mut fold_auc_model, mut auc_folds) = (0.0, 0.0, 0);
    for fold in 0..k {
        let (train, test): (Vec<usize>, Vec<usize>) =
            (0..data.len()).partition(|&i| fold_of(&data[i]) != fold);
        let x: Vec<Vec<f64>> = train.iter().map(|&i| data[i].features.clone()).collect();
        let y: Vec<bool> = train.iter().map(|&i| data[i].accepted).collect();
        match LogisticModel::train(&x, &y, opts) {
            Ok(m) => {
                for &i in &test {
                    held_out[i] = m.probability(&data[i].features);
                }
            }
            Err(LearnError::OneClass(_)) | Err(LearnError::NoExamples) => {
                let share = y.iter().filter(|&&l| l).count() as f64 / y.len().max(1) as f64;
                for &i in &test {
                    held_out[i] = share;
                }
            }
            Err(e) => return Err(e),
        }
        let labels: Vec<bool> = test.iter().map(|&i| data[i].accepted).collect();
        let linker: Vec<f64> = test.iter().map(|&i| data[i].linker_score).collect();
        let model: Vec<f64> = test.iter().map(|&i| held_out[i]).collect();
        if let (Some(a), Some(b)) = (auc(&linker, &labels), auc(&model, &labels)) {
            fold_auc_linker += a;
            fold_auc_model += b;
            auc_folds += 1;
        }
    }
    let per_fold = |sum: f64| (auc_folds > 0).then(|| sum / auc_folds as f64);
    let labels: Vec<bool> = data.iter().map(|d| d.accepted).collect();
    let linker: Vec<f64> = data.iter().map(|d| d.linker_score).collect();
    let n = data.len() as f64;
    let accuracy = |keep: &dyn Fn(usize) -> bool| {
        (0..data.len()).filter(|&i| keep(i) == labels[i]).count() as f64 / n
    };
    let kept = |want: bool| {
        (0..data.len())
            .filter(|&i| held_out[i] >= KEEP_AT && labels[i] == want)
            .count()
    };
    Ok(CvFigures {
        folds: k,
        stances: data.len(),
        accepted: labels.iter().filter(|&&l| l).count(),
        accuracy_keep_all: accuracy(&|_| true),
        accuracy_linker: accuracy(&|i| linker[i] >= KEEP_AT),
        accuracy_model: accuracy(&|i| held_out[i] >= KEEP_AT),
        auc_linker: auc(&linker, &labels),
        auc_model: auc(&held_out, &labels),
        auc_linker_per_fold: per_fold(fold_auc_linker),
        auc_model_per_fold: per_fold(fold_auc_model),
        auc_folds,
        model_kept_accepted: kept(true),
        model_kept_rejected: kept(false),
        held_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_ties_as_half() {
        assert_eq!(auc(&[0.1, 0.9], &[false, true]), Some(1.0));
        assert_eq!(auc(&[0.9, 0.1], &[false, true]), Some(0.0));
        assert_eq!(auc(&[0.5, 0.5], &[false, true]), Some(0.5));
        assert_eq!(
            auc(&[0.2, 0.5, 0.5, 0.8], &[false, false, true, true]),
            Some(0.875)
        );
        assert_eq!(auc(&[0.2, 0.3], &[true, true]), None);
    }

    #[test]
    fn a_separable_feature_is_learned() {
        let x: Vec<Vec<f64>> = (0..40)
            .map(|i| vec![f64::from(i % 2), f64::from(i % 3)])
            .collect();
        let y: Vec<bool> = (0..40).map(|i| i % 2 == 1).collect();
        let m = LogisticModel::train(&x, &y, TrainOptions::default()).expect("trains");
        assert!(m.probability(&[1.0, 0.0]) > 0.9);
        assert!(m.probability(&[0.0, 2.0]) < 0.1);
        assert!(m.weights[0] > 0.0 && m.weights[1].abs() < m.weights[0]);
    }

    #[test]
    fn bad_training_sets_are_refused() {
        let o = TrainOptions::default();
        assert_eq!(
            LogisticModel::train(&[], &[], o),
            Err(LearnError::NoExamples)
        );
        assert_eq!(
            LogisticModel::train(&[vec![1.0], vec![2.0]], &[true, true], o),
            Err(LearnError::OneClass("accepted"))
        );
        assert!(matches!(
            LogisticModel::train(&[vec![1.0], vec![2.0, 3.0]], &[true, false], o),
            Err(LearnError::Ragged { index: 1, .. })
        ));
    }

    #[test]
    fn keyword_found_whole_needs_every_word() {
        let kw = vec![vec!["security".to_string(), "guarantees".to_string()]];
        let found = |s: &[&str]| s.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(any_phrase_found(&kw, &found(&["guarantees", "security"])));
        assert!(!any_phrase_found(&kw, &found(&["security"])));
        assert!(!any_phrase_found(&[vec![]], &found(&["security"])));
    }
}
