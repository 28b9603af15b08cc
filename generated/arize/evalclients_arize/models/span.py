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
from ..models.span_kind import SpanKind, check_span_kind
from ..models.span_status_code import SpanStatusCode, check_span_status_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation
    from ..models.evaluation import Evaluation
    from ..models.span_attributes import SpanAttributes
    from ..models.span_context import SpanContext
    from ..models.span_event import SpanEvent


T = TypeVar("T", bound="Span")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotations",
        "attributes",
        "context",
        "end_time",
        "evaluations",
        "events",
        "kind",
        "name",
        "parent_id",
        "start_time",
        "status_code",
        "status_message",
        "trace_annotations",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("annotations", "_annotations_slot", False, 1, ""),
    ("attributes", "_attributes_slot", False, 2, ""),
    ("context", "_context_slot", False, 4, ""),
    ("end_time", "_end_time_slot", False, 8, ""),
    ("evaluations", "_evaluations_slot", False, 16, ""),
    ("events", "_events_slot", False, 32, ""),
    (
        "kind",
        "kind",
        False,
        0,
        "_kind = _j_kind\nkind: SpanKind | Unset\nif _kind is UNSET:\n    kind = UNSET\nelse:\n    kind = check_span_kind(_kind)",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "parent_id",
        "parent_id",
        False,
        0,
        "parent_id = _j_parent_id\nif not (type(parent_id) is str or parent_id is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 64, ""),
    (
        "status_code",
        "status_code",
        False,
        0,
        "_status_code = _j_status_code\nstatus_code: SpanStatusCode | Unset\nif _status_code is UNSET:\n    status_code = UNSET\nelse:\n    status_code = check_span_status_code(_status_code)",
    ),
    (
        "status_message",
        "status_message",
        False,
        0,
        "status_message = _j_status_message\nif not (type(status_message) is str or status_message is UNSET):\n    raise TypeError",
    ),
    ("trace_annotations", "_trace_annotations_slot", False, 128, ""),
)


