"""Experiment runs as one record shape across vendors, and the writers that store them.

``to_record(vendor, experiment_id, raw)`` maps one run as the vendor's list endpoint returns
it (a JSON object) to an ``ExportRecord`` (``specs/common/export_record.schema.json``). Where
each column comes from is data: the vendor's ``export.fields`` in ``specs/vendors.toml``
(dotted paths, first-present path lists, ``duration_ms`` between two timestamps, and lists of
objects mapped field by field), so this module knows no vendor. A column a
vendor does not map is ``None``; ``raw`` is always the vendor's record as received; values of
the wrong type are ``None``, never coerced into something invented.
``annotations`` is filled by ``Exporter`` with each run's evaluations
(``specs/common/evaluation.schema.json``) through ``evalclients.results``.

Writers turn a page of records into bytes: JSON Lines (one compact object per line) or CSV
(a header row; nested values (objects, lists) as JSON strings, null as an empty cell).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

from evalclients._defaults import DEFAULT_PAGE_SIZE
from evalclients._schemas.export_record import ExportRecord
from evalclients._schemas.registry import Export, Pagination
from evalclients.checkpoint import Checkpoint, CheckpointError
from evalclients.client import Client
from evalclients.dedupe import Deduper
from evalclients.pagination import MISSING, lookup
from evalclients.registry import get_vendor, id_form, param_name, param_value
from evalclients.results import ResultsPaged

__all__ = [
    "COLUMNS",
    "FORMATS",
    "CsvWriter",
    "Exporter",
    "JsonlWriter",
    "RecordError",
    "Writer",
    "default_page_size",
    "export_source",
    "is_run",
    "make_writer",
    "run_params",
    "to_record",
]

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
COLUMNS: tuple[str, ...] = tuple(ExportRecord.__annotations__)


class RecordError(ValueError):
    """A vendor record cannot be mapped (e.g. it has no id)."""


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _unix_seconds(value: Any) -> str | None:
    """A unix timestamp in seconds as ISO 8601 UTC (None if it is not a finite number)."""
    seconds = _number(value)
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _duration_ms(start: Any, end: Any) -> float | None:
    """Milliseconds between two ISO timestamps, or between two unix-second numbers."""
    first, last = _number(start), _number(end)
    if first is not None and last is not None:
        return round((last - first) * 1000, 3)
    began, ended = _time(start), _time(end)
    if began is None or ended is None or (began.tzinfo is None) != (ended.tzinfo is None):
        return None
    return round((ended - began).total_seconds() * 1000, 3)


def default_page_size(pagination: Pagination | None) -> int:
    """The page size a listing uses when none is given: the registry's, capped at its max."""
    spec: Pagination | dict[str, Any] = pagination or {}
    size = spec.get("default_page_size", DEFAULT_PAGE_SIZE)
    cap = spec.get("max_limit")
    return min(size, cap) if cap else size


def export_source(vendor: str) -> Export | None:
    """The registry's export declaration of ``vendor`` (None: it declares no run export)."""
    return get_vendor(vendor).export


def run_params(source: Export, experiment_id: str) -> dict[str, Any]:
    """The run listing's parameters (generated-code names) for an id on the command line,
    with the source's fixed ``params``.

    With ``id_params`` the id is their values joined by ``id_separator`` (default ``/``);
    the last part keeps any further separators. ``ValueError`` names the expected form.
    """
    fixed = {param_name(k): param_value(v) for k, v in source.get("params", {}).items()}
    names = source.get("id_params")
    if not names:
        return {**fixed, param_name(source["id_param"]): experiment_id}
    separator = source.get("id_separator", "/")
    parts = experiment_id.split(separator, len(names) - 1)
    if len(parts) != len(names) or not all(parts):
        raise ValueError(f"the id must be {id_form(source)}, got {experiment_id!r}")
    return {**fixed, **{param_name(n): part for n, part in zip(names, parts, strict=True)}}


