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

T = TypeVar("T", bound="TriggerEvaluationTaskRunRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "data_end_time",
        "data_start_time",
        "experiment_ids",
        "max_spans",
        "override_evaluations",
    }
)


@_attrs_define
class TriggerEvaluationTaskRunRequest:
    """Trigger request for `TEMPLATE_EVALUATION` or `CODE_EVALUATION` tasks. `data_start_time` and `data_end_time` together
    must span no more than 30 days. `data_start_time` must be before `data_end_time`.

        Attributes:
            data_end_time (datetime.datetime | Unset): ISO 8601 end of the data window to evaluate. For model-based tasks,
                defaults to now. Not applicable to dataset-based tasks.
            data_start_time (datetime.datetime | Unset): ISO 8601 start of the data window to evaluate. For model-based
                tasks, defaults to the task's last run time. Required on the first run (when no previous run exists). Not
                applicable to dataset-based tasks.
            experiment_ids (list[str] | Unset): Experiment identifiers (base64) to run against. Only for dataset-based
                `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks.
            max_spans (int | Unset): Maximum number of spans to process (default 10000).
            override_evaluations (bool | Unset): Whether to re-evaluate data that already has evaluation labels (default
                `false`).
    """

    data_end_time: datetime.datetime | Unset = UNSET
    data_start_time: datetime.datetime | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    max_spans: int | Unset = UNSET
    override_evaluations: bool | Unset = UNSET
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
            data_end_time: str | Unset = UNSET
            if not isinstance(self.data_end_time, Unset):
                data_end_time = self.data_end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_end_time = _as_json(self.data_end_time)

        try:
            data_start_time: str | Unset = UNSET
            if not isinstance(self.data_start_time, Unset):
                data_start_time = self.data_start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_start_time = _as_json(self.data_start_time)

        try:
            experiment_ids: list[str] | Unset = UNSET
            if not isinstance(self.experiment_ids, Unset):
                experiment_ids = self.experiment_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_ids = _as_json(self.experiment_ids)

        max_spans = self.max_spans

        override_evaluations = self.override_evaluations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_end_time is not UNSET:
            field_dict["data_end_time"] = data_end_time
        if data_start_time is not UNSET:
            field_dict["data_start_time"] = data_start_time
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if max_spans is not UNSET:
            field_dict["max_spans"] = max_spans
        if override_evaluations is not UNSET:
            field_dict["override_evaluations"] = override_evaluations

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
        _data_end_time_raw = d.get("data_end_time", UNSET)
        if _data_end_time_raw is UNSET:
            data_end_time = UNSET
        elif not _strict:
            data_end_time = _data_end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _data_end_time = d.get("data_end_time", UNSET)
                data_end_time: datetime.datetime | Unset
                if _data_end_time is UNSET:
                    data_end_time = UNSET
                else:
                    data_end_time = datetime.datetime.fromisoformat(_data_end_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data_end_time, _drifted = _keep(
                    cls, d, "data_end_time", "datetime.datetime", "type", _drifted
                )

        _data_start_time_raw = d.get("data_start_time", UNSET)
        if _data_start_time_raw is UNSET:
            data_start_time = UNSET
        elif not _strict:
            data_start_time = _data_start_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _data_start_time = d.get("data_start_time", UNSET)
                data_start_time: datetime.datetime | Unset
                if _data_start_time is UNSET:
                    data_start_time = UNSET
                else:
                    data_start_time = datetime.datetime.fromisoformat(_data_start_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data_start_time, _drifted = _keep(
                    cls, d, "data_start_time", "datetime.datetime", "type", _drifted
                )

        try:
            experiment_ids: list[str] = d.get("experiment_ids", UNSET)

            if not (
                (type(experiment_ids) is list and _strs(experiment_ids)) or experiment_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_ids, _drifted = _keep(
                cls, d, "experiment_ids", "list[str]", "type", _drifted
            )

        try:
            max_spans = d.get("max_spans", UNSET)
            if not (type(max_spans) is int or max_spans is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_spans, _drifted = _keep(cls, d, "max_spans", "int", "type", _drifted)

        try:
            override_evaluations = d.get("override_evaluations", UNSET)
            if not (type(override_evaluations) is bool or override_evaluations is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            override_evaluations, _drifted = _keep(
                cls, d, "override_evaluations", "bool", "type", _drifted
            )

        _trigger_evaluation_task_run_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _trigger_evaluation_task_run_request_._data_end_time_slot = data_end_time  # type: ignore[attr-defined]
        _trigger_evaluation_task_run_request_._data_start_time_slot = data_start_time  # type: ignore[attr-defined]
        _trigger_evaluation_task_run_request_.experiment_ids = experiment_ids
        _trigger_evaluation_task_run_request_.max_spans = max_spans
        _trigger_evaluation_task_run_request_.override_evaluations = override_evaluations
        _trigger_evaluation_task_run_request_.additional_properties = {}
        _trigger_evaluation_task_run_request_._pending = _pending

        if _extra:
            _trigger_evaluation_task_run_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trigger_evaluation_task_run_request_, _drifted)
        return _trigger_evaluation_task_run_request_

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


def _decode_data_end_time(self: TriggerEvaluationTaskRunRequest, raw: Any) -> Any:
    """``data_end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _data_end_time = raw
        data_end_time: datetime.datetime | Unset
        if _data_end_time is UNSET:
            data_end_time = UNSET
        else:
            data_end_time = datetime.datetime.fromisoformat(_data_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data_end_time, _drifted = _keep(
            type(self),
            {"data_end_time": raw},
            "data_end_time",
            "datetime.datetime",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data_end_time


_lazy(TriggerEvaluationTaskRunRequest, "data_end_time", 1, _decode_data_end_time)


def _decode_data_start_time(self: TriggerEvaluationTaskRunRequest, raw: Any) -> Any:
    """``data_start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _data_start_time = raw
        data_start_time: datetime.datetime | Unset
        if _data_start_time is UNSET:
            data_start_time = UNSET
        else:
            data_start_time = datetime.datetime.fromisoformat(_data_start_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data_start_time, _drifted = _keep(
            type(self),
            {"data_start_time": raw},
            "data_start_time",
            "datetime.datetime",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data_start_time


_lazy(TriggerEvaluationTaskRunRequest, "data_start_time", 2, _decode_data_start_time)
