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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExperimentRunRequestBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_example_id",
        "end_time",
        "output",
        "repetition_number",
        "start_time",
        "error",
        "trace_id",
    }
)


@_attrs_define
class CreateExperimentRunRequestBody:
    """
    Attributes:
        dataset_example_id (str): The ID of the dataset example used in the experiment run
        end_time (datetime.datetime): The end time of the experiment run
        output (Any): The output of the experiment task
        repetition_number (int): The repetition number of the experiment run
        start_time (datetime.datetime): The start time of the experiment run
        error (None | str | Unset): Optional error message if the experiment run encountered an error
        trace_id (None | str | Unset): The ID of the corresponding trace (if one exists)
    """

    dataset_example_id: str | Unset
    end_time: datetime.datetime | Unset
    output: Any | Unset
    repetition_number: int | Unset
    start_time: datetime.datetime | Unset
    error: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
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
        dataset_example_id = self.dataset_example_id

        try:
            end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        output = self.output

        repetition_number = self.repetition_number

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_example_id": dataset_example_id,
                "end_time": end_time,
                "output": output,
                "repetition_number": repetition_number,
                "start_time": start_time,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

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
            dataset_example_id = d["dataset_example_id"]
            if not (type(dataset_example_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_example_id, _drifted = _keep(
                cls, d, "dataset_example_id", "str", "type", _drifted
            )

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
            output = d["output"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            repetition_number = d["repetition_number"]
            if not (type(repetition_number) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            repetition_number, _drifted = _keep(
                cls, d, "repetition_number", "int", "type", _drifted
            )

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
            error: None | str | Unset = d.get("error", UNSET)

            if not (error is None or type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "None | str", "type", _drifted)

        try:
            trace_id: None | str | Unset = d.get("trace_id", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "None | str", "type", _drifted)

        _create_experiment_run_request_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_experiment_run_request_body_.dataset_example_id = dataset_example_id
        _create_experiment_run_request_body_._end_time_slot = end_time  # type: ignore[attr-defined]
        _create_experiment_run_request_body_.output = output
        _create_experiment_run_request_body_.repetition_number = repetition_number
        _create_experiment_run_request_body_._start_time_slot = start_time  # type: ignore[attr-defined]
        _create_experiment_run_request_body_.error = error
        _create_experiment_run_request_body_.trace_id = trace_id
        _create_experiment_run_request_body_.additional_properties = {}
        _create_experiment_run_request_body_._pending = _pending

        if _extra:
            _create_experiment_run_request_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_experiment_run_request_body_, _drifted)
        return _create_experiment_run_request_body_

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


def _decode_end_time(self: CreateExperimentRunRequestBody, raw: Any) -> Any:
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


_lazy(CreateExperimentRunRequestBody, "end_time", 1, _decode_end_time)


def _decode_start_time(self: CreateExperimentRunRequestBody, raw: Any) -> Any:
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


_lazy(CreateExperimentRunRequestBody, "start_time", 2, _decode_start_time)
