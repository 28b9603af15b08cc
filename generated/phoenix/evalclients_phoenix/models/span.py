from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_attributes import SpanAttributes
    from ..models.span_context import SpanContext
    from ..models.span_event import SpanEvent


T = TypeVar("T", bound="Span")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("context", "_context_slot", True, 1, ""),
    ("end_time", "_end_time_slot", True, 2, ""),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "span_kind",
        "span_kind",
        True,
        0,
        "span_kind = _j_span_kind\nif not (type(span_kind) is str):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 4, ""),
    (
        "status_code",
        "status_code",
        True,
        0,
        "status_code = _j_status_code\nif not (type(status_code) is str):\n    raise TypeError",
    ),
    ("attributes", "_attributes_slot", False, 8, ""),
    ("events", "_events_slot", False, 16, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "parent_id",
        "parent_id",
        False,
        0,
        "parent_id: None | str | Unset = _j_parent_id\n\nif not (parent_id is None or type(parent_id) is str or parent_id is UNSET):\n    raise TypeError",
    ),
    (
        "status_message",
        "status_message",
        False,
        0,
        "status_message = _j_status_message\nif not (type(status_message) is str or status_message is UNSET):\n    raise TypeError",
    ),
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

    context: SpanContext | Unset
    end_time: datetime.datetime | Unset
    name: str | Unset
    span_kind: str | Unset
    start_time: datetime.datetime | Unset
    status_code: str | Unset
    attributes: SpanAttributes | Unset = UNSET
    events: list[SpanEvent] | Unset = UNSET
    id: str | Unset = ""
    parent_id: None | str | Unset = UNSET
    status_message: str | Unset = ""
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
            context = self.context.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            context = _as_json(self.context)

        try:
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        name = self.name

        span_kind = self.span_kind

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        status_code = self.status_code

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        try:
            events: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.events, Unset):
                events = []
                for events_item_data in self.events:
                    events_item = events_item_data.to_dict()
                    events.append(events_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            events = _as_json(self.events)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _context_raw = d.get("context", UNSET)
        if _context_raw is not UNSET and not _strict:
            context = _context_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                context = SpanContext.from_dict(d["context"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                context, _drifted = _keep(cls, d, "context", "SpanContext", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                end_time = datetime.datetime.fromisoformat(d["end_time"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            span_kind = d["span_kind"]
            if not (type(span_kind) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_kind, _drifted = _keep(cls, d, "span_kind", "str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                start_time = datetime.datetime.fromisoformat(d["start_time"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        try:
            status_code = d["status_code"]
            if not (type(status_code) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_code, _drifted = _keep(cls, d, "status_code", "str", "type", _drifted)

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: SpanAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = SpanAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "SpanAttributes", "type", _drifted
                )

        _events_raw = d.get("events", UNSET)
        if _events_raw is UNSET:
            events = UNSET
        elif not _strict:
            events = _events_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _events = d.get("events", UNSET)
                events: list[SpanEvent] | Unset = UNSET
                if _events is not UNSET:
                    events = [SpanEvent.from_dict(events_item_data) for events_item_data in _events]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                events, _drifted = _keep_each(
                    cls,
                    d,
                    "events",
                    "list[SpanEvent]",
                    "type",
                    lambda events_item_data: SpanEvent.from_dict(events_item_data),
                    _drifted,
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            parent_id: None | str | Unset = d.get("parent_id", UNSET)

            if not (parent_id is None or type(parent_id) is str or parent_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_id, _drifted = _keep(cls, d, "parent_id", "None | str", "type", _drifted)

        try:
            status_message = d.get("status_message", UNSET)
            if not (type(status_message) is str or status_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_message, _drifted = _keep(cls, d, "status_message", "str", "type", _drifted)

        _span_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _span_._context_slot = context  # type: ignore[attr-defined]
        _span_._end_time_slot = end_time  # type: ignore[attr-defined]
        _span_.name = name
        _span_.span_kind = span_kind
        _span_._start_time_slot = start_time  # type: ignore[attr-defined]
        _span_.status_code = status_code
        _span_._attributes_slot = attributes  # type: ignore[attr-defined]
        _span_._events_slot = events  # type: ignore[attr-defined]
        _span_.id = id
        _span_.parent_id = parent_id
        _span_.status_message = status_message
        _span_.additional_properties = {}
        _span_._pending = _pending

        if _extra:
            _span_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_span_, _drifted)
        return _span_

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


def _decode_context(self: Span, raw: Any) -> Any:
    """``context`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        context = SpanContext.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        context, _drifted = _keep(
            type(self), {"context": raw}, "context", "SpanContext", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return context


_lazy(Span, "context", 1, _decode_context)


def _decode_end_time(self: Span, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        end_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(Span, "end_time", 2, _decode_end_time)


def _decode_start_time(self: Span, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        start_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(Span, "start_time", 4, _decode_start_time)


def _decode_attributes(self: Span, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: SpanAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = SpanAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self), {"attributes": raw}, "attributes", "SpanAttributes", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(Span, "attributes", 8, _decode_attributes)


def _decode_events(self: Span, raw: Any) -> Any:
    """``events`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _events = raw
        events: list[SpanEvent] | Unset = UNSET
        if _events is not UNSET:
            events = [SpanEvent.from_dict(events_item_data) for events_item_data in _events]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        events, _drifted = _keep_each(
            type(self),
            {"events": raw},
            "events",
            "list[SpanEvent]",
            "type",
            lambda events_item_data: SpanEvent.from_dict(events_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return events


_lazy(Span, "events", 16, _decode_events)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanAttributes, SpanContext, SpanEvent
    from ..models.span_attributes import SpanAttributes  # noqa: PLC0415
    from ..models.span_context import SpanContext  # noqa: PLC0415
    from ..models.span_event import SpanEvent  # noqa: PLC0415

    _LAZY_PENDING = False