@_attrs_define
class Span:
    """A Span represents a single unit of work within a distributed trace for an LLM application. It captures the
    operation’s input and output, start and end times, and a span kind indicating its role (such as LLM, Tool, Agent,
    Retriever, Chain, or Embedding). Spans are hierarchically related and combine to form a trace, enabling end-to-end
    visibility into request execution, performance bottlenecks, and errors across complex LLM pipelines.

        Attributes:
            annotations (list[Annotation] | Unset): List of span-level human annotations on this span
            attributes (SpanAttributes | Unset): Key-value pairs of span attributes
            context (SpanContext | Unset): SpanContext
            end_time (datetime.datetime | Unset): Timestamp when the span ended
            evaluations (list[Evaluation] | Unset): List of evaluation results on this span
            events (list[SpanEvent] | Unset): List of events that occurred during the span
            kind (SpanKind | Unset): The kind of span (OpenInference span kind).
            name (str | Unset): Name of the span
            parent_id (str | Unset): ID of the parent span
            start_time (datetime.datetime | Unset): Timestamp when the span started
            status_code (SpanStatusCode | Unset): Status code of the span. - OK - The operation completed successfully. -
                ERROR - The operation failed with an error. - UNSET - No status code was set (default, treated as OK).
            status_message (str | Unset): Status message associated with the span
            trace_annotations (list[Annotation] | Unset): List of trace-level human annotations on this span
    """

    annotations: list[Annotation] | Unset = UNSET
    attributes: SpanAttributes | Unset = UNSET
    context: SpanContext | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    evaluations: list[Evaluation] | Unset = UNSET
    events: list[SpanEvent] | Unset = UNSET
    kind: SpanKind | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    status_code: SpanStatusCode | Unset = UNSET
    status_message: str | Unset = UNSET
    trace_annotations: list[Annotation] | Unset = UNSET
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
            annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.annotations, Unset):
                annotations = []
                for annotations_item_data in self.annotations:
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotations = _as_json(self.annotations)

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        try:
            context: dict[str, Any] | Unset = UNSET
            if not isinstance(self.context, Unset):
                context = self.context.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            context = _as_json(self.context)

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        try:
            evaluations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluations, Unset):
                evaluations = []
                for evaluations_item_data in self.evaluations:
                    evaluations_item = evaluations_item_data.to_dict()
                    evaluations.append(evaluations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluations = _as_json(self.evaluations)

        try:
            events: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.events, Unset):
                events = []
                for events_item_data in self.events:
                    events_item = events_item_data.to_dict()
                    events.append(events_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            events = _as_json(self.events)

        try:
            kind: str | Unset = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            kind = _as_json(self.kind)

        name = self.name

        parent_id = self.parent_id

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        try:
            status_code: str | Unset = UNSET
            if not isinstance(self.status_code, Unset):
                status_code = self.status_code

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status_code = _as_json(self.status_code)

        status_message = self.status_message

        try:
            trace_annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.trace_annotations, Unset):
                trace_annotations = []
                for trace_annotations_item_data in self.trace_annotations:
                    trace_annotations_item = trace_annotations_item_data.to_dict()
                    trace_annotations.append(trace_annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_annotations = _as_json(self.trace_annotations)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if context is not UNSET:
            field_dict["context"] = context
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if evaluations is not UNSET:
            field_dict["evaluations"] = evaluations
        if events is not UNSET:
            field_dict["events"] = events
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if trace_annotations is not UNSET:
            field_dict["trace_annotations"] = trace_annotations

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
        _annotations_raw = d.get("annotations", UNSET)
        if _annotations_raw is UNSET:
            annotations = UNSET
        elif not _strict:
            annotations = _annotations_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _annotations = d.get("annotations", UNSET)
                annotations: list[Annotation] | Unset = UNSET
                if _annotations is not UNSET:
                    annotations = [
                        Annotation.from_dict(annotations_item_data)
                        for annotations_item_data in _annotations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "annotations",
                    "list[Annotation]",
                    "type",
                    lambda annotations_item_data: Annotation.from_dict(annotations_item_data),
                    _drifted,
                )

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 2
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

        _context_raw = d.get("context", UNSET)
        if _context_raw is UNSET:
            context = UNSET
        elif not _strict:
            context = _context_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _context = d.get("context", UNSET)
                context: SpanContext | Unset
                if _context is UNSET:
                    context = UNSET
                else:
                    context = SpanContext.from_dict(_context)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                context, _drifted = _keep(cls, d, "context", "SpanContext", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 8
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

        _evaluations_raw = d.get("evaluations", UNSET)
        if _evaluations_raw is UNSET:
            evaluations = UNSET
        elif not _strict:
            evaluations = _evaluations_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _evaluations = d.get("evaluations", UNSET)
                evaluations: list[Evaluation] | Unset = UNSET
                if _evaluations is not UNSET:
                    evaluations = [
                        Evaluation.from_dict(evaluations_item_data)
                        for evaluations_item_data in _evaluations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluations, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluations",
                    "list[Evaluation]",
                    "type",
                    lambda evaluations_item_data: Evaluation.from_dict(evaluations_item_data),
                    _drifted,
                )

        _events_raw = d.get("events", UNSET)
        if _events_raw is UNSET:
            events = UNSET
        elif not _strict:
            events = _events_raw  # decoded on first read
            _pending |= 32
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
            _kind = d.get("kind", UNSET)
            kind: SpanKind | Unset
            if _kind is UNSET:
                kind = UNSET
            else:
                kind = check_span_kind(_kind)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kind, _drifted = _keep(
                cls,
                d,
                "kind",
                "one of AGENT, CHAIN, DECISION, EMBEDDING, EVALUATOR, GUARDRAIL, LLM, PROMPT, RERANKER, RETRIEVER, TOOL, UNKNOWN",
                "enum",
                _drifted,
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            parent_id = d.get("parent_id", UNSET)
            if not (type(parent_id) is str or parent_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_id, _drifted = _keep(cls, d, "parent_id", "str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 64
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
            _status_code = d.get("status_code", UNSET)
            status_code: SpanStatusCode | Unset
            if _status_code is UNSET:
                status_code = UNSET
            else:
                status_code = check_span_status_code(_status_code)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_code, _drifted = _keep(
                cls, d, "status_code", "one of ERROR, OK, UNSET", "enum", _drifted
            )

        try:
            status_message = d.get("status_message", UNSET)
            if not (type(status_message) is str or status_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_message, _drifted = _keep(cls, d, "status_message", "str", "type", _drifted)

        _trace_annotations_raw = d.get("trace_annotations", UNSET)
        if _trace_annotations_raw is UNSET:
            trace_annotations = UNSET
        elif not _strict:
            trace_annotations = _trace_annotations_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _trace_annotations = d.get("trace_annotations", UNSET)
                trace_annotations: list[Annotation] | Unset = UNSET
                if _trace_annotations is not UNSET:
                    trace_annotations = [
                        Annotation.from_dict(trace_annotations_item_data)
                        for trace_annotations_item_data in _trace_annotations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                trace_annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "trace_annotations",
                    "list[Annotation]",
                    "type",
                    lambda trace_annotations_item_data: Annotation.from_dict(
                        trace_annotations_item_data
                    ),
                    _drifted,
                )

        _span_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _span_._annotations_slot = annotations  # type: ignore[attr-defined]
        _span_._attributes_slot = attributes  # type: ignore[attr-defined]
        _span_._context_slot = context  # type: ignore[attr-defined]
        _span_._end_time_slot = end_time  # type: ignore[attr-defined]
        _span_._evaluations_slot = evaluations  # type: ignore[attr-defined]
        _span_._events_slot = events  # type: ignore[attr-defined]
        _span_.kind = kind
        _span_.name = name
        _span_.parent_id = parent_id
        _span_._start_time_slot = start_time  # type: ignore[attr-defined]
        _span_.status_code = status_code
        _span_.status_message = status_message
        _span_._trace_annotations_slot = trace_annotations  # type: ignore[attr-defined]
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


def _decode_annotations(self: Span, raw: Any) -> Any:
    """``annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _annotations = raw
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotations, _drifted = _keep_each(
            type(self),
            {"annotations": raw},
            "annotations",
            "list[Annotation]",
            "type",
            lambda annotations_item_data: Annotation.from_dict(annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotations


_lazy(Span, "annotations", 1, _decode_annotations)


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


_lazy(Span, "attributes", 2, _decode_attributes)


def _decode_context(self: Span, raw: Any) -> Any:
    """``context`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _context = raw
        context: SpanContext | Unset
        if _context is UNSET:
            context = UNSET
        else:
            context = SpanContext.from_dict(_context)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        context, _drifted = _keep(
            type(self), {"context": raw}, "context", "SpanContext", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return context


_lazy(Span, "context", 4, _decode_context)


def _decode_end_time(self: Span, raw: Any) -> Any:
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


_lazy(Span, "end_time", 8, _decode_end_time)


def _decode_evaluations(self: Span, raw: Any) -> Any:
    """``evaluations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluations = raw
        evaluations: list[Evaluation] | Unset = UNSET
        if _evaluations is not UNSET:
            evaluations = [
                Evaluation.from_dict(evaluations_item_data)
                for evaluations_item_data in _evaluations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluations, _drifted = _keep_each(
            type(self),
            {"evaluations": raw},
            "evaluations",
            "list[Evaluation]",
            "type",
            lambda evaluations_item_data: Evaluation.from_dict(evaluations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluations


_lazy(Span, "evaluations", 16, _decode_evaluations)


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


_lazy(Span, "events", 32, _decode_events)


def _decode_start_time(self: Span, raw: Any) -> Any:
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


_lazy(Span, "start_time", 64, _decode_start_time)


def _decode_trace_annotations(self: Span, raw: Any) -> Any:
    """``trace_annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _trace_annotations = raw
        trace_annotations: list[Annotation] | Unset = UNSET
        if _trace_annotations is not UNSET:
            trace_annotations = [
                Annotation.from_dict(trace_annotations_item_data)
                for trace_annotations_item_data in _trace_annotations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        trace_annotations, _drifted = _keep_each(
            type(self),
            {"trace_annotations": raw},
            "trace_annotations",
            "list[Annotation]",
            "type",
            lambda trace_annotations_item_data: Annotation.from_dict(trace_annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return trace_annotations


_lazy(Span, "trace_annotations", 128, _decode_trace_annotations)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Annotation, Evaluation, SpanAttributes, SpanContext, SpanEvent
    from ..models.annotation import Annotation  # noqa: PLC0415
    from ..models.evaluation import Evaluation  # noqa: PLC0415
    from ..models.span_attributes import SpanAttributes  # noqa: PLC0415
    from ..models.span_context import SpanContext  # noqa: PLC0415
    from ..models.span_event import SpanEvent  # noqa: PLC0415

    _LAZY_PENDING = False
