from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_attributes import SpanAttributes
    from ..models.span_context import SpanContext
    from ..models.span_event import SpanEvent


T = TypeVar("T", bound="Span")
_FIELDS = frozenset(
    {
        "context",
        "end_time",
        "name",
        "span_kind",
        "start_time",
        "status_code",
        "attributes",
        "events",
        "id",
        "parent_id",
        "status_message",
    }
)


@_attrs_define
class Span:
    """
    Attributes:
        context (SpanContext):
        end_time (datetime.datetime): End time of the span (must be timezone-aware)
        name (str): Name of the span operation
        span_kind (str): Type of work that the span encapsulates
        start_time (datetime.datetime): Start time of the span (must be timezone-aware)
        status_code (str): Status code of the span
        attributes (SpanAttributes | Unset): Span attributes
        events (list[SpanEvent] | Unset): Span events
        id (str | Unset): Span Global ID, distinct from the OpenTelemetry span ID Default: ''.
        parent_id (None | str | Unset): OpenTelemetry span ID of the parent span
        status_message (str | Unset): Status message Default: ''.
    """

    context: SpanContext
    end_time: datetime.datetime
    name: str
    span_kind: str
    start_time: datetime.datetime
    status_code: str
    attributes: SpanAttributes | Unset = UNSET
    events: list[SpanEvent] | Unset = UNSET
    id: str | Unset = ""
    parent_id: None | str | Unset = UNSET
    status_message: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        context = self.context.to_dict()

        end_time = self.end_time.isoformat()

        name = self.name

        span_kind = self.span_kind

        start_time = self.start_time.isoformat()

        status_code = self.status_code

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        id = self.id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "end_time": end_time,
                "name": name,
                "span_kind": span_kind,
                "start_time": start_time,
                "status_code": status_code,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if events is not UNSET:
            field_dict["events"] = events
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if status_message is not UNSET:
            field_dict["status_message"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        context = SpanContext.from_dict(d["context"])

        end_time = datetime.datetime.fromisoformat(d["end_time"])

        name = d["name"]

        span_kind = d["span_kind"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        status_code = d["status_code"]

        _attributes = d.get("attributes", UNSET)
        attributes: SpanAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = SpanAttributes.from_dict(_attributes)

        _events = d.get("events", UNSET)
        events: list[SpanEvent] | Unset = UNSET
        if _events is not UNSET:
            events = [SpanEvent.from_dict(events_item_data) for events_item_data in _events]

        id = d.get("id", UNSET)

        parent_id: None | str | Unset = d.get("parent_id", UNSET)

        status_message = d.get("status_message", UNSET)

        span = cls(
            context,
            end_time,
            name,
            span_kind,
            start_time,
            status_code,
            attributes,
            events,
            id,
            parent_id,
            status_message,
        )

        if not d.keys() <= _FIELDS:
            span.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return span

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
    global _LAZY_PENDING, SpanAttributes, SpanContext, SpanEvent
    from ..models.span_attributes import SpanAttributes  # noqa: PLC0415
    from ..models.span_context import SpanContext  # noqa: PLC0415
    from ..models.span_event import SpanEvent  # noqa: PLC0415

    _LAZY_PENDING = False
