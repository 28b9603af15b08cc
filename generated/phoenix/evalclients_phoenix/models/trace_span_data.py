from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TraceSpanData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "name",
        "parent_id",
        "span_id",
        "span_kind",
        "start_time",
        "status_code",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("end_time", "_end_time_slot", True, 1, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "parent_id",
        "parent_id",
        True,
        0,
        "parent_id: None | str = _j_parent_id\n\nif not (parent_id is None or type(parent_id) is str):\n    raise TypeError",
    ),
    (
        "span_id",
        "span_id",
        True,
        0,
        "span_id = _j_span_id\nif not (type(span_id) is str):\n    raise TypeError",
    ),
    (
        "span_kind",
        "span_kind",
        True,
        0,
        "span_kind = _j_span_kind\nif not (type(span_kind) is str):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 2, ""),
    (
        "status_code",
        "status_code",
        True,
        0,
        "status_code = _j_status_code\nif not (type(status_code) is str):\n    raise TypeError",
    ),
)


@_attrs_define
class TraceSpanData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        name (str):
        parent_id (None | str):
        span_id (str):
        span_kind (str):
        start_time (datetime.datetime):
        status_code (str):
    """

    end_time: datetime.datetime | Unset
    id: str | Unset
    name: str | Unset
    parent_id: None | str | Unset
    span_id: str | Unset
    span_kind: str | Unset
    start_time: datetime.datetime | Unset
    status_code: str | Unset
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
        try:
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        id = self.id

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        span_id = self.span_id

        span_kind = self.span_kind

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "span_id": span_id,
                "span_kind": span_kind,
                "start_time": start_time,
                "status_code": status_code,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            parent_id: None | str = d["parent_id"]

            if not (parent_id is None or type(parent_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_id, _drifted = _keep(cls, d, "parent_id", "None | str", "type", _drifted)

        try:
            span_id = d["span_id"]
            if not (type(span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id, _drifted = _keep(cls, d, "span_id", "str", "type", _drifted)

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
            status_code = d["status_code"]
            if not (type(status_code) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_code, _drifted = _keep(cls, d, "status_code", "str", "type", _drifted)

        _trace_span_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _trace_span_data_._end_time_slot = end_time  # type: ignore[attr-defined]
        _trace_span_data_.id = id
        _trace_span_data_.name = name
        _trace_span_data_.parent_id = parent_id
        _trace_span_data_.span_id = span_id
        _trace_span_data_.span_kind = span_kind
        _trace_span_data_._start_time_slot = start_time  # type: ignore[attr-defined]
        _trace_span_data_.status_code = status_code
        _trace_span_data_.additional_properties = {}
        _trace_span_data_._pending = _pending

        if _extra:
            _trace_span_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_span_data_, _drifted)
        return _trace_span_data_

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


def _decode_end_time(self: TraceSpanData, raw: Any) -> Any:
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


_lazy(TraceSpanData, "end_time", 1, _decode_end_time)


def _decode_start_time(self: TraceSpanData, raw: Any) -> Any:
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


_lazy(TraceSpanData, "start_time", 2, _decode_start_time)