def is_run(source: Export | None, raw: Any) -> bool:
    """Whether a listed record is a run (the export's ``where``; every record without one)."""
    where = None if source is None else source.get("where")
    if where is None:
        return True
    value = lookup(raw, where["path"]) if isinstance(raw, Mapping) else MISSING
    expected = where["equals"]
    return value is not MISSING and type(value) is type(expected) and value == expected


def _columns(source: Export | None) -> dict[str, Any]:
    """Column -> field source, as declared by an export (empty: nothing but id and raw)."""
    return {} if source is None else {str(k): v for k, v in source["fields"].items()}


def _first(raw: Mapping[str, Any], paths: str | list[str]) -> Any:
    """The value at the first of ``paths`` that is present and not null (else None)."""
    for path in [paths] if isinstance(paths, str) else paths:
        value = lookup(raw, path)
        if value is not MISSING and value is not None:
            return value
    return None


def _source_value(raw: Mapping[str, Any], source: Any) -> Any:
    """The raw value a ``FieldSource`` (see registry.schema.json) names, None if absent."""
    if isinstance(source, (str, list)):
        return _first(raw, source)
    if "undeclared" in source:
        return _first(raw, source["undeclared"])
    if "unix_seconds" in source:
        return _unix_seconds(_first(raw, source["unix_seconds"]))
    if "duration_ms" in source:
        start, end = source["duration_ms"]
        return _duration_ms(_first(raw, start), _first(raw, end))
    if "only" in source:
        value = _first(raw, source["path"])
        return value if isinstance(value, str) and value in source["only"] else None
    raise ValueError(f"unknown field source {source!r}")  # the registry schema allows no other


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "id": _str,
    "experiment_id": _str,
    "example_id": _str,
    "repetition": _int,
    "status": _str,
    "output": lambda value: value,
    "error": _str,
    "started_at": _str,
    "ended_at": _str,
    "latency_ms": _number,
    "trace_id": _str,
}


def to_record(
    vendor: str, experiment_id: str, raw: Any, fields: Mapping[str, Any] | None = None
) -> ExportRecord:
    """The normalized record for one run of ``vendor`` (a JSON object as received).

    ``fields`` is the column mapping (default: the vendor's registry ``export.fields``).
    """
    if not isinstance(raw, Mapping):
        raise RecordError(f"{vendor}: a run is not a JSON object: {json.dumps(raw)[:200]}")
    if fields is None:
        source = export_source(vendor)
        fields = _columns(source)
    run_id = _first(raw, fields.get("id", "id"))
    if not isinstance(run_id, (str, int)) or isinstance(run_id, bool) or run_id == "":
        raise RecordError(f"{vendor}: a run without an id: {json.dumps(raw)[:200]}")
    values = {
        column: _CONVERT[column](_source_value(raw, source))
        for column, source in fields.items()
        if column in _CONVERT
    }
    return ExportRecord(
        id=str(run_id),
        vendor=vendor,
        experiment_id=values.get("experiment_id") or experiment_id,
        example_id=values.get("example_id"),
        repetition=values.get("repetition"),
        status=values.get("status"),
        output=values.get("output"),
        error=values.get("error"),
        started_at=values.get("started_at"),
        ended_at=values.get("ended_at"),
        latency_ms=values.get("latency_ms"),
        trace_id=values.get("trace_id"),
        annotations=values.get("annotations"),
        raw=dict(raw),
    )


class Writer:
    """Encodes records for one output format."""

    format: Format
    resumable = True
    """Whether a file cut at a page boundary is valid and can be appended to (resume)."""

    def header(self) -> bytes:
        """What starts a new file."""
        return b""

    def footer(self) -> bytes:
        """What ends a finished file."""
        return b""

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """The bytes for a page of records."""
        raise NotImplementedError


