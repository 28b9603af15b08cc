from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.otlp_kind import OtlpKind, check_otlp_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_event import OtlpEvent
    from ..models.otlp_key_value import OtlpKeyValue
    from ..models.otlp_status import OtlpStatus


T = TypeVar("T", bound="OtlpSpan")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attributes",
        "dropped_attributes_count",
        "dropped_events_count",
        "dropped_links_count",
        "end_time_unix_nano",
        "events",
        "flags",
        "kind",
        "links",
        "name",
        "parent_span_id",
        "span_id",
        "start_time_unix_nano",
        "status",
        "trace_id",
        "trace_state",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("attributes", "_attributes_slot", False, 1, ""),
    (
        "dropped_attributes_count",
        "dropped_attributes_count",
        False,
        0,
        "dropped_attributes_count: int | None | Unset = _j_dropped_attributes_count\n\nif not (dropped_attributes_count is None or type(dropped_attributes_count) is int or dropped_attributes_count is UNSET):\n    raise TypeError",
    ),
    (
        "dropped_events_count",
        "dropped_events_count",
        False,
        0,
        "dropped_events_count: int | None | Unset = _j_dropped_events_count\n\nif not (dropped_events_count is None or type(dropped_events_count) is int or dropped_events_count is UNSET):\n    raise TypeError",
    ),
    (
        "dropped_links_count",
        "dropped_links_count",
        False,
        0,
        "dropped_links_count: int | None | Unset = _j_dropped_links_count\n\nif not (dropped_links_count is None or type(dropped_links_count) is int or dropped_links_count is UNSET):\n    raise TypeError",
    ),
    (
        "end_time_unix_nano",
        "end_time_unix_nano",
        False,
        0,
        "end_time_unix_nano: int | None | str | Unset = _j_end_time_unix_nano\n\nif not (end_time_unix_nano is None or type(end_time_unix_nano) is int or type(end_time_unix_nano) is str or end_time_unix_nano is UNSET):\n    raise TypeError",
    ),
    ("events", "_events_slot", False, 2, ""),
    (
        "flags",
        "flags",
        False,
        0,
        "flags: int | None | Unset = _j_flags\n\nif not (flags is None or type(flags) is int or flags is UNSET):\n    raise TypeError",
    ),
    (
        "kind",
        "kind",
        False,
        0,
        "_kind = _j_kind\nkind = _kind if _kind is None or _kind is UNSET else _parse_kind(_kind)",
    ),
    ("links", "links", False, 0, "links = _j_links"),
    (
        "name",
        "name",
        False,
        0,
        "name: None | str | Unset = _j_name\n\nif not (name is None or type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "parent_span_id",
        "parent_span_id",
        False,
        0,
        "parent_span_id: None | str | Unset = _j_parent_span_id\n\nif not (parent_span_id is None or type(parent_span_id) is str or parent_span_id is UNSET):\n    raise TypeError",
    ),
    (
        "span_id",
        "span_id",
        False,
        0,
        "span_id: None | str | Unset = _j_span_id\n\nif not (span_id is None or type(span_id) is str or span_id is UNSET):\n    raise TypeError",
    ),
    (
        "start_time_unix_nano",
        "start_time_unix_nano",
        False,
        0,
        "start_time_unix_nano: int | None | str | Unset = _j_start_time_unix_nano\n\nif not (start_time_unix_nano is None or type(start_time_unix_nano) is int or type(start_time_unix_nano) is str or start_time_unix_nano is UNSET):\n    raise TypeError",
    ),
    ("status", "_status_slot", False, 4, ""),
    (
        "trace_id",
        "trace_id",
        False,
        0,
        "trace_id: None | str | Unset = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
    (
        "trace_state",
        "trace_state",
        False,
        0,
        "trace_state: None | str | Unset = _j_trace_state\n\nif not (trace_state is None or type(trace_state) is str or trace_state is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class OtlpSpan:
    """
    Attributes:
        attributes (list[OtlpKeyValue] | None | Unset): attributes is a collection of key/value pairs. Note, global
            attributes like server name can be set using the resource API. Examples of attributes:

                "/http/user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_2) AppleWebKit/537.36 (KHTML, like Gecko)
            Chrome/71.0.3578.98 Safari/537.36"
                "/http/server_latency": 300
                "example.com/myattribute": true
                "example.com/score": 10.239

            The OpenTelemetry API specification further restricts the allowed value types:
            https://github.com/open-telemetry/opentelemetry-specification/blob/main/specification/common/README.md#attribute
            Attribute keys MUST be unique (it is not allowed to have more than one attribute with the same key).
        dropped_attributes_count (int | None | Unset): dropped_attributes_count is the number of attributes that were
            discarded. Attributes can be discarded because their keys are too long or because there are too many attributes.
            If this value is 0, then no attributes were dropped.
        dropped_events_count (int | None | Unset): dropped_events_count is the number of dropped events. If the value is
            0, then no events were dropped.
        dropped_links_count (int | None | Unset): dropped_links_count is the number of dropped links after the maximum
            size was enforced. If this value is 0, then no links were dropped.
        end_time_unix_nano (int | None | str | Unset): end_time_unix_nano is the end time of the span. On the client
            side, this is the time kept by the local machine where the span execution ends. On the server side, this is the
            time when the server application handler stops running.
            Value is UNIX Epoch time in nanoseconds since 00:00:00 UTC on 1 January 1970.

            This field is semantically required and it is expected that end_time >= start_time.
        events (list[OtlpEvent] | None | Unset): events is a collection of Event items. A span with no events is valid.
        flags (int | None | Unset): Flags, a bit field.

            Bits 0-7 (8 least significant bits) are the trace flags as defined in W3C Trace Context specification. To read
            the 8-bit W3C trace flag, use `flags & SPAN_FLAGS_TRACE_FLAGS_MASK`.

            See https://www.w3.org/TR/trace-context-2/#trace-flags for the flag definitions.

            Bits 8 and 9 represent the 3 states of whether a span's parent is remote. The states are (unknown, is not
            remote, is remote).
            To read whether the value is known, use `(flags & SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK) != 0`.
            To read whether the span is remote, use `(flags & SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK) != 0`.

            When creating span messages, if the message is logically forwarded from another source with an equivalent flags
            fields (i.e., usually another OTLP span message), the field SHOULD be copied as-is. If creating from a source
            that does not have an equivalent flags field (such as a runtime representation of an OpenTelemetry span), the
            high 22 bits MUST be set to zero.
            Readers MUST NOT assume that bits 10-31 (22 most significant bits) will be zero.

            [Optional].
        kind (int | None | OtlpKind | Unset): Distinguishes between spans generated in a particular context. For
            example, two spans with the same name may be distinguished using `CLIENT` (caller) and `SERVER` (callee) to
            identify queueing latency associated with the span. Default: 'SPAN_KIND_INTERNAL'.
        links (None | Unset):
        name (None | str | Unset): A description of the span's operation.

            For example, the name can be a qualified method name or a file name and a line number where the operation is
            called. A best practice is to use the same display name at the same call point in an application. This makes it
            easier to correlate spans in different traces.

            This field is semantically required to be set to non-empty string. Empty value is equivalent to an unknown span
            name.

            This field is required.
        parent_span_id (None | str | Unset): The `span_id` of this span's parent span. If this is a root span, then this
            field must be empty. The ID is an 8-byte array.
        span_id (None | str | Unset): A unique identifier for a span within a trace, assigned when the span is created.
            The ID is an 8-byte array. An ID with all zeroes OR of length other than 8 bytes is considered invalid (empty
            string in OTLP/JSON is zero-length and thus is also invalid).

            This field is required.
        start_time_unix_nano (int | None | str | Unset): start_time_unix_nano is the start time of the span. On the
            client side, this is the time kept by the local machine where the span execution starts. On the server side,
            this is the time when the server's application handler starts running.
            Value is UNIX Epoch time in nanoseconds since 00:00:00 UTC on 1 January 1970.

            This field is semantically required and it is expected that end_time >= start_time.
        status (None | OtlpStatus | Unset): An optional final status for this span. Semantically when Status isn't set,
            it means span's status code is unset, i.e. assume STATUS_CODE_UNSET (code = 0).
        trace_id (None | str | Unset): A unique identifier for a trace. All spans from the same trace share the same
            `trace_id`. The ID is a 16-byte array. An ID with all zeroes OR of length other than 16 bytes is considered
            invalid (empty string in OTLP/JSON is zero-length and thus is also invalid).

            This field is required.
        trace_state (None | str | Unset): trace_state conveys information about request position in multiple distributed
            tracing graphs. It is a trace_state in w3c-trace-context format: https://www.w3.org/TR/trace-
            context/#tracestate-header
            See also https://github.com/w3c/distributed-tracing for more details about this field.
    """

    attributes: list[OtlpKeyValue] | None | Unset = UNSET
    dropped_attributes_count: int | None | Unset = UNSET
    dropped_events_count: int | None | Unset = UNSET
    dropped_links_count: int | None | Unset = UNSET
    end_time_unix_nano: int | None | str | Unset = UNSET
    events: list[OtlpEvent] | None | Unset = UNSET
    flags: int | None | Unset = UNSET
    kind: int | None | OtlpKind | Unset = "SPAN_KIND_INTERNAL"
    links: None | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_span_id: None | str | Unset = UNSET
    span_id: None | str | Unset = UNSET
    start_time_unix_nano: int | None | str | Unset = UNSET
    status: None | OtlpStatus | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    trace_state: None | str | Unset = UNSET
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
            attributes: list[dict[str, Any]] | None | Unset
            if isinstance(self.attributes, Unset):
                attributes = UNSET
            elif isinstance(self.attributes, list):
                attributes = []
                for attributes_type_0_item_data in self.attributes:
                    attributes_type_0_item = attributes_type_0_item_data.to_dict()
                    attributes.append(attributes_type_0_item)

            else:
                attributes = self.attributes
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        dropped_attributes_count: int | None | Unset
        if isinstance(self.dropped_attributes_count, Unset):
            dropped_attributes_count = UNSET
        else:
            dropped_attributes_count = self.dropped_attributes_count

        dropped_events_count: int | None | Unset
        if isinstance(self.dropped_events_count, Unset):
            dropped_events_count = UNSET
        else:
            dropped_events_count = self.dropped_events_count

        dropped_links_count: int | None | Unset
        if isinstance(self.dropped_links_count, Unset):
            dropped_links_count = UNSET
        else:
            dropped_links_count = self.dropped_links_count

        end_time_unix_nano: int | None | str | Unset
        if isinstance(self.end_time_unix_nano, Unset):
            end_time_unix_nano = UNSET
        else:
            end_time_unix_nano = self.end_time_unix_nano

        try:
            events: list[dict[str, Any]] | None | Unset
            if isinstance(self.events, Unset):
                events = UNSET
            elif isinstance(self.events, list):
                events = []
                for events_type_0_item_data in self.events:
                    events_type_0_item = events_type_0_item_data.to_dict()
                    events.append(events_type_0_item)

            else:
                events = self.events
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            events = _as_json(self.events)

        flags: int | None | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        try:
            kind: int | None | str | Unset
            if isinstance(self.kind, Unset):
                kind = UNSET
            elif isinstance(self.kind, str):
                kind = self.kind
            else:
                kind = self.kind
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            kind = _as_json(self.kind)

        links = self.links

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        span_id: None | str | Unset
        if isinstance(self.span_id, Unset):
            span_id = UNSET
        else:
            span_id = self.span_id

        start_time_unix_nano: int | None | str | Unset
        if isinstance(self.start_time_unix_nano, Unset):
            start_time_unix_nano = UNSET
        else:
            start_time_unix_nano = self.start_time_unix_nano

        try:
            status: dict[str, Any] | None | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, OtlpStatus):
                status = self.status.to_dict()
            else:
                status = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        trace_state: None | str | Unset
        if isinstance(self.trace_state, Unset):
            trace_state = UNSET
        else:
            trace_state = self.trace_state

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if dropped_attributes_count is not UNSET:
            field_dict["dropped_attributes_count"] = dropped_attributes_count
        if dropped_events_count is not UNSET:
            field_dict["dropped_events_count"] = dropped_events_count
        if dropped_links_count is not UNSET:
            field_dict["dropped_links_count"] = dropped_links_count
        if end_time_unix_nano is not UNSET:
            field_dict["end_time_unix_nano"] = end_time_unix_nano
        if events is not UNSET:
            field_dict["events"] = events
        if flags is not UNSET:
            field_dict["flags"] = flags
        if kind is not UNSET:
            field_dict["kind"] = kind
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if start_time_unix_nano is not UNSET:
            field_dict["start_time_unix_nano"] = start_time_unix_nano
        if status is not UNSET:
            field_dict["status"] = status
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if trace_state is not UNSET:
            field_dict["trace_state"] = trace_state

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
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 2, globals())
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
        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes = (
                    _attributes
                    if _attributes is None or _attributes is UNSET
                    else _parse_attributes(_attributes)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "list[OtlpKeyValue] | None", "union", _drifted
                )

        try:
            dropped_attributes_count: int | None | Unset = d.get("dropped_attributes_count", UNSET)

            if not (
                dropped_attributes_count is None
                or type(dropped_attributes_count) is int
                or dropped_attributes_count is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dropped_attributes_count, _drifted = _keep(
                cls, d, "dropped_attributes_count", "int | None", "type", _drifted
            )

        try:
            dropped_events_count: int | None | Unset = d.get("dropped_events_count", UNSET)

            if not (
                dropped_events_count is None
                or type(dropped_events_count) is int
                or dropped_events_count is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dropped_events_count, _drifted = _keep(
                cls, d, "dropped_events_count", "int | None", "type", _drifted
            )

        try:
            dropped_links_count: int | None | Unset = d.get("dropped_links_count", UNSET)

            if not (
                dropped_links_count is None
                or type(dropped_links_count) is int
                or dropped_links_count is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dropped_links_count, _drifted = _keep(
                cls, d, "dropped_links_count", "int | None", "type", _drifted
            )

        try:
            end_time_unix_nano: int | None | str | Unset = d.get("end_time_unix_nano", UNSET)

            if not (
                end_time_unix_nano is None
                or type(end_time_unix_nano) is int
                or type(end_time_unix_nano) is str
                or end_time_unix_nano is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            end_time_unix_nano, _drifted = _keep(
                cls, d, "end_time_unix_nano", "int | None | str", "type", _drifted
            )

        _events_raw = d.get("events", UNSET)
        if _events_raw is UNSET:
            events = UNSET
        elif not _strict:
            events = _events_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _events = d.get("events", UNSET)
                events = _events if _events is None or _events is UNSET else _parse_events(_events)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                events, _drifted = _keep(
                    cls, d, "events", "list[OtlpEvent] | None", "union", _drifted
                )

        try:
            flags: int | None | Unset = d.get("flags", UNSET)

            if not (flags is None or type(flags) is int or flags is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            flags, _drifted = _keep(cls, d, "flags", "int | None", "type", _drifted)

        try:
            _kind = d.get("kind", UNSET)
            kind = _kind if _kind is None or _kind is UNSET else _parse_kind(_kind)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kind, _drifted = _keep(cls, d, "kind", "int | None | OtlpKind", "union", _drifted)

        try:
            links = d.get("links", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            links, _drifted = _keep(cls, d, "links", "None", "type", _drifted)

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            parent_span_id: None | str | Unset = d.get("parent_span_id", UNSET)

            if not (
                parent_span_id is None or type(parent_span_id) is str or parent_span_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_span_id, _drifted = _keep(
                cls, d, "parent_span_id", "None | str", "type", _drifted
            )

        try:
            span_id: None | str | Unset = d.get("span_id", UNSET)

            if not (span_id is None or type(span_id) is str or span_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id, _drifted = _keep(cls, d, "span_id", "None | str", "type", _drifted)

        try:
            start_time_unix_nano: int | None | str | Unset = d.get("start_time_unix_nano", UNSET)

            if not (
                start_time_unix_nano is None
                or type(start_time_unix_nano) is int
                or type(start_time_unix_nano) is str
                or start_time_unix_nano is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            start_time_unix_nano, _drifted = _keep(
                cls, d, "start_time_unix_nano", "int | None | str", "type", _drifted
            )

        _status_raw = d.get("status", UNSET)
        if _status_raw is UNSET:
            status = UNSET
        elif not _strict:
            status = _status_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _status = d.get("status", UNSET)
                status = _status if _status is None or _status is UNSET else _parse_status(_status)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                status, _drifted = _keep(cls, d, "status", "None | OtlpStatus", "union", _drifted)

        try:
            trace_id: None | str | Unset = d.get("trace_id", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "None | str", "type", _drifted)

        try:
            trace_state: None | str | Unset = d.get("trace_state", UNSET)

            if not (trace_state is None or type(trace_state) is str or trace_state is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_state, _drifted = _keep(cls, d, "trace_state", "None | str", "type", _drifted)

        _otlp_span_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _otlp_span_._attributes_slot = attributes  # type: ignore[attr-defined]
        _otlp_span_.dropped_attributes_count = dropped_attributes_count
        _otlp_span_.dropped_events_count = dropped_events_count
        _otlp_span_.dropped_links_count = dropped_links_count
        _otlp_span_.end_time_unix_nano = end_time_unix_nano
        _otlp_span_._events_slot = events  # type: ignore[attr-defined]
        _otlp_span_.flags = flags
        _otlp_span_.kind = kind
        _otlp_span_.links = links
        _otlp_span_.name = name
        _otlp_span_.parent_span_id = parent_span_id
        _otlp_span_.span_id = span_id
        _otlp_span_.start_time_unix_nano = start_time_unix_nano
        _otlp_span_._status_slot = status  # type: ignore[attr-defined]
        _otlp_span_.trace_id = trace_id
        _otlp_span_.trace_state = trace_state
        _otlp_span_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_span_, _drifted)
        return _otlp_span_


def _parse_attributes(data: object) -> list[OtlpKeyValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attributes_type_0 = [
            OtlpKeyValue.from_dict(attributes_type_0_item_data)
            for attributes_type_0_item_data in data
        ]

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_events(data: object) -> list[OtlpEvent] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        events_type_0 = [
            OtlpEvent.from_dict(events_type_0_item_data) for events_type_0_item_data in data
        ]

        return events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_kind(data: object) -> int | None | OtlpKind | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        kind_type_0 = check_otlp_kind(data)

        return kind_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | OtlpKind | Unset, data)


def _parse_status(data: object) -> None | OtlpStatus | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        status_type_0 = OtlpStatus.from_dict(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_attributes(self: OtlpSpan, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes = (
            _attributes
            if _attributes is None or _attributes is UNSET
            else _parse_attributes(_attributes)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "list[OtlpKeyValue] | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(OtlpSpan, "attributes", 1, _decode_attributes)


def _decode_events(self: OtlpSpan, raw: Any) -> Any:
    """``events`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _events = raw
        events = _events if _events is None or _events is UNSET else _parse_events(_events)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        events, _drifted = _keep(
            type(self), {"events": raw}, "events", "list[OtlpEvent] | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return events


_lazy(OtlpSpan, "events", 2, _decode_events)


def _decode_status(self: OtlpSpan, raw: Any) -> Any:
    """``status`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _status = raw
        status = _status if _status is None or _status is UNSET else _parse_status(_status)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        status, _drifted = _keep(
            type(self), {"status": raw}, "status", "None | OtlpStatus", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return status


_lazy(OtlpSpan, "status", 4, _decode_status)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpEvent, OtlpKeyValue, OtlpStatus
    from ..models.otlp_event import OtlpEvent  # noqa: PLC0415
    from ..models.otlp_key_value import OtlpKeyValue  # noqa: PLC0415
    from ..models.otlp_status import OtlpStatus  # noqa: PLC0415

    _LAZY_PENDING = False
