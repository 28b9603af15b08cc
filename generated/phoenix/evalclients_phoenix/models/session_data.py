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
    from ..models.session_trace_data import SessionTraceData


T = TypeVar("T", bound="SessionData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "id",
        "project_id",
        "session_id",
        "start_time",
        "traces",
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
    (
        "session_id",
        "session_id",
        True,
        0,
        "session_id = _j_session_id\nif not (type(session_id) is str):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", True, 2, ""),
    ("traces", "_traces_slot", True, 4, ""),
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
class SessionData:
    """
    Attributes:
        end_time (datetime.datetime):
        id (str):
        project_id (str):
        session_id (str):
        start_time (datetime.datetime):
        traces (list[SessionTraceData]):
        token_count_completion (int | Unset): Cumulative completion token count across all spans in the session.
            Default: 0.
        token_count_prompt (int | Unset): Cumulative prompt token count across all spans in the session. Default: 0.
        token_count_total (int | Unset): Cumulative total token count across all spans in the session (prompt +
            completion). Default: 0.
    """

    end_time: datetime.datetime | Unset
    id: str | Unset
    project_id: str | Unset
    session_id: str | Unset
    start_time: datetime.datetime | Unset
    traces: list[SessionTraceData] | Unset
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

        session_id = self.session_id

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        try:
            traces = []
            for traces_item_data in self.traces:
                traces_item = traces_item_data.to_dict()
                traces.append(traces_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            traces = _as_json(self.traces)

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
                "session_id": session_id,
                "start_time": start_time,
                "traces": traces,
            }
        )
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

        try:
            session_id = d["session_id"]
            if not (type(session_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "session_id", "str", "type", _drifted)

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

        _traces_raw = d.get("traces", UNSET)
        if _traces_raw is not UNSET and not _strict:
            traces = _traces_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                traces = [
                    SessionTraceData.from_dict(traces_item_data) for traces_item_data in d["traces"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                traces, _drifted = _keep_each(
                    cls,
                    d,
                    "traces",
                    "list[SessionTraceData]",
                    "type",
                    lambda traces_item_data: SessionTraceData.from_dict(traces_item_data),
                    _drifted,
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

        _session_data_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _session_data_._end_time_slot = end_time  # type: ignore[attr-defined]
        _session_data_.id = id
        _session_data_.project_id = project_id
        _session_data_.session_id = session_id
        _session_data_._start_time_slot = start_time  # type: ignore[attr-defined]
        _session_data_._traces_slot = traces  # type: ignore[attr-defined]
        _session_data_.token_count_completion = token_count_completion
        _session_data_.token_count_prompt = token_count_prompt
        _session_data_.token_count_total = token_count_total
        _session_data_.additional_properties = {}
        _session_data_._pending = _pending

        if _extra:
            _session_data_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_session_data_, _drifted)
        return _session_data_

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


def _decode_end_time(self: SessionData, raw: Any) -> Any:
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


_lazy(SessionData, "end_time", 1, _decode_end_time)


def _decode_start_time(self: SessionData, raw: Any) -> Any:
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


_lazy(SessionData, "start_time", 2, _decode_start_time)


def _decode_traces(self: SessionData, raw: Any) -> Any:
    """``traces`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        traces = [SessionTraceData.from_dict(traces_item_data) for traces_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        traces, _drifted = _keep_each(
            type(self),
            {"traces": raw},
            "traces",
            "list[SessionTraceData]",
            "type",
            lambda traces_item_data: SessionTraceData.from_dict(traces_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return traces


_lazy(SessionData, "traces", 4, _decode_traces)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SessionTraceData
    from ..models.session_trace_data import SessionTraceData  # noqa: PLC0415

    _LAZY_PENDING = False
