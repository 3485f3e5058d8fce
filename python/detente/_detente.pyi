"""Type stubs of the native module `detente._detente` (PyO3)."""
import os
from typing import Any, Iterable, Mapping, Optional, Sequence, Union, final

from typing_extensions import TypeAlias

_StrPath: TypeAlias = Union[str, "os.PathLike[str]"]
_Option: TypeAlias = Union[str, int, float]
_OutcomeLike: TypeAlias = Union[Mapping[str, _Option], Sequence[_Option]]
_Record: TypeAlias = dict[str, Any]

__version__: str
__all__ = [
    "__version__",
    "DetenteError",
    "ScenarioError",
    "GeniusError",
    "AnalysisError",
    "ForecastError",
    "StoreError",
    "TextError",
    "Scenario",
    "Frontier",
    "Store",
    "forecast",
    "extract",
    "extract_files",
]

class DetenteError(Exception):
    """Base class of every error detente raises. `file`, `line` and `column` say where the
    problem is when the error has a place in a file (else None)."""
    file: Optional[str]
    line: Optional[int]
    column: Optional[int]

class ScenarioError(DetenteError):
    """A scenario could not be read, parsed or validated; `diagnostics` lists every
    problem (dicts with file, line, column, severity, message, text)."""
    diagnostics: list[dict[str, Any]]

class GeniusError(DetenteError): ...
class AnalysisError(DetenteError): ...
class ForecastError(DetenteError): ...
class StoreError(DetenteError): ...
class TextError(DetenteError): ...

@final
class Frontier:
    """An exact Pareto frontier: distinct non-dominated utility vectors."""
    @property
    def parties(self) -> list[str]: ...
    @property
    def utilities(self) -> list[list[float]]: ...
    @property
    def indices(self) -> list[list[int]]: ...
    @property
    def outcomes(self) -> list[dict[str, str]]: ...
    @property
    def multiplicities(self) -> list[int]: ...
    def to_records(self) -> list[_Record]: ...
    def __len__(self) -> int: ...

@final
class Scenario:
    """A negotiation scenario with its numeric core."""
    @staticmethod
    def load(path: _StrPath, *, normalize: bool = False) -> Scenario: ...
    @staticmethod
    def from_toml(text: str, name: str = "<string>", *, normalize: bool = False) -> Scenario: ...
    @staticmethod
    def from_dict(data: Mapping[str, Any], name: str = "<dict>", *, normalize: bool = False) -> Scenario: ...
    @staticmethod
    def from_genius(paths: Union[_StrPath, Sequence[_StrPath]]) -> Scenario: ...
    def to_toml(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def warnings(self) -> list[str]: ...
    @property
    def parties(self) -> list[str]: ...
    @property
    def party_names(self) -> list[str]: ...
    @property
    def issues(self) -> list[str]: ...
    @property
    def options(self) -> list[list[str]]: ...
    @property
    def option_labels(self) -> list[list[str]]: ...
    @property
    def weights(self) -> list[list[float]]: ...
    @property
    def values(self) -> list[list[list[float]]]: ...
    @property
    def reservations(self) -> list[float]: ...
    @property
    def proposals(self) -> list[str]: ...
    @property
    def outcome_count(self) -> int: ...
    def utility(self, outcome: _OutcomeLike) -> list[float]: ...
    def utilities(self, outcomes: Iterable[_OutcomeLike]) -> list[list[float]]: ...
    def utilities_of_indices(self, indices: Sequence[Sequence[int]]) -> list[list[float]]: ...
    def frontier(
        self,
        parties: Optional[Sequence[str]] = None,
        *,
        max_points: Optional[int] = None,
        max_comparisons: Optional[int] = None,
    ) -> Frontier: ...
    def solutions(self, parties: Optional[Sequence[str]] = None) -> dict[str, _Record]: ...
    def nash(self, parties: Optional[Sequence[str]] = None) -> Optional[_Record]: ...
    def robustness(
        self, draws: int = 2000, seed: int = 42, *, nash: bool = True, node_budget: int = 2000000
    ) -> _Record: ...
    def analyze(
        self,
        *,
        draws: int = 2000,
        seed: int = 42,
        logrolls: int = 5,
        max_points: int = 2000,
        sample: int = 0,
        pair_frontiers: bool = True,
    ) -> _Record: ...
    def forecast(
        self,
        model: str = "compromise",
        *,
        rounds: Optional[int] = None,
        variant: str = "reference",
        draws: int = 0,
        seed: int = 1,
    ) -> _Record: ...

@final
class Store:
    """An evidence store opened read-only."""
    def __new__(cls, path: _StrPath) -> Store: ...
    @property
    def path(self) -> str: ...
    def stats(self) -> _Record: ...
    def quotes(
        self,
        *,
        speaker: Optional[str] = None,
        affiliation: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        article: Union[str, int, None] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> list[_Record]: ...
    def claims(
        self,
        *,
        speaker: Optional[str] = None,
        affiliation: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        article: Union[str, int, None] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> list[_Record]: ...
    def actors(
        self,
        *,
        name: Optional[str] = None,
        affiliation: Optional[str] = None,
        kind: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> list[_Record]: ...
    def timeline(
        self,
        *,
        since: Optional[str] = None,
        until: Optional[str] = None,
        dates_only: bool = False,
        limit: Optional[int] = None,
    ) -> list[_Record]: ...
    def articles(self, *, limit: Optional[int] = None, offset: int = 0) -> list[_Record]: ...
    def article(self, article: Union[str, int]) -> Optional[_Record]: ...
    def search(self, query: str, *, limit: int = 50) -> list[_Record]: ...

def forecast(
    source: Optional[_StrPath] = None,
    model: str = "compromise",
    *,
    text: Optional[str] = None,
    format: str = "csv",
    rounds: Optional[int] = None,
    variant: str = "reference",
    draws: int = 0,
    seed: int = 1,
    jitter: Optional[float] = None,
) -> _Record: ...
def extract(
    text: str,
    *,
    id: str = "text",
    date: Optional[str] = None,
    chronology: Optional[_StrPath] = None,
) -> list[_Record]: ...
def extract_files(
    paths: Union[_StrPath, Sequence[_StrPath]],
    *,
    date: Optional[str] = None,
    chronology: Optional[_StrPath] = None,
) -> list[_Record]: ...
