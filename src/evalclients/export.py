"""Experiment runs as one record shape across vendors, and the writers that store them.

``to_record(vendor, experiment_id, raw)`` maps one run as the vendor's list endpoint returns
it (a JSON object) to an ``ExportRecord`` (``specs/common/export_record.schema.json``). A
field the vendor does not provide is ``None``; ``raw`` is always the vendor's record as
received. The mapping per vendor:

=============  ===================  ==================  =========  ======
record         phoenix              arize               humanloop  respan
=============  ===================  ==================  =========  ======
id             id                   id                  id         id
experiment_id  experiment_id        (requested id)      (req. id)  (req. id)
example_id     dataset_example_id   example_id          –          –
repetition     repetition_number    –                   –          –
status         –                    –                   status     –
output         output               output              –          –
error          error                error               –          –
started_at     start_time           –                   –          –
ended_at       end_time             –                   –          –
latency_ms     end_time−start_time  latency_ms (if any) –          –
trace_id       trace_id             –                   –          –
annotations    –                    annotations         –          –
=============  ===================  ==================  =========  ======

"–" is null: the vendor's record has no such field. Phoenix and Arize rows are their
``ExperimentRun`` objects, Humanloop rows ``EvaluationRunResponse`` objects, Respan rows
experiment traces (``list_experiment_traces``).
Arize annotations become ``{name, label, score, text, annotator, updated_at}`` with the
annotator's e-mail (else id). A Humanloop run is one version's run over a whole dataset, so
it has no example, output or timing of its own. Respan documents only a trace's ``id``.

Writers turn a page of records into bytes: JSON Lines (one compact object per line) or CSV
(a header row; nested values (objects, lists) as JSON strings, null as an empty cell).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

from evalclients._schemas.export_record import Annotation, ExportRecord
from evalclients.checkpoint import Checkpoint, CheckpointError
from evalclients.client import Client
from evalclients.pagination import MISSING, lookup

__all__ = [
    "COLUMNS",
    "FORMATS",
    "SOURCES",
    "CsvWriter",
    "ExportSource",
    "Exporter",
    "JsonlWriter",
    "RecordError",
    "Writer",
    "make_writer",
    "to_record",
]

Format = Literal["jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")
COLUMNS: tuple[str, ...] = tuple(ExportRecord.__annotations__)


class RecordError(ValueError):
    """A vendor record cannot be mapped (e.g. it has no id)."""


@dataclass(frozen=True)
class ExportSource:
    """Where a vendor's runs come from: the list operation and its id parameter."""

    operation: str
    id_param: str
    noun: str = "experiment"
    check_operation: str | None = None  # an operation that answers 404 for unknown ids


SOURCES: dict[str, ExportSource] = {
    # Phoenix answers an unknown but well-formed experiment id with an empty list: ask first.
    "phoenix": ExportSource(
        "list_experiment_runs", "experiment_id", "experiment", "get_experiment"
    ),
    "arize": ExportSource("list_experiment_runs", "experiment_id"),
    "humanloop": ExportSource("list_runs_for_evaluation", "id", "evaluation"),
    "respan": ExportSource("list_experiment_traces", "experiment_id"),
}


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


def _duration_ms(start: Any, end: Any) -> float | None:
    began, ended = _time(start), _time(end)
    if began is None or ended is None or (began.tzinfo is None) != (ended.tzinfo is None):
        return None
    return round((ended - began).total_seconds() * 1000, 3)


def _empty(vendor: str, experiment_id: str, raw: Mapping[str, Any]) -> ExportRecord:
    run_id = raw.get("id")
    if not isinstance(run_id, (str, int)) or isinstance(run_id, bool) or run_id == "":
        raise RecordError(f"{vendor}: a run without an id: {json.dumps(raw)[:200]}")
    return ExportRecord(
        id=str(run_id),
        vendor=vendor,
        experiment_id=experiment_id,
        example_id=None,
        repetition=None,
        status=None,
        output=None,
        error=None,
        started_at=None,
        ended_at=None,
        latency_ms=None,
        trace_id=None,
        annotations=None,
        raw=dict(raw),
    )


def _phoenix(rec: ExportRecord, raw: Mapping[str, Any]) -> None:
    rec["experiment_id"] = _str(raw.get("experiment_id")) or rec["experiment_id"]
    rec["example_id"] = _str(raw.get("dataset_example_id"))
    rec["repetition"] = _int(raw.get("repetition_number"))
    rec["output"] = raw.get("output")
    rec["error"] = _str(raw.get("error"))
    rec["started_at"] = _str(raw.get("start_time"))
    rec["ended_at"] = _str(raw.get("end_time"))
    rec["latency_ms"] = _duration_ms(raw.get("start_time"), raw.get("end_time"))
    rec["trace_id"] = _str(raw.get("trace_id"))


def _arize_annotation(item: Any) -> Annotation | None:
    if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
        return None
    who = item.get("annotator")
    annotator = None
    if isinstance(who, Mapping):
        annotator = _str(who.get("email")) or _str(who.get("id"))
    return Annotation(
        name=item["name"],
        label=_str(item.get("label")),
        score=_number(item.get("score")),
        text=_str(item.get("text")),
        annotator=annotator,
        updated_at=_str(item.get("updated_at")),
    )


def _arize(rec: ExportRecord, raw: Mapping[str, Any]) -> None:
    rec["example_id"] = _str(raw.get("example_id"))
    rec["output"] = raw.get("output")
    rec["error"] = _str(raw.get("error"))
    rec["latency_ms"] = _number(raw.get("latency_ms"))
    annotations = raw.get("annotations")
    if isinstance(annotations, list):
        rec["annotations"] = [a for a in map(_arize_annotation, annotations) if a is not None]


