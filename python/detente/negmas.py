"""NegMAS interop: a detente scenario from a NegMAS outcome space and linear additive
utility functions, and frontier points and bargaining solutions back as NegMAS outcomes.

    >>> from negmas.inout import Scenario as NegmasScenario
    >>> import detente.negmas
    >>> ns = NegmasScenario.from_genius_folder("Laptop")
    >>> bridge = detente.negmas.from_negmas(ns.outcome_space, ns.ufuns)
    >>> utilities, outcomes = bridge.pareto_frontier()   # like negmas' pareto_frontier
    >>> bridge.nash_point()                              # ((u1, u2), outcome)

How the numbers map. A NegMAS linear additive utility is
``u(x) = bias + sum_i w_i * v_i(x_i)``. detente's scenario format wants per-option values in
[0, 1] and weights that sum to 1, so each party's utility is rewritten exactly as a positive
affine transform ``u(x) = low + span * u'(x)``: on issue ``i`` the contribution
``t_i(o) = w_i * v_i(o)`` becomes the value ``(t_i(o) - min t_i) / (max t_i - min t_i)`` with
weight ``(max t_i - min t_i) / span``, where ``span = sum_i (max t_i - min t_i)`` and ``low``
is the party's smallest utility. A positive affine transform per party changes neither the
Pareto frontier nor (with the reservation value transformed alike) the Nash point, so the
frontier and the solutions detente computes are NegMAS's. Utilities reported back are NegMAS's
own: each returned outcome is evaluated with the NegMAS utility function.

Reservation values follow NegMAS's ``nash_points``: a reserved value that is missing, not
finite or below the party's smallest utility counts as that smallest utility; one above the
party's largest utility is refused (no outcome would be acceptable to that party).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from ._detente import Scenario

__all__ = ["NegmasBridge", "from_negmas"]

#: A NegMAS outcome: one value per issue.
Outcome = tuple[Any, ...]


def _issues_of(outcome_space: Any) -> list[Any]:
    issues = getattr(outcome_space, "issues", outcome_space)
    return list(issues)


def _issue_values(issue: Any) -> list[Any]:
    finite = getattr(issue, "is_finite", None)
    if finite is not None and not finite():
        raise ValueError(
            f"issue {getattr(issue, 'name', issue)!r} is continuous; discretise it first "
            "(issue.to_discrete(n)) — detente analyses finite outcome spaces exactly"
        )
    values = list(issue.all) if hasattr(issue, "all") else list(issue.values)
    if not values:
        raise ValueError(f"issue {getattr(issue, 'name', issue)!r} has no values")
    return values


def _contributions(ufun: Any, issue_values: list[list[Any]]) -> tuple[float, list[list[float]]]:
    """The bias and, per issue and option, ``w_i * v_i(option)`` of a linear additive ufun."""
    weights = getattr(ufun, "weights", None)
    values = getattr(ufun, "values", None)
    if weights is None or values is None:
        raise TypeError(
            f"{type(ufun).__name__} is not a linear additive utility function (it needs "
            "`weights` and `values`, as negmas.LinearAdditiveUtilityFunction has)"
        )
    weights, values = list(weights), list(values)
    if len(weights) != len(issue_values) or len(values) != len(issue_values):
        raise ValueError(
            f"the utility function has {len(weights)} weights and {len(values)} value "
            f"functions for {len(issue_values)} issues"
        )
    bias = float(getattr(ufun, "_bias", 0.0) or 0.0)
    table = []
    for i, opts in enumerate(issue_values):
        row = []
        for o in opts:
            v = values[i](o)
            if v is None or not math.isfinite(float(v)):
                raise ValueError(f"the value of {o!r} on issue {i} is not a finite number")
            row.append(float(weights[i]) * float(v))
        table.append(row)
    return bias, table


@dataclass
class NegmasBridge:
    """A detente `Scenario` built from NegMAS objects, with what is needed to map results
    back: the NegMAS issues' values in option order and the utility functions."""

    scenario: Scenario
    issue_values: list[list[Any]]
    ufuns: list[Any]
    low: list[float] = field(default_factory=list)
    span: list[float] = field(default_factory=list)

    def outcome(self, indices: Sequence[int]) -> Outcome:
        """The NegMAS outcome (a tuple of issue values) of option indices."""
        return tuple(self.issue_values[i][k] for i, k in enumerate(indices))

    def utilities(self, outcome: Outcome) -> tuple[float, ...]:
        """NegMAS's own utilities of a NegMAS outcome."""
        return tuple(float(u(outcome)) for u in self.ufuns)

    def pareto_frontier(
        self, rational_only: bool = True, sort_by_welfare: bool = True
    ) -> tuple[list[tuple[float, ...]], list[Outcome]]:
        """The exact Pareto frontier as ``(utilities, outcomes)`` in NegMAS terms: one outcome
        per distinct non-dominated utility vector. With `rational_only` (NegMAS's
        behaviour) only points where every party gets at least its reserved value are kept;
        with `sort_by_welfare` they are ordered by total utility, largest first."""
        f = self.scenario.frontier()
        res = self.scenario.reservations
        points = []
        for u, idx in zip(f.utilities, f.indices):
            if rational_only and any(x < r - 1e-9 for x, r in zip(u, res)):
                continue
            o = self.outcome(idx)
            points.append((self.utilities(o), o))
        if sort_by_welfare:
            points.sort(key=lambda p: -sum(p[0]))
        return [p[0] for p in points], [p[1] for p in points]

    def solutions(self) -> dict[str, tuple[tuple[float, ...], Outcome]]:
        """Every bargaining solution (``nash``, ``kalai_smorodinsky``, ``egalitarian``,
        ``max_welfare``) as ``(utilities, outcome)`` in NegMAS terms."""
        out = {}
        for kind, s in self.scenario.solutions().items():
            o = self.outcome(s["indices"])
            out[kind] = (self.utilities(o), o)
        return out

    def nash_point(self) -> Optional[tuple[tuple[float, ...], Outcome]]:
        """The Nash bargaining solution as ``(utilities, outcome)``, or None when no outcome
        is acceptable to every party."""
        s = self.scenario.nash()
        if s is None:
            return None
        o = self.outcome(s["indices"])
        return self.utilities(o), o


