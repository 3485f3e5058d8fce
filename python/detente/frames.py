"""Records (lists of dicts, as `extract`, `extract_files` and the `Store` queries return
them) as a pandas DataFrame or a pyarrow Table. pandas and pyarrow are optional: each
function imports its library when called and says how to install it when it is missing."""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Sequence


def _select(records: Iterable[Mapping[str, Any]], type: Optional[str]) -> list[dict[str, Any]]:
    """The records of one `type` (`article`, `actor`, `quote`, `claim`, `date`) without the
    `type` column, or all records as they are when `type` is None."""
    if type is None:
        return [dict(r) for r in records]
    out = []
    for r in records:
        if r.get("type") == type:
            row = dict(r)
            row.pop("type", None)
            out.append(row)
    return out


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Column names in first-seen order, so the frame keeps the records' field order."""
    seen: dict[str, None] = {}
    for r in rows:
        for k in r:
            seen.setdefault(k, None)
    return list(seen)


def to_pandas(records: Iterable[Mapping[str, Any]], type: Optional[str] = None) -> Any:
    """A pandas DataFrame with one row per record (of `type`, when given); typed `Any`
    so that pandas stays optional."""
    try:
        import pandas as pd  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install pandas") from e
    rows = _select(records, type)
    return pd.DataFrame.from_records(rows, columns=_columns(rows))


def to_arrow(records: Iterable[Mapping[str, Any]], type: Optional[str] = None) -> Any:
    """A pyarrow Table with one row per record (of `type`, when given)."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_arrow needs pyarrow: pip install pyarrow") from e
    rows = _select(records, type)
    cols = _columns(rows)
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in cols})
