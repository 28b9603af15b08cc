"""An experiment's results: every run with its evaluations, for any vendor the registry knows.

Where a vendor keeps a run's evaluations is registry data (``[vendors.<name>.results]`` in
``specs/vendors.toml``, schema ``Results`` in ``specs/common/registry.schema.json``), so a new
vendor adds an entry, not code. Three sources exist:

``run``
    The evaluations are a list (or an object keyed by name) inside each run record.
``experiment``
    One operation returns records for the whole experiment, each holding one run's
    evaluations, matched to runs by ``run_key`` = ``record_key``. The answer is read as a
    stream into an on-disk SQLite index (a temporary file), so memory stays proportional to
    one page of runs however large the experiment; each page of runs looks up its keys.
``run_keys``
    A list operation filtered by the keys of a page of runs, several keys per request
    (``evalclients.run_keys``): memory holds one page of runs and their evaluations.
``none``
    The vendor's API exposes no per-run evaluations: ``evaluations`` is None (``note``).

A run listing that repeats rows in several versions (the export's ``dedupe``) hands out the
newest version of each run only (``evalclients.dedupe``).

Every evaluation becomes the one shape of ``specs/common/evaluation.schema.json``
(``Evaluation``), with the vendor's record under ``raw``. Pages keep the run listing's
continuation tokens, so a results listing resumes like any other.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import os
import sqlite3
import tempfile
import warnings
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from evalclients._schemas.evaluation import Evaluation
from evalclients._schemas.export_record import ExportRecord
from evalclients.dedupe import Deduper
from evalclients.errors import APIError, ConfigurationError, PaginationError, ResponseDecodeError
from evalclients.pagination import MISSING, IncompleteListWarning, Page, lookup
from evalclients.run_keys import afetch_by_keys, fetch_by_keys

if TYPE_CHECKING:
    from evalclients._schemas.registry import EvaluationFields, EvaluationSource, Results
    from evalclients.client import AsyncClient, Client, _Base
    from evalclients.registry import Operation, Vendor

__all__ = [
    "EVALUATION_FIELDS",
    "AsyncResultsPaged",
    "ResultsPage",
    "ResultsPaged",
    "RunResult",
    "normalize_evaluation",
    "results_spec",
]

EVALUATION_FIELDS: tuple[str, ...] = tuple(Evaluation.__annotations__)
_TEXT_FIELDS = ("kind", "explanation", "error", "annotator", "started_at", "ended_at", "updated_at")
_CHUNK_ROWS = 500  # SQLite's default limit on host parameters is far above this


def results_spec(vendor: Vendor) -> Results:
    """The vendor's ``results`` registry entry; ``ConfigurationError`` if it has none."""
    spec = vendor.results
    if spec is None:
        raise ConfigurationError(
            f"{vendor.display_name}: the registry declares no experiment results"
        )
    return spec


# -- one evaluation ---------------------------------------------------------------------------


