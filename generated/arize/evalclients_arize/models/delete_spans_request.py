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
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSpansRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "project_id",
        "span_ids",
        "end_time",
        "start_time",
    }
)


@_attrs_define
class DeleteSpansRequest:
    """DeleteSpansRequest

    Attributes:
        project_id (str): The project ID containing the spans to delete
        span_ids (list[str]): List of span IDs to delete (maximum 5000)
        end_time (datetime.datetime | Unset): Scope the delete to spans starting before this timestamp (exclusive). ISO
            8601 format (e.g., `2024-01-02T00:00:00Z`). Each bound is independent: omitting `start_time` defaults to two
            years ago; omitting `end_time` defaults to now. You may provide either or both.
        start_time (datetime.datetime | Unset): Scope the delete to spans starting at or after this timestamp
            (inclusive). ISO 8601 format (e.g., `2024-01-01T00:00:00Z`). Each bound is independent: omitting `start_time`
            defaults to two years ago; omitting `end_time` defaults to now. You may provide either or both.
    """

    project_id: str | Unset
    span_ids: list[str] | Unset
    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
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
        project_id = self.project_id

        try:
            span_ids = self.span_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            span_ids = _as_json(self.span_ids)

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
                "project_id": project_id,
                "span_ids": span_ids,
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
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            project_id = d["project_id"]
            if not (type(project_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            span_ids: list[str] = d["span_ids"]

            if not (type(span_ids) is list and _strs(span_ids)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_ids, _drifted = _keep(cls, d, "span_ids", "list[str]", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
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

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 2
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

        _delete_spans_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _delete_spans_request_.project_id = project_id
        _delete_spans_request_.span_ids = span_ids
        _delete_spans_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _delete_spans_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _delete_spans_request_.additional_properties = {}
        _delete_spans_request_._pending = _pending

        if _extra:
            _delete_spans_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_delete_spans_request_, _drifted)
        return _delete_spans_request_

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


def _decode_end_time(self: DeleteSpansRequest, raw: Any) -> Any:
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


_lazy(DeleteSpansRequest, "end_time", 1, _decode_end_time)


def _decode_start_time(self: DeleteSpansRequest, raw: Any) -> Any:
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


_lazy(DeleteSpansRequest, "start_time", 2, _decode_start_time)