# Characters str.splitlines() (and many line-based tools) split at, which json.dumps leaves
# raw with ensure_ascii=False: escaped so that lines equal records. Every other character
# stays UTF-8; the control characters among them json.dumps already escapes.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


class JsonlWriter(Writer):
    """One compact JSON object per line, UTF-8; ``str.splitlines()`` gives one per record."""

    format: Format = "jsonl"

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """One line per record."""
        text = "".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
        )
        return text.translate(_LINE_BREAKS).encode("utf-8")


class CsvWriter(Writer):
    """RFC 4180 CSV with a header row; nested values as JSON strings, null as empty."""

    format: Format = "csv"

    @staticmethod
    def _cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if isinstance(value, bool):
            return "true" if value else "false"
        return value

    def _rows(self, rows: Sequence[Sequence[Any]]) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerows(rows)
        return buf.getvalue().encode("utf-8")

    def header(self) -> bytes:
        """The column names."""
        return self._rows([COLUMNS])

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """One row per record, columns in schema order."""
        return self._rows([[self._cell(r.get(c)) for c in COLUMNS] for r in records])


class _Sink:
    """A write-only file for pyarrow whose bytes are taken out after each write."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.position = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


class ParquetWriter(Writer):
    """Apache Parquet (``evalclients[parquet]``): one row group per page.

    ``output``, ``raw`` and each evaluation's ``raw`` are JSON strings (their shapes vary by
    vendor); ``annotations`` is a list of structs. A Parquet file is valid only once its
    footer is written, so it is not resumable: it replaces FILE when the export completes.
    """

    format: Format = "parquet"
    resumable = False

    def __init__(self) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ValueError(
                "Parquet output needs pyarrow: pip install 'evalclients[parquet]'"
            ) from None
        self._pa, self._pq = pa, pq
        text = pa.string()
        evaluation = pa.struct(
            [(name, pa.float64() if name == "score" else text) for name in _EVALUATION_FIELDS]
        )
        types: dict[str, Any] = {
            "repetition": pa.int64(),
            "latency_ms": pa.float64(),
            "annotations": pa.list_(evaluation),
        }
        self.schema = pa.schema([(c, types.get(c, text)) for c in COLUMNS])
        self._sink = _Sink()
        self._writer: Any = None

    def _json(self, value: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def _row(self, rec: ExportRecord) -> dict[str, Any]:
        row: dict[str, Any] = dict(rec)
        row["output"] = self._json(rec["output"])
        row["raw"] = self._json(rec["raw"])
        if rec["annotations"] is not None:
            row["annotations"] = [{**a, "raw": self._json(a["raw"])} for a in rec["annotations"]]
        return row

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """A row group for the page (the file's header before the first)."""
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(
                self._pa.PythonFile(self._sink, mode="w"), self.schema
            )
        if records:
            table = self._pa.Table.from_pylist([self._row(r) for r in records], self.schema)
            self._writer.write_table(table)
        return self._sink.take()

    def footer(self) -> bytes:
        """What ends the file."""
        if self._writer is None:
            self.encode([])
        self._writer.close()
        return self._sink.take()


_EVALUATION_FIELDS = (
    "name",
    "kind",
    "label",
    "score",
    "explanation",
    "error",
    "annotator",
    "started_at",
    "ended_at",
    "updated_at",
    "raw",
)


def make_writer(fmt: str) -> Writer:
    """The writer for ``jsonl``, ``csv`` or ``parquet``."""
    if fmt == "jsonl":
        return JsonlWriter()
    if fmt == "csv":
        return CsvWriter()
    if fmt == "parquet":
        return ParquetWriter()
    raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


OnPage = Callable[[Checkpoint, int | None], None]


class Exporter:
    """Pages through one experiment's runs and their evaluations and writes them as it goes.

    Memory stays constant. Never destroys what it did not write: nothing touches ``output``
    until a complete page is ready. A new export writes into a temporary file beside it and
    moves that over ``output`` (an existing regular file) once the first page is in it; an
    output that is not a regular file (a FIFO, a device) is opened only then, for writing,
    and never truncated, replaced or removed (and has no checkpoint). A failure before the
    first page leaves ``output`` exactly as it was and removes only the temporary file.

    With a regular output file, a checkpoint is saved after every page that is not the last;
    on any exception (or ``KeyboardInterrupt``-like signal) after the first page the output is
    cut back to the last complete page and the checkpoint is saved, then the exception
    propagates. A finished export removes its checkpoint. Without a path the records go to
    ``stream`` (no resume).
    """

    def __init__(
        self,
        client: Client,
        experiment_id: str,
        writer: Writer,
        *,
        output: Path | None = None,
        stream: IO[bytes] | None = None,
        checkpoint: Path | None = None,
        page_size: int | None = None,
        limit: int | None = None,
        resume: Checkpoint | None = None,
    ) -> None:
        vendor = client.vendor.name
        source = client.vendor.export_for(experiment_id)
        if source is None:
            raise ValueError(f"no run export for vendor {vendor!r}")
        if (output is None) == (stream is None):
            raise ValueError("pass exactly one of output and stream")
        self.client = client
        self.source = source
        self.fields = _columns(source)
        self.experiment_id = experiment_id
        self.writer = writer
        self.output = output
        self.stream = stream
        self.special = output is not None and _is_special(output)
        self.checkpoint = None if self.special or not writer.resumable else checkpoint
        self.resumed = resume is not None
        pagination = client.vendor.operation(source["operation"]).pagination
        if page_size is None:
            page_size = default_page_size(pagination)
        self.state = resume or Checkpoint(
            vendor=vendor,
            experiment_id=experiment_id,
            format=writer.format,
            output=str(output.resolve()) if output else "-",
            base_url=client.config.base_url,
            page_size=page_size,
            limit=limit,
            continuation_token=None,
            bytes=0,
            records=0,
            pages=0,
        )
        self._fh: IO[bytes] | None = None
        self._tmp: Path | None = None  # our temporary file, until it replaces the output
        self._owned = False  # the output is a regular file this export wrote
        self._total_path = pagination.get("total") if pagination else None

    def _open(self) -> IO[bytes]:
        if self._fh is not None:
            return self._fh
        if self.stream is not None:
            self._fh = self.stream
        else:
            assert self.output is not None
            if self.resumed:
                return self._reopen(self.output)
            if self.special:
                self._fh = self.output.open("ab")  # a FIFO or device: never truncated
            else:
                fd, name = tempfile.mkstemp(
                    dir=self.output.parent, prefix=f".{self.output.name}.", suffix=".partial"
                )
                self._tmp = Path(name)
                self._fh = os.fdopen(fd, "wb")
        header = self.writer.header() if not self.resumed else b""
        if header:
            self._fh.write(header)
            self.state = replace(self.state, bytes=self.state.bytes + len(header))
        return self._fh

    def _reopen(self, output: Path) -> IO[bytes]:
        try:
            fh = output.open("r+b")
        except FileNotFoundError:
            raise CheckpointError(
                f"{output} is missing; it cannot be resumed (use --force)"
            ) from None
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            fh.close()
            raise CheckpointError(f"{output} is not a regular file; it cannot be resumed")
        size = fh.seek(0, io.SEEK_END)
        if size < self.state.bytes:
            fh.close()
            raise CheckpointError(
                f"{output} has {size} bytes but the checkpoint counts "
                f"{self.state.bytes}; it was changed since (use --force)"
            )
        fh.truncate(self.state.bytes)
        fh.seek(self.state.bytes)
        self._fh = fh
        self._owned = True
        return fh

    def _commit(self) -> None:
        """The first complete page is written: the temporary file becomes the output."""
        if self._tmp is not None and self.output is not None:
            os.replace(self._tmp, self.output)
            self._tmp = None
            self._owned = True

    def _pages(self, remaining: int | None) -> Iterator[tuple[list[ExportRecord], str | None, Any]]:
        if self.client.vendor.evaluations_for(self.source) is not None:
            pager = ResultsPaged(
                self.client,
                self.experiment_id,
                page_size=self.state.page_size,
                max_items=remaining,
                raw=True,
            )
            pager._options.check = False  # the CLI checks the id before touching any file
            for page in pager.by_page(self.state.continuation_token):
                yield [r.record for r in page.items], page.continuation_token, page
            return
        params: dict[str, Any] = dict(run_params(self.source, self.experiment_id))
        pages = self.client.paginate(
            self.source["operation"],
            page_size=self.state.page_size,
            max_items=remaining,
            raw=True,
            **params,
        ).by_page(self.state.continuation_token)
        dedupe = self.source.get("dedupe")
        deduper = None if dedupe is None else Deduper(dedupe, vendor=self.state.vendor)
        try:
            for raw_page in pages:
                keep = deduper.keep(raw_page.items) if deduper else [True] * len(raw_page.items)
                records = [
                    to_record(self.state.vendor, self.experiment_id, item, self.fields)
                    for item, kept in zip(raw_page.items, keep, strict=True)
                    if kept and is_run(self.source, item)
                ]
                yield records, raw_page.continuation_token, raw_page
        finally:
            if deduper is not None:
                deduper.close()

    def run(self, on_page: OnPage | None = None) -> Checkpoint:
        """Export every remaining page; the final state."""
        limit = self.state.limit
        remaining = None if limit is None else max(0, limit - self.state.records)
        try:
            if self.resumed:
                self._open()
            if remaining != 0 and not (self.resumed and self.state.listing_done):
                for records, token, page in self._pages(remaining):
                    self._write_page(records, token)
                    if on_page is not None:
                        on_page(self.state, self._total(_page_raw(page)))
            fh = self._open()
            footer = self.writer.footer()
            if footer:
                fh.write(footer)
                self.state = replace(self.state, bytes=self.state.bytes + len(footer))
            self._close()
            self._commit()
        except BaseException as exc:
            self._stop("failed" if isinstance(exc, Exception) else "interrupted")
            raise
        if self.checkpoint is not None:
            Checkpoint.remove(self.checkpoint)
        return self.state

    def _write_page(self, records: list[ExportRecord], token: str | None) -> None:
        data = self.writer.encode(records)
        fh = self._open()
        fh.write(data)
        fh.flush()
        self.state = self.state.advance(token, self.state.bytes + len(data), len(records))
        if self.writer.resumable:  # else the file is valid only once complete
            self._commit()
        if token is not None and self.checkpoint is not None:
            self.state.save(self.checkpoint)

    def _total(self, raw: Any) -> int | None:
        if not self._total_path:
            return None
        total = lookup(raw, self._total_path)
        if total is MISSING or isinstance(total, bool) or not isinstance(total, int):
            return None
        return total if self.state.limit is None else min(total, self.state.limit)

    def _close(self) -> None:
        if self._fh is not None and self._fh is not self.stream:
            self._fh.close()
        elif self._fh is not None:
            self._fh.flush()
        self._fh = None

    def _stop(self, reason: str) -> None:
        """Cut our output back to the last complete page and save where it stopped.

        Only a regular file this export created is ever truncated or removed.
        """
        with contextlib.suppress(OSError, ValueError):
            if self._fh is not None and self._fh is not self.stream and self._owned:
                self._fh.flush()
                self._fh.truncate(self.state.bytes)
            self._close()
        if self._tmp is not None:  # no complete page: the output was never touched
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None
        if self.output is None or self.checkpoint is None or not self._owned:
            return
        self.state.save(self.checkpoint, reason)


def _is_special(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file (a FIFO, a device, a socket)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _page_raw(page: Any) -> Any:
    return getattr(page, "raw", None)