def _first(record: Mapping[str, Any], paths: Sequence[str]) -> Any:
    for path in paths:
        value = lookup(record, path)
        if value is not MISSING and value is not None:
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def _score(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _label(value: Any) -> str | None:
    """A category as text: not a number (that is a score), an object or a list."""
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    return None if numeric or isinstance(value, (dict, list)) else _text(value)


def normalize_evaluation(
    record: Any, fields: EvaluationFields, name: str | None = None
) -> Evaluation | None:
    """The normalized evaluation for one vendor record (None if it is not a JSON object).

    ``name`` is the key the record was found under, for vendors keying evaluations by name.
    A number is a score, never a label: a path naming a value that is a number for one kind
    of evaluation and a category for another (a polymorphic ``value``) gives each its field.
    """
    if not isinstance(record, Mapping):
        return None
    found = _first(record, fields["name"])
    label = _first(record, fields.get("label", ()))
    evaluation = Evaluation(
        name=_text(found) or name or "",
        kind=None,
        label=_label(label),
        score=_score(_first(record, fields.get("score", ()))),
        explanation=None,
        error=None,
        annotator=None,
        started_at=None,
        ended_at=None,
        updated_at=None,
        raw=dict(record),
    )
    paths: Mapping[str, Sequence[str]] = fields  # type: ignore[assignment]
    for key in _TEXT_FIELDS:
        evaluation[key] = _text(_first(record, paths.get(key, ())))  # type: ignore[literal-required]
    return evaluation


def _evaluations(value: Any, fields: EvaluationFields) -> list[Evaluation] | None:
    """A list of records, or an object of records keyed by name; None if neither.

    In an object keyed by name, an entry that is not an object (e.g. ``{"accuracy": 0.8}``)
    is the record ``{"name": <key>, "value": <entry>}``, which ``fields`` then map.
    """
    if isinstance(value, list):
        return [e for e in (normalize_evaluation(r, fields) for r in value) if e is not None]
    if isinstance(value, Mapping):
        out = (
            normalize_evaluation(
                r if isinstance(r, Mapping) else {"name": str(k), "value": r}, fields, str(k)
            )
            for k, r in value.items()
        )
        return [e for e in out if e is not None]
    return None


# -- results ----------------------------------------------------------------------------------


@dataclass
class RunResult:
    """One run and its evaluations.

    ``run`` is the generated model (or the dict, with ``raw=True``); ``record`` the run as
    ``evalclients runs export`` writes it (``annotations`` = ``evaluations``).
    ``evaluations`` is None when the vendor exposes none for this run.
    """

    run: Any
    record: ExportRecord
    evaluations: list[Evaluation] | None

    @property
    def id(self) -> str:
        """The vendor's run id."""
        return self.record["id"]

    @property
    def raw(self) -> dict[str, Any]:
        """The vendor's run record as received."""
        return self.record["raw"]


@dataclass
class ResultsPage:
    """A page of results; ``continuation_token`` resumes after it (None: the last page)."""

    items: list[RunResult]
    continuation_token: str | None
    number: int
    raw: Any = field(default=None, repr=False)
    """The run listing's decoded answer for this page."""


def _raw_items(page: Page[Any], spec_items: Sequence[str]) -> list[Any]:
    """The page's items as the server sent them (dicts), aligned with ``page.items``."""
    n = len(page.items)
    for path in spec_items:
        found = lookup(page.raw, path)
        if isinstance(found, list) and len(found) >= n:
            candidate = found[:n]
            if all(isinstance(i, Mapping) for i in candidate):
                return candidate
    out = []
    for item in page.items:
        to_dict = getattr(item, "to_dict", None)
        out.append(item if isinstance(item, Mapping) else to_dict() if to_dict else item)
    return out


def _key(values: Iterable[Any]) -> str | None:
    parts = list(values)
    if any(p is MISSING or p is None or isinstance(p, (dict, list)) for p in parts):
        return None
    return json.dumps(parts, separators=(",", ":"))


class _Index:
    """An on-disk index of an experiment-wide evaluations source: key → evaluations."""

    def __init__(self, source: EvaluationSource) -> None:
        self.source = source
        self._dir = tempfile.TemporaryDirectory(prefix="evalclients-results-")
        self._db = sqlite3.connect(os.path.join(self._dir.name, "index.sqlite"))
        self._db.execute("CREATE TABLE ev (key TEXT NOT NULL, evaluations TEXT NOT NULL)")
        self._pending: list[tuple[str, str]] = []
        self.records = 0

    def add(self, record: Any) -> None:
        """Index one record of the source."""
        self.records += 1
        if not isinstance(record, Mapping):
            return
        key = _key(lookup(record, p) for p in self.source.get("record_key", ()))
        if key is None:
            return
        evaluations = lookup(record, self.source.get("path", ""))
        if evaluations is MISSING or evaluations is None:
            evaluations = []
        self._pending.append((key, json.dumps(evaluations, ensure_ascii=False)))
        if len(self._pending) >= _CHUNK_ROWS:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO ev VALUES (?, ?)", self._pending)
        self._pending.clear()

    def finish(self) -> None:
        """Make the index ready for lookups."""
        self._flush()
        self._db.execute("CREATE INDEX ev_key ON ev (key)")
        self._db.commit()

    def lookup(self, keys: Sequence[str]) -> dict[str, list[Any]]:
        """Evaluation records by key, for the keys present in the source."""
        found: dict[str, list[Any]] = {}
        unique = sorted(set(keys))
        for i in range(0, len(unique), _CHUNK_ROWS):
            chunk = unique[i : i + _CHUNK_ROWS]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, evaluations FROM ev WHERE key IN ({marks})", chunk
            )
            for key, text in rows:
                value = json.loads(text)
                found.setdefault(key, []).extend(value if isinstance(value, list) else [value])
        return found

    def close(self) -> None:
        """Remove the index."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._dir.cleanup()


class _ArrayStream:
    """Incremental reader of a JSON array's elements from byte chunks (constant memory)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._decoder = json.JSONDecoder()
        self._text = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._started = False
        self._done = False

    def feed(self, chunk: bytes, final: bool = False) -> Iterator[Any]:
        """The elements completed by ``chunk``."""
        self._buf += self._text.decode(chunk, final)
        pos, buf = 0, self._buf
        while not self._done:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos == len(buf):
                break
            if not self._started:
                if buf[pos] != "[":
                    raise ValueError(f"{self.what} is not a JSON array")
                self._started, pos = True, pos + 1
                continue
            if buf[pos] == "]":
                self._done, pos = True, pos + 1
                break
            if buf[pos] == ",":
                pos += 1
                continue
            try:
                value, end = self._decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if final:
                    raise
                break  # an element cut by the chunk boundary: wait for more
            if end == len(buf) and not final and not isinstance(value, (dict, list, str)):
                break  # a number or literal may continue in the next chunk
            yield value
            pos = end
        self._buf = buf[pos:]
        if final and (not self._done or self._buf.strip()):
            raise ValueError(f"{self.what} ended before its JSON array did")


