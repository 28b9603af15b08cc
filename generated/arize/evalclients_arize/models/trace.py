from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Trace")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "root_span_id",
        "spans",
        "spans_truncated",
        "start_time",
        "trace_id",
    }
)


@_attrs_define
class Trace:
    """A Trace is the collection of spans sharing a `trace_id`, anchored on a root span (a span with no parent). It
    captures a single end-to-end request through an LLM application, with lightweight roll-up metadata plus the full
    flat list of its spans.

        Attributes:
            end_time (datetime.datetime | Unset): Latest span end time across the returned spans.
            root_span_id (str | Unset): Span ID of the root span (the span with no parent) that anchors this trace entry. A
                trace with more than one root span is returned as multiple entries sharing the same `trace_id`, distinguished by
                `root_span_id`.
            spans (list[Span] | Unset): Flat list of spans belonging to this trace. Each span has the same shape and
                enrichment as spans returned by `POST /v2/spans`. Reconstruct the trace tree client-side using each span's
                `parent_id`.
            spans_truncated (bool | Unset): `true` when more than 1,000 spans were fetched for this trace and its returned
                list was capped. Traces share a fetch allowance per page. If that allowance is exhausted, a trace can be
                incomplete even when this flag is `false`. Narrowing the time window can reduce this risk. To retrieve a trace's
                spans in full, paginate through `POST /v2/spans` filtered to that `trace_id` over a time window that covers the
                full trace.
            start_time (datetime.datetime | Unset): Earliest span start time across the returned spans.
            trace_id (str | Unset): Unique identifier for the trace.
    """

    end_time: datetime.datetime | Unset = UNSET
    root_span_id: str | Unset = UNSET
    spans: list[Span] | Unset = UNSET
    spans_truncated: bool | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        root_span_id = self.root_span_id

        try:
            spans: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.spans, Unset):
                spans = []
                for spans_item_data in self.spans:
                    spans_item = spans_item_data.to_dict()
                    spans.append(spans_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spans = _as_json(self.spans)

        spans_truncated = self.spans_truncated

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if root_span_id is not UNSET:
            field_dict["root_span_id"] = root_span_id
        if spans is not UNSET:
            field_dict["spans"] = spans
        if spans_truncated is not UNSET:
            field_dict["spans_truncated"] = spans_truncated
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time: datetime.datetime | Unset
                if _end_time is UNSET:
                    end_time = UNSET
                else:
                    end_time = datetime.datetime.fromisoformat(_end_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            root_span_id = d.get("root_span_id", UNSET)
            if not (type(root_span_id) is str or root_span_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            root_span_id, _drifted = _keep(cls, d, "root_span_id", "str", "type", _drifted)

        _spans_raw = d.get("spans", UNSET)
        if _spans_raw is UNSET:
            spans = UNSET
        elif not _strict:
            spans = _spans_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _spans = d.get("spans", UNSET)
                spans: list[Span] | Unset = UNSET
                if _spans is not UNSET:
                    spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spans, _drifted = _keep_each(
                    cls,
                    d,
                    "spans",
                    "list[Span]",
                    "type",
                    lambda spans_item_data: Span.from_dict(spans_item_data),
                    _drifted,
                )

        try:
            spans_truncated = d.get("spans_truncated", UNSET)
            if not (type(spans_truncated) is bool or spans_truncated is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            spans_truncated, _drifted = _keep(cls, d, "spans_truncated", "bool", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time: datetime.datetime | Unset
                if _start_time is UNSET:
                    start_time = UNSET
                else:
                    start_time = datetime.datetime.fromisoformat(_start_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        try:
            trace_id = d.get("trace_id", UNSET)
            if not (type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "str", "type", _drifted)

        _trace_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _trace_._end_time_slot = end_time  # type: ignore[attr-defined]
        _trace_.root_span_id = root_span_id
        _trace_._spans_slot = spans  # type: ignore[attr-defined]
        _trace_.spans_truncated = spans_truncated
        _trace_._start_time_slot = start_time  # type: ignore[attr-defined]
        _trace_.trace_id = trace_id
        _trace_.additional_properties = {}
        _trace_._pending = _pending

        if _extra:
            _trace_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_, _drifted)
        return _trace_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_end_time(self: Trace, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(Trace, "end_time", 1, _decode_end_time)


def _decode_spans(self: Trace, raw: Any) -> Any:
    """``spans`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _spans = raw
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spans, _drifted = _keep_each(
            type(self),
            {"spans": raw},
            "spans",
            "list[Span]",
            "type",
            lambda spans_item_data: Span.from_dict(spans_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spans


_lazy(Trace, "spans", 2, _decode_spans)


def _decode_start_time(self: Trace, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(Trace, "start_time", 4, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Span
    from ..models.span import Span  # noqa: PLC0415

    _LAZY_PENDING = False