def _humanloop(rec: ExportRecord, raw: Mapping[str, Any]) -> None:
    rec["status"] = _str(raw.get("status"))


def _respan(rec: ExportRecord, raw: Mapping[str, Any]) -> None:
    """Respan documents nothing of a trace but its id."""


_MAPPERS: dict[str, Callable[[ExportRecord, Mapping[str, Any]], None]] = {
    "phoenix": _phoenix,
    "arize": _arize,
    "humanloop": _humanloop,
    "respan": _respan,
}


def to_record(vendor: str, experiment_id: str, raw: Any) -> ExportRecord:
    """The normalized record for one run of ``vendor`` (a JSON object as received)."""
    if not isinstance(raw, Mapping):
        raise RecordError(f"{vendor}: a run is not a JSON object: {json.dumps(raw)[:200]}")
    rec = _empty(vendor, experiment_id, raw)
    mapper = _MAPPERS.get(vendor)
    if mapper is not None:
        mapper(rec, raw)
    return rec


class Writer:
    """Encodes records for one output format."""

    format: Format

    def header(self) -> bytes:
        """What starts a new file."""
        return b""

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """The bytes for a page of records."""
        raise NotImplementedError


class JsonlWriter(Writer):
    """One compact JSON object per line, UTF-8."""

    format: Format = "jsonl"

    def encode(self, records: Sequence[ExportRecord]) -> bytes:
        """One line per record."""
        return "".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
        ).encode("utf-8")


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


def make_writer(fmt: str) -> Writer:
    """The writer for ``jsonl`` or ``csv``."""
    if fmt == "jsonl":
        return JsonlWriter()
    if fmt == "csv":
        return CsvWriter()
    raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


OnPage = Callable[[Checkpoint, int | None], None]


class Exporter:
    """Pages through one experiment's runs and writes them as it goes (constant memory).

    With an output path, a checkpoint is saved after every page that is not the last; on
    any exception (or ``KeyboardInterrupt``-like signal) the output is cut back to the last
    complete page and the checkpoint is saved, then the exception propagates. A finished
    export removes its checkpoint. Without a path the records go to ``stream`` (no resume).
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
        page_size: int = 100,
        limit: int | None = None,
        resume: Checkpoint | None = None,
    ) -> None:
        vendor = client.vendor.name
        if vendor not in SOURCES:
            raise ValueError(f"no run export for vendor {vendor!r}")
        if (output is None) == (stream is None):
            raise ValueError("pass exactly one of output and stream")
        self.client = client
        self.source = SOURCES[vendor]
        self.experiment_id = experiment_id
        self.writer = writer
        self.output = output
        self.stream = stream
        self.checkpoint = checkpoint
        self.resumed = resume is not None
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
        pagination = client.vendor.operation(self.source.operation).pagination
        self._total_path = pagination.get("total") if pagination else None

    def _open(self) -> IO[bytes]:
        if self._fh is not None:
            return self._fh
        if self.stream is not None:
            self._fh = self.stream
        else:
            assert self.output is not None
            if self.resumed:
                try:
                    fh = self.output.open("r+b")
                except FileNotFoundError:
                    raise CheckpointError(
                        f"{self.output} is missing; it cannot be resumed (use --force)"
                    ) from None
                size = fh.seek(0, io.SEEK_END)
                if size < self.state.bytes:
                    fh.close()
                    raise CheckpointError(
                        f"{self.output} has {size} bytes but the checkpoint counts "
                        f"{self.state.bytes}; it was changed since (use --force)"
                    )
                fh.truncate(self.state.bytes)
                fh.seek(self.state.bytes)
                self._fh = fh
                return fh
            self._fh = self.output.open("wb")
        header = self.writer.header() if not self.resumed else b""
        if header:
            self._fh.write(header)
            self.state = replace(self.state, bytes=self.state.bytes + len(header))
        return self._fh

    def run(self, on_page: OnPage | None = None) -> Checkpoint:
        """Export every remaining page; the final state."""
        limit = self.state.limit
        remaining = None if limit is None else max(0, limit - self.state.records)
        params: dict[str, Any] = {self.source.id_param: self.experiment_id}
        try:
            if self.resumed:
                self._open()
            if remaining != 0:
                pages = self.client.paginate(
                    self.source.operation,
                    page_size=self.state.page_size,
                    max_items=remaining,
                    raw=True,
                    **params,
                ).by_page(self.state.continuation_token)
                for page in pages:
                    self._write_page(page.items, page.continuation_token)
                    if on_page is not None:
                        on_page(self.state, self._total(page.raw))
            self._open()
            self._close()
        except BaseException as exc:
            self._stop("failed" if isinstance(exc, Exception) else "interrupted")
            raise
        if self.checkpoint is not None:
            Checkpoint.remove(self.checkpoint)
        return self.state

    def _write_page(self, items: list[Any], token: str | None) -> None:
        records = [to_record(self.state.vendor, self.experiment_id, item) for item in items]
        data = self.writer.encode(records)
        fh = self._open()
        fh.write(data)
        fh.flush()
        self.state = self.state.advance(token, self.state.bytes + len(data), len(records))
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
        """Cut the output back to the last complete page and save where it stopped."""
        with contextlib.suppress(OSError, ValueError):
            if self._fh is not None and self._fh is not self.stream:
                self._fh.flush()
                self._fh.truncate(self.state.bytes)
            self._close()
        if self.output is None or self.checkpoint is None:
            return
        if self.state.pages == 0 and not self.resumed:
            with contextlib.suppress(OSError):
                self.output.unlink(missing_ok=True)  # nothing worth keeping
            return
        self.state.save(self.checkpoint, reason)