class _Joiner:
    """Attaches evaluations to a page of runs according to the registry entry."""

    def __init__(self, base: _Base, experiment_id: str) -> None:
        from evalclients.export import run_params

        self.vendor = base.vendor
        try:
            export = base.vendor.export_for(experiment_id)
        except ValueError as exc:
            raise ConfigurationError(f"{base.vendor.display_name}: {exc}") from None
        if export is None:
            raise ConfigurationError(f"{base.vendor.display_name}: the registry declares no export")
        source = base.vendor.evaluations_for(export)
        if source is None:
            raise ConfigurationError(
                f"{base.vendor.display_name}: the registry declares no experiment results"
            )
        self.runs: str = export["operation"]
        """The run listing (the registry's ``export``: results are an export's runs, joined)."""
        self.export = export
        self.params: dict[str, Any] = run_params(export, experiment_id)
        """The run listing's parameters for the experiment id (``id_params`` split)."""
        self.check: str | None = export.get("check_operation")
        self.source: EvaluationSource = source
        self.fields: dict[str, Any] = {str(k): v for k, v in export["fields"].items()}
        """The export record's columns for this source."""
        self.experiment_id = experiment_id
        self.capped = False
        """A run reached the source's ``max_per_run`` (warned once)."""
        self.index: _Index | None = None
        dedupe = export.get("dedupe")
        self.dedupe = None if dedupe is None else Deduper(dedupe, vendor=base.vendor.name)
        """Outdated versions of runs dropped (the export's ``dedupe``), None if it has none."""

    @property
    def needs_index(self) -> bool:
        return self.source["source"] == "experiment" and self.index is None

    def index_operation(self) -> tuple[Operation, dict[str, Any]]:
        op = self.vendor.operation(self.source["operation"])
        return op, dict(self.params)

    @property
    def by_keys(self) -> bool:
        return self.source["source"] == "run_keys"

    def page_runs(self, page: Page[Any], runs_op: Operation) -> list[tuple[Any, Any]]:
        """The page's runs, (model or dict, dict as received): outdated versions and
        records that are not runs (the export's ``where``) left out."""
        from evalclients.export import is_run

        items = runs_op.pagination["items"] if runs_op.pagination else [""]
        raws = _raw_items(page, items)
        keep = self.dedupe.keep(raws) if self.dedupe is not None else [True] * len(raws)
        return [
            (run, raw)
            for run, raw, kept in zip(page.items, raws, keep, strict=True)
            if kept and is_run(self.export, raw)
        ]

    def results(
        self, kept: list[tuple[Any, Any]], fetched: Sequence[list[Any] | None] = ()
    ) -> list[RunResult]:
        """The runs with their evaluations (``fetched``: each run's records, ``run_keys``)."""
        from evalclients.export import to_record

        raws = [raw for _, raw in kept]
        fields: EvaluationFields = self.source.get("fields") or {"name": ["name"]}
        kind = self.source["source"]
        found: dict[str, list[Any]] = {}
        keys: list[str | None] = []
        if kind == "experiment":
            assert self.index is not None
            keys = [_key(lookup(r, p) for p in self.source.get("run_key", ())) for r in raws]
            found = self.index.lookup([k for k in keys if k is not None])
        out = []
        for i, (run, raw) in enumerate(kept):
            record = to_record(self.vendor.name, self.experiment_id, raw, self.fields)
            evaluations: list[Evaluation] | None = None
            if kind == "run":
                evaluations = _evaluations(lookup(raw, self.source.get("path", "")), fields)
                self._warn_if_capped(record["id"], evaluations)
            elif kind == "experiment":
                key = keys[i]
                if key is not None and key in found:
                    evaluations = _evaluations(found[key], fields)
            elif kind == "run_keys" and fetched[i] is not None:
                evaluations = _evaluations(fetched[i], fields)
            record["annotations"] = evaluations
            out.append(RunResult(run, record, evaluations))
        return out

    def _warn_if_capped(self, run_id: str, evaluations: list[Evaluation] | None) -> None:
        """A run holding the vendor's most evaluations per run may have lost some: say so
        (once per listing; the registry's ``max_per_run``)."""
        cap = self.source.get("max_per_run")
        if self.capped or cap is None or evaluations is None or len(evaluations) < cap:
            return
        self.capped = True
        warnings.warn(
            f"{self.vendor.display_name}: run {run_id} holds {len(evaluations)} evaluations, "
            f"the most the API returns per run; it may have more",
            IncompleteListWarning,
            stacklevel=2,
        )

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None
        if self.dedupe is not None:
            self.dedupe.close()


