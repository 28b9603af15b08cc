from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import Unset

T = TypeVar("T", bound="OverallStats")
_new = object.__new__
_FIELDS = frozenset(
    {
        "num_datapoints",
        "total_completed_human_evaluator_logs",
        "total_evaluator_logs",
        "total_human_evaluator_logs",
        "total_logs",
    }
)


@_attrs_define
class OverallStats:
    """
    Attributes:
        num_datapoints (int): The total number of Datapoints in the Evaluation Report's Dataset Version.
        total_completed_human_evaluator_logs (int): Number of human Evaluator Logs that hold a judgment.
        total_evaluator_logs (int): The total number of Evaluator Logs in the Evaluation Report.
        total_human_evaluator_logs (int): Number of human Evaluator Logs in the Evaluation.
        total_logs (int): The total number of Logs in the Evaluation Report.
    """

    num_datapoints: int | Unset
    total_completed_human_evaluator_logs: int | Unset
    total_evaluator_logs: int | Unset
    total_human_evaluator_logs: int | Unset
    total_logs: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        num_datapoints = self.num_datapoints

        total_completed_human_evaluator_logs = self.total_completed_human_evaluator_logs

        total_evaluator_logs = self.total_evaluator_logs

        total_human_evaluator_logs = self.total_human_evaluator_logs

        total_logs = self.total_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_datapoints": num_datapoints,
                "total_completed_human_evaluator_logs": total_completed_human_evaluator_logs,
                "total_evaluator_logs": total_evaluator_logs,
                "total_human_evaluator_logs": total_human_evaluator_logs,
                "total_logs": total_logs,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            num_datapoints = d["num_datapoints"]
            if not (type(num_datapoints) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_datapoints, _drifted = _keep(cls, d, "num_datapoints", "int", "type", _drifted)

        try:
            total_completed_human_evaluator_logs = d["total_completed_human_evaluator_logs"]
            if not (type(total_completed_human_evaluator_logs) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_completed_human_evaluator_logs, _drifted = _keep(
                cls, d, "total_completed_human_evaluator_logs", "int", "type", _drifted
            )

        try:
            total_evaluator_logs = d["total_evaluator_logs"]
            if not (type(total_evaluator_logs) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_evaluator_logs, _drifted = _keep(
                cls, d, "total_evaluator_logs", "int", "type", _drifted
            )

        try:
            total_human_evaluator_logs = d["total_human_evaluator_logs"]
            if not (type(total_human_evaluator_logs) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_human_evaluator_logs, _drifted = _keep(
                cls, d, "total_human_evaluator_logs", "int", "type", _drifted
            )

        try:
            total_logs = d["total_logs"]
            if not (type(total_logs) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_logs, _drifted = _keep(cls, d, "total_logs", "int", "type", _drifted)

        _overall_stats_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _overall_stats_.num_datapoints = num_datapoints
        _overall_stats_.total_completed_human_evaluator_logs = total_completed_human_evaluator_logs
        _overall_stats_.total_evaluator_logs = total_evaluator_logs
        _overall_stats_.total_human_evaluator_logs = total_human_evaluator_logs
        _overall_stats_.total_logs = total_logs
        _overall_stats_.additional_properties = {}

        if _extra:
            _overall_stats_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_overall_stats_, _drifted)
        return _overall_stats_

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
