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
    from ..models.trace_span_data import TraceSpanData


T = TypeVar("T", bound="TraceData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "project_id",
        "start_time",
        "trace_id",
        "spans",
        "token_count_completion",
        "token_count_prompt",
        "token_count_total",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("end_time", "_end_time_slot", True, 1, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "project_id",
        "project_id",
        True,
        0,
        "project_id = _j_project_id\nif not (type(project_id) is str):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 2, ""),
    (
        "trace_id",
        "trace_id",
        True,
        0,
        "trace_id = _j_trace_id\nif not (type(trace_id) is str):\n    raise TypeError",
    ),
    ("spans", "_spans_slot", False, 4, ""),
    (
        "token_count_completion",
        "token_count_completion",
        False,
        0,
        "token_count_completion = _j_token_count_completion\nif not (type(token_count_completion) is int or token_count_completion is UNSET):\n    raise TypeError",
    ),
    (
        "token_count_prompt",
        "token_count_prompt",
        False,
        0,
        "token_count_prompt = _j_token_count_prompt\nif not (type(token_count_prompt) is int or token_count_prompt is UNSET):\n    raise TypeError",
    ),
    (
        "token_count_total",
        "token_count_total",
        False,
        0,
        "token_count_total = _j_token_count_total\nif not (type(token_count_total) is int or token_count_total is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class TraceData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        project_id (str):
        start_time (datetime.datetime):
        trace_id (str):
        spans (list[TraceSpanData] | None | Unset):
        token_count_completion (int | Unset): Cumulative completion token count across all spans in the trace. Default:
            0.
        token_count_prompt (int | Unset): Cumulative prompt token count across all spans in the trace. Default: 0.
        token_count_total (int | Unset): Cumulative total token count across all spans in the trace (prompt +
            completion). Default: 0.
    """

    end_time: datetime.datetime | Unset
    id: str | Unset
    project_id: str | Unset
    start_time: datetime.datetime | Unset
    trace_id: str | Unset
    spans: list[TraceSpanData] | None | Unset = UNSET
    token_count_completion: int | Unset = 0
    token_count_prompt: int | Unset = 0
    token_count_total: int | Unset = 0
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
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        id = self.id

        project_id = self.project_id

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        trace_id = self.trace_id

        try:
            spans: list[dict[str, Any]] | None | Unset
            if isinstance(self.spans, Unset):
                spans = UNSET
            elif isinstance(self.spans, list):
                spans = []
                for spans_type_0_item_data in self.spans:
                    spans_type_0_item = spans_type_0_item_data.to_dict()
                    spans.append(spans_type_0_item)

            else:
                spans = self.spans
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spans = _as_json(self.spans)

        token_count_completion = self.token_count_completion

        token_count_prompt = self.token_count_prompt

        token_count_total = self.token_count_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "id": id,
                "project_id": project_id,
                "start_time": start_time,
                "trace_id": trace_id,
            }
        )
        if spans is not UNSET:
            field_dict["spans"] = spans
        if token_count_completion is not UNSET:
            field_dict["token_count_completion"] = token_count_completion
        if token_count_prompt is not UNSET:
            field_dict["token_count_prompt"] = token_count_prompt
        if token_count_total is not UNSET:
            field_dict["token_count_total"] = token_count_total

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
        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            project_id = d["project_id"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 2
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
            trace_id = d["trace_id"]
            if not (type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "str", "type", _drifted)

        _spans_raw = d.get("spans", UNSET)
        if _spans_raw is UNSET:
            spans = UNSET
        elif not _strict:
            spans = _spans_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _spans = d.get("spans", UNSET)
                spans = _spans if _spans is None or _spans is UNSET else _parse_spans(_spans)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spans, _drifted = _keep(
                    cls, d, "spans", "list[TraceSpanData] | None", "union", _drifted
                )

        try:
            token_count_completion = d.get("token_count_completion", UNSET)
            if not (type(token_count_completion) is int or token_count_completion is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            token_count_completion, _drifted = _keep(
                cls, d, "token_count_completion", "int", "type", _drifted
            )

        try:
            token_count_prompt = d.get("token_count_prompt", UNSET)
            if not (type(token_count_prompt) is int or token_count_prompt is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            token_count_prompt, _drifted = _keep(
                cls, d, "token_count_prompt", "int", "type", _drifted
            )

        try:
            token_count_total = d.get("token_count_total", UNSET)
            if not (type(token_count_total) is int or token_count_total is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            token_count_total, _drifted = _keep(
                cls, d, "token_count_total", "int", "type", _drifted
            )

        _trace_data_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _trace_data_._end_time_slot = end_time  # type: ignore[attr-defined]
        _trace_data_.id = id
        _trace_data_.project_id = project_id
        _trace_data_._start_time_slot = start_time  # type: ignore[attr-defined]
        _trace_data_.trace_id = trace_id
        _trace_data_._spans_slot = spans  # type: ignore[attr-defined]
        _trace_data_.token_count_completion = token_count_completion
        _trace_data_.token_count_prompt = token_count_prompt
        _trace_data_.token_count_total = token_count_total
        _trace_data_.additional_properties = {}
        _trace_data_._pending = _pending

        if _extra:
            _trace_data_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_data_, _drifted)
        return _trace_data_

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


def _parse_spans(data: object) -> list[TraceSpanData] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        spans_type_0 = [
            TraceSpanData.from_dict(spans_type_0_item_data) for spans_type_0_item_data in data
        ]

        return spans_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_end_time(self: TraceData, raw: Any) -> Any:
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


_lazy(TraceData, "end_time", 1, _decode_end_time)


def _decode_start_time(self: TraceData, raw: Any) -> Any:
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


_lazy(TraceData, "start_time", 2, _decode_start_time)


def _decode_spans(self: TraceData, raw: Any) -> Any:
    """``spans`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _spans = raw
        spans = _spans if _spans is None or _spans is UNSET else _parse_spans(_spans)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spans, _drifted = _keep(
            type(self), {"spans": raw}, "spans", "list[TraceSpanData] | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spans


_lazy(TraceData, "spans", 4, _decode_spans)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TraceSpanData
    from ..models.trace_span_data import TraceSpanData  # noqa: PLC0415

    _LAZY_PENDING = False