def _records_path(source: EvaluationSource) -> str:
    return source.get("records", "")


def _index_from_body(index: _Index, body: Any, source: EvaluationSource) -> None:
    records = lookup(body, _records_path(source))
    if not isinstance(records, list):
        raise ValueError("the evaluations source has no record list")
    for record in records:
        index.add(record)


@dataclass
class _Options:
    page_size: int | None = None
    max_items: int | None = None
    raw: bool = False
    check: bool = True


class ResultsPaged(Iterator[RunResult]):
    """Every run of an experiment with its evaluations, page by page (lazy, resumable)."""

    def __init__(
        self,
        client: Client,
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
    ) -> None:
        self.client = client
        self.experiment_id = experiment_id
        self._options = _Options(page_size, max_items, raw)
        self._token = continuation_token
        self._iter: Iterator[RunResult] | None = None

    def __next__(self) -> RunResult:
        if self._iter is None:
            self._iter = (r for page in self.by_page(self._token) for r in page.items)
        return next(self._iter)

    def __iter__(self) -> Iterator[RunResult]:
        return self

    def _build_index(self, joiner: _Joiner) -> None:
        op, params = joiner.index_operation()
        index = _Index(joiner.source)
        client = self.client
        try:
            kwargs = client._request(op, params)
            try:
                with client._http.stream(**kwargs) as response:
                    if not 200 <= response.status_code < 300:
                        response.read()
                        client._check(response)
                    _fill_index(index, joiner, response, response.iter_bytes())
            except httpx.TransportError as exc:
                raise client._transport_error(op, exc) from exc
            index.finish()
        except BaseException:
            index.close()
            raise
        joiner.index = index

    def by_page(self, continuation_token: str | None = None) -> Iterator[ResultsPage]:
        """Pages of results from the start, or from the page ``continuation_token`` names."""
        client = self.client
        joiner = _Joiner(client, self.experiment_id)
        runs_op = client.vendor.operation(joiner.runs)
        params: dict[str, Any] = dict(joiner.params)
        if continuation_token is None and joiner.check and self._options.check:
            client.call(joiner.check, **params)
        pages = client.paginate(
            joiner.runs,
            page_size=self._options.page_size,
            max_items=self._options.max_items,
            raw=self._options.raw,
            **params,
        ).by_page(continuation_token)
        start = continuation_token  # where the page being joined starts
        try:
            for page in pages:
                if joiner.needs_index:
                    try:
                        self._build_index(joiner)
                    except Exception as exc:
                        _resume_at(exc, continuation_token)
                        raise
                kept = joiner.page_runs(page, runs_op)
                fetched: list[list[Any] | None] = []
                if joiner.by_keys:
                    try:
                        fetched = fetch_by_keys(client, joiner.source, [raw for _, raw in kept])
                    except Exception as exc:
                        _resume_at(exc, start)
                        raise
                results = joiner.results(kept, fetched)
                start = page.continuation_token
                yield ResultsPage(results, page.continuation_token, page.number, page.raw)
        finally:
            joiner.close()


def _resume_at(exc: BaseException, token: str | None) -> None:
    """A failed join of a page resumes at that page, like a failed page request (a
    ``PaginationError`` carries no token: resuming would meet the same fault)."""
    if isinstance(exc, APIError):
        exc.continuation_token = None if isinstance(exc, PaginationError) else token


