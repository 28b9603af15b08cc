from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Trace")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        root_span_id = self.root_span_id

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        spans_truncated = self.spans_truncated

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        root_span_id = d.get("root_span_id", UNSET)

        _spans = d.get("spans", UNSET)
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = [Span.from_dict(spans_item_data) for spans_item_data in _spans]

        spans_truncated = d.get("spans_truncated", UNSET)

        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        trace_id = d.get("trace_id", UNSET)

        trace = cls(
            end_time,
            root_span_id,
            spans,
            spans_truncated,
            start_time,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            trace.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
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