def from_negmas(
    outcome_space: Any,
    ufuns: Sequence[Any],
    *,
    names: Optional[Sequence[str]] = None,
    title: str = "",
) -> NegmasBridge:
    """A detente scenario from a NegMAS outcome space (or its list of issues) and linear
    additive utility functions, one per party. `names` are the party ids (default
    ``party1``, ``party2``, ...; NegMAS ufun names when they are set and distinct)."""
    issues = _issues_of(outcome_space)
    if not issues:
        raise ValueError("the outcome space has no issues")
    ufuns = list(ufuns)
    if not ufuns:
        raise ValueError("give at least one utility function")
    issue_values = [_issue_values(i) for i in issues]
    if names is None:
        given = [getattr(u, "name", None) for u in ufuns]
        ok = all(isinstance(n, str) and n for n in given) and len(set(given)) == len(given)
        ids = [str(n) for n in given] if ok else [f"party{k + 1}" for k in range(len(ufuns))]
    else:
        ids = [str(n) for n in names]
    names = ids
    if len(names) != len(ufuns) or len(set(names)) != len(names):
        raise ValueError("give one distinct name per utility function")

    issue_ids = [f"i{k + 1}" for k in range(len(issues))]
    data: dict[str, Any] = {
        # origin "genius": weights are kept as written (their float sum may miss 1 by an ulp),
        # as for GENIUS imports, whose semantics these are.
        "meta": {"title": title or "from NegMAS", "origin": "genius"},
        "parties": [{"id": n, "name": n} for n in names],
        "issues": [
            {
                "id": iid,
                "name": str(getattr(issue, "name", iid)),
                "options": [{"id": f"o{k}", "label": str(v)} for k, v in enumerate(vals)],
            }
            for iid, issue, vals in zip(issue_ids, issues, issue_values)
        ],
        "preferences": {},
    }
    lows, spans = [], []
    for name, ufun in zip(names, ufuns):
        bias, table = _contributions(ufun, issue_values)
        mins = [min(row) for row in table]
        widths = [max(row) - lo for row, lo in zip(table, mins)]
        span = sum(widths)
        low = bias + sum(mins)
        weights, values = {}, {}
        for iid, row, lo, w in zip(issue_ids, table, mins, widths):
            weights[iid] = w / span if span > 0 else 0.0
            values[iid] = {
                f"o{k}": ((t - lo) / w if w > 0 else 0.0) for k, t in enumerate(row)
            }
        rv = getattr(ufun, "reserved_value", None)
        high = low + span
        if rv is None or not math.isfinite(float(rv)) or float(rv) <= low:
            reservation = 0.0
        elif float(rv) > high + 1e-12 * max(1.0, abs(high)):
            raise ValueError(
                f"party {name!r}: reserved value {rv} is above its best utility {high}; "
                "no outcome is acceptable to it"
            )
        else:
            reservation = min(1.0, (float(rv) - low) / span) if span > 0 else 0.0
        data["preferences"][name] = {
            "reservation": reservation,
            "weights": weights,
            "values": values,
        }
        lows.append(low)
        spans.append(span)
    scenario = Scenario.from_dict(data, name=title or "<negmas>")
    return NegmasBridge(scenario, issue_values, ufuns, lows, spans)
