from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEvaluationRunRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "control",
        "status",
    }
)


@_attrs_define
class UpdateEvaluationRunRequest:
    """Body of PATCH /evaluations/{id}/runs/{run_id}.

    Attributes:
        control (bool | Unset): Make this Run the Evaluation's control, replacing the current one.
        status (EvaluationStatus | Unset): Status of an evaluation.
    """

    control: bool | Unset = UNSET
    status: EvaluationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        control = self.control

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if control is not UNSET:
            field_dict["control"] = control
        if status is not UNSET:
            field_dict["status"] = status

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
            control = d.get("control", UNSET)
            if not (type(control) is bool or control is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            control, _drifted = _keep(cls, d, "control", "bool", "type", _drifted)

        try:
            _status = d.get("status", UNSET)
            status: EvaluationStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_evaluation_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of cancelled, completed, pending, running", "enum", _drifted
            )

        _update_evaluation_run_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_evaluation_run_request_.control = control
        _update_evaluation_run_request_.status = status
        _update_evaluation_run_request_.additional_properties = {}

        if _extra:
            _update_evaluation_run_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_evaluation_run_request_, _drifted)
        return _update_evaluation_run_request_

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
