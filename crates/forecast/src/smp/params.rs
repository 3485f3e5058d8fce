//! The SMP's parameters (KTAB's model options, with KTAB's defaults) and its own output.
use crate::output::ActorValues;
use crate::ForecastError;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VotingRule {
    Binary,
    PropBin,
    Prop,
    PropCbc,
    Cubic,
    ASymProsp,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VictoryModel {
    Linear,
    Square,
    Quartic,
    Octic,
    Binary,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PceModel {
    Conditional,
    MarkovIncentive,
    MarkovUniform,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskRange {
    Min,
    Mid,
    Max,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskAdjust {
    Full,
    TwoThirds,
    Half,
    OneThird,
    None,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThirdParty {
    Full,
    Semi,
    No,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interp {
    S1P1,
    S2P2,
    S2PMax,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BargainModel {
    InitOnly,
    InitRcvr,
    PowerWeighted,
}

/// Model parameters; the defaults are KTAB's (what its CSV runs use).
#[derive(Clone, Debug, PartialEq)]
pub struct SmpParams {
    pub victory: VictoryModel,
    pub voting: VotingRule,
    pub pce: PceModel,
    pub stochastic: bool,
    pub risk_range: RiskRange,
    pub risk_adjust: RiskAdjust,
    pub third_party: ThirdParty,
    pub interp: Interp,
    pub bargain: BargainModel,
    pub max_steps: usize,
    pub min_steps: usize,
    pub stop_ratio: f64,
    pub seed: u64,
}

impl Default for SmpParams {
    fn default() -> Self {
        SmpParams {
            victory: VictoryModel::Linear,
            voting: VotingRule::Prop,
            pce: PceModel::Conditional,
            stochastic: false,
            risk_range: RiskRange::Mid,
            risk_adjust: RiskAdjust::OneThird,
            third_party: ThirdParty::Semi,
            interp: Interp::S2P2,
            bargain: BargainModel::InitOnly,
            max_steps: 100,
            min_steps: 2,
            stop_ratio: 0.02,
            seed: 1,
        }
    }
}

impl SmpParams {
    /// Applies KTAB XML `<ModelParameters>` names and values; unknown names are errors.
    pub fn apply(&mut self, name: &str, value: &str) -> Result<(), ForecastError> {
        let v = value.trim();
        let bad = || ForecastError::BadSmpParameter {
            name: name.to_string(),
            value: v.to_string(),
        };
        match name {
            "VictoryProbModel" => {
                self.victory = match v {
                    "Linear" => VictoryModel::Linear,
                    "Square" => VictoryModel::Square,
                    "Quartic" => VictoryModel::Quartic,
                    "Octic" => VictoryModel::Octic,
                    "Binary" => VictoryModel::Binary,
                    _ => return Err(bad()),
                }
            }
            "VotingRule" => {
                self.voting = match v {
                    "Binary" => VotingRule::Binary,
                    "PropBin" => VotingRule::PropBin,
                    "Prop" | "Proportional" => VotingRule::Prop,
                    "PropCbc" => VotingRule::PropCbc,
                    "Cubic" => VotingRule::Cubic,
                    "ASymProsp" => VotingRule::ASymProsp,
                    _ => return Err(bad()),
                }
            }
            "PCEModel" => {
                self.pce = match v {
                    "Conditional" | "ConditionalPCM" => PceModel::Conditional,
                    "MarkovIncentive" | "MarkovIPCM" => PceModel::MarkovIncentive,
                    "MarkovUniform" | "MarkovUPCM" => PceModel::MarkovUniform,
                    _ => return Err(bad()),
                }
            }
            "StateTransitions" => {
                self.stochastic = match v {
                    "Deterministic" | "DeterminsticSTM" => false,
                    "Stochastic" | "StochasticSTM" => true,
                    _ => return Err(bad()),
                }
            }
            "BigRRange" => {
                self.risk_range = match v {
                    "Min" => RiskRange::Min,
                    "Mid" => RiskRange::Mid,
                    "Max" => RiskRange::Max,
                    _ => return Err(bad()),
                }
            }
            "BigRAdjust" => {
                self.risk_adjust = match v {
                    "Full" | "FullRA" => RiskAdjust::Full,
                    "TwoThirds" | "TwoThirdsRA" => RiskAdjust::TwoThirds,
                    "Half" | "HalfRA" => RiskAdjust::Half,
                    "OneThird" | "OneThirdRA" => RiskAdjust::OneThird,
                    "None" | "NoRA" => RiskAdjust::None,
                    _ => return Err(bad()),
                }
            }
            "ThirdPartyCommit" => {
                self.third_party = match v {
                    "FullCommit" | "Full" => ThirdParty::Full,
                    "SemiCommit" | "Semi" => ThirdParty::Semi,
                    "NoCommit" | "No" => ThirdParty::No,
                    _ => return Err(bad()),
                }
            }
            "InterVecBrgn" => {
                self.interp = match v {
                    "S1P1" => Interp::S1P1,
                    "S2P2" => Interp::S2P2,
                    "S2PMax" => Interp::S2PMax,
                    _ => return Err(bad()),
                }
            }
            "BargnModel" => {
                self.bargain = match v {
                    "InitOnlyInterp" => BargainModel::InitOnly,
                    "InitRcvrInterp" => BargainModel::InitRcvr,
                    "PWCompInterp" => BargainModel::PowerWeighted,
                    _ => return Err(bad()),
                }
            }
            _ => return Err(ForecastError::UnknownSmpParameter(name.to_string())),
        }
        Ok(())
    }
}

/// SMP-specific output.
#[derive(Clone, Debug, Serialize)]
pub struct SmpDetails {
    /// Steps (turns) run; there are `steps + 1` states.
    pub steps: usize,
    /// Movement of each step relative to the first step's (the stop rule's ratio).
    pub fractional_changes: Vec<f64>,
    /// Each actor's risk attitude in each state (in [−½, 1] with the default range).
    pub risk_attitudes: Vec<ActorValues>,
    /// The probability that each actor's position prevails, per state.
    pub win_probabilities: Vec<ActorValues>,
    pub parameters: String,
}
