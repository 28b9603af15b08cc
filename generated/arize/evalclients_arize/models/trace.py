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
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Trace")
_FIELDS = frozenset(
    {
        "root_span_id",
        "spans",
        "spans_truncated",
        "trace_id",
        "end_time",
        "start_time",
    }
)


@_attrs_define
class Trace:
    """A Trace is the collection of spans sharing a `trace_id`, anchored on a root
    span (a span with no parent). It captures a single end-to-end request
    through an LLM application, with lightweight roll-up metadata plus the full
    flat list of its spans.

        Attributes:
            root_span_id (str): Span ID of the root span (the span with no parent) that anchors this
                trace entry. A trace with more than one root span is returned as
                multiple entries sharing the same `trace_id`, distinguished by
                `root_span_id`.
            spans (list[Span]): Flat list of spans belonging to this trace. Each span has the same shape
                and enrichment as spans returned by `POST /v2/spans`. Reconstruct the
                trace tree client-side using each span's `parent_id`.
            spans_truncated (bool): `true` when this trace contained more spans than the per-trace limit and
                its returned span list is incomplete. `false` otherwise.

                Note: each page also has an overall cap on the total number of spans
                returned across all of its traces. On pages that include unusually large
                traces, an individual trace may return fewer spans than it actually has
                even when `spans_truncated` is `false`. To retrieve a trace's spans in
                full, narrow the time window or fetch them directly with
                `POST /v2/spans` filtered to that `trace_id`.
            trace_id (str): Unique identifier for the trace.
            end_time (datetime.datetime | Unset): Latest span end time across the returned spans.
            start_time (datetime.datetime | Unset): Earliest span start time across the returned spans.
    """

    root_span_id: str | Unset
    spans: list[Span] | Unset
    spans_truncated: bool | Unset
    trace_id: str | Unset
    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        root_span_id = self.root_span_id

        try:
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spans = _as_json(self.spans)

        spans_truncated = self.spans_truncated

        trace_id = self.trace_id

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "root_span_id": root_span_id,
                "spans": spans,
                "spans_truncated": spans_truncated,
                "trace_id": trace_id,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            root_span_id = d["root_span_id"]
            if not (type(root_span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            root_span_id, _drifted = _keep(cls, d, "root_span_id", "str", "type", _drifted)

        try:
            spans = [Span.from_dict(spans_item_data) for spans_item_data in d["spans"]]

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
            spans_truncated = d["spans_truncated"]
            if not (type(spans_truncated) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            spans_truncated, _drifted = _keep(cls, d, "spans_truncated", "bool", "type", _drifted)

        try:
            trace_id = d["trace_id"]
            if not (type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "str", "type", _drifted)

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
            end_time, _drifted = _keep(cls, d, "end_time", "datetime.datetime", "type", _drifted)

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

        trace = cls(
            root_span_id,
            spans,
            spans_truncated,
            trace_id,
            end_time,
            start_time,
        )

        if _extra:
            trace.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(trace, _drifted)
        return trace

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Span
    from ..models.span import Span  # noqa: PLC0415

    _LAZY_PENDING = False