def _fill_index(
    index: _Index, joiner: _Joiner, response: httpx.Response, chunks: Iterable[bytes]
) -> None:
    """Stream the records of a whole-experiment answer into ``index``."""
    try:
        if _records_path(joiner.source) == "":
            stream = _ArrayStream("the evaluations source")
            for chunk in chunks:
                for record in stream.feed(chunk):
                    index.add(record)
            for record in stream.feed(b"", final=True):
                index.add(record)
        else:  # a record list inside an envelope: read the whole answer
            _index_from_body(index, json.loads(b"".join(chunks)), joiner.source)
    except (ValueError, RecursionError) as exc:
        raise _misfit(joiner, response, exc) from exc


def _misfit(joiner: _Joiner, response: httpx.Response, exc: Exception) -> ResponseDecodeError:
    return ResponseDecodeError(
        f"{response.status_code} body does not fit the registry's results entry "
        f"({type(exc).__name__}: {exc})"[:300],
        response=response,
        vendor=joiner.vendor.name,
    )


class AsyncResultsPaged(AsyncIterator[RunResult]):
    """The async twin of ``ResultsPaged``: ``async for result in ...``."""

    def __init__(
        self,
        client: AsyncClient,
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
    ) -> None:
        self.client = client
        self.experiment_id = experiment_id
        self._options = _Options(page_size, max_items, raw)
        self._token = continuation_token
        self._iter: AsyncIterator[RunResult] | None = None

    def __aiter__(self) -> AsyncResultsPaged:
        return self

    async def __anext__(self) -> RunResult:
        if self._iter is None:
            self._iter = self._items()
        return await self._iter.__anext__()

    async def _items(self) -> AsyncIterator[RunResult]:
        async for page in self.by_page(self._token):
            for result in page.items:
                yield result

    async def _build_index(self, joiner: _Joiner) -> None:
        op, params = joiner.index_operation()
        index = _Index(joiner.source)
        client = self.client
        try:
            kwargs = client._request(op, params)
            try:
                async with client._http.stream(**kwargs) as response:
                    if not 200 <= response.status_code < 300:
                        await response.aread()
                        client._check(response)
                    await _afill_index(index, joiner, response)
            except httpx.TransportError as exc:
                raise client._transport_error(op, exc) from exc
            index.finish()
        except BaseException:
            index.close()
            raise
        joiner.index = index

    async def by_page(self, continuation_token: str | None = None) -> AsyncIterator[ResultsPage]:
        """Pages of results from the start, or from the page ``continuation_token`` names."""
        client = self.client
        joiner = _Joiner(client, self.experiment_id)
        runs_op = client.vendor.operation(joiner.runs)
        params: dict[str, Any] = dict(joiner.params)
        if continuation_token is None and joiner.check and self._options.check:
            await client.call(joiner.check, **params)
        pages = client.paginate(
            joiner.runs,
            page_size=self._options.page_size,
            max_items=self._options.max_items,
            raw=self._options.raw,
            **params,
        ).by_page(continuation_token)
        start = continuation_token  # where the page being joined starts
        try:
            async for page in pages:
                if joiner.needs_index:
                    try:
                        await self._build_index(joiner)
                    except Exception as exc:
                        _resume_at(exc, continuation_token)
                        raise
                kept = joiner.page_runs(page, runs_op)
                fetched: list[list[Any] | None] = []
                if joiner.by_keys:
                    try:
                        fetched = await afetch_by_keys(
                            client, joiner.source, [raw for _, raw in kept]
                        )
                    except Exception as exc:
                        _resume_at(exc, start)
                        raise
                results = joiner.results(kept, fetched)
                start = page.continuation_token
                yield ResultsPage(results, page.continuation_token, page.number, page.raw)
        finally:
            joiner.close()


async def _afill_index(index: _Index, joiner: _Joiner, response: httpx.Response) -> None:
    """The async twin of ``_fill_index``."""
    try:
        if _records_path(joiner.source) == "":
            stream = _ArrayStream("the evaluations source")
            async for chunk in response.aiter_bytes():
                for record in stream.feed(chunk):
                    index.add(record)
            for record in stream.feed(b"", final=True):
                index.add(record)
        else:
            _index_from_body(index, json.loads(await response.aread()), joiner.source)
    except (ValueError, RecursionError) as exc:
        raise _misfit(joiner, response, exc) from exc
