from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.annotation_queue_trace_record_input_record_type import (
    AnnotationQueueTraceRecordInputRecordType,
    check_annotation_queue_trace_record_input_record_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationQueueTraceRecordInput")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "project_id",
        "record_type",
        "start_time",
        "trace_ids",
    }
)


@_attrs_define
class AnnotationQueueTraceRecordInput:
    """AnnotationQueueTraceRecordInput

    Attributes:
        end_time (datetime.datetime): End of the time range. Must be after start_time.
        project_id (str): The project ID these traces belong to.
        record_type (AnnotationQueueTraceRecordInputRecordType): Discriminator identifying this record as a trace
            record.
        start_time (datetime.datetime): Start of the time range used to resolve each trace's root span. The range
            (end_time - start_time) must not exceed 7 days.
        trace_ids (list[str]): List of trace IDs to add to the queue.
    """

    end_time: datetime.datetime | Unset
    project_id: str | Unset
    record_type: AnnotationQueueTraceRecordInputRecordType | Unset
    start_time: datetime.datetime | Unset
    trace_ids: list[str] | Unset
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

        project_id = self.project_id

        try:
            record_type: str = self.record_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            record_type = _as_json(self.record_type)

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        try:
            trace_ids = self.trace_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_ids = _as_json(self.trace_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "project_id": project_id,
                "record_type": record_type,
                "start_time": start_time,
                "trace_ids": trace_ids,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
            project_id = d["project_id"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            record_type = check_annotation_queue_trace_record_input_record_type(d["record_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            record_type, _drifted = _keep(cls, d, "record_type", "one of TRACE", "enum", _drifted)

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
            trace_ids: list[str] = d["trace_ids"]

            if not (type(trace_ids) is list and _strs(trace_ids)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_ids, _drifted = _keep(cls, d, "trace_ids", "list[str]", "type", _drifted)

        _annotation_queue_trace_record_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotation_queue_trace_record_input_._end_time_slot = end_time  # type: ignore[attr-defined]
        _annotation_queue_trace_record_input_.project_id = project_id
        _annotation_queue_trace_record_input_.record_type = record_type
        _annotation_queue_trace_record_input_._start_time_slot = start_time  # type: ignore[attr-defined]
        _annotation_queue_trace_record_input_.trace_ids = trace_ids
        _annotation_queue_trace_record_input_.additional_properties = {}
        _annotation_queue_trace_record_input_._pending = _pending

        if _extra:
            _annotation_queue_trace_record_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_queue_trace_record_input_, _drifted)
        return _annotation_queue_trace_record_input_

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


def _decode_end_time(self: AnnotationQueueTraceRecordInput, raw: Any) -> Any:
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


_lazy(AnnotationQueueTraceRecordInput, "end_time", 1, _decode_end_time)


def _decode_start_time(self: AnnotationQueueTraceRecordInput, raw: Any) -> Any:
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


_lazy(AnnotationQueueTraceRecordInput, "start_time", 2, _decode_start_time)
