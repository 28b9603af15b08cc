from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEvaluationRunRequest")
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

    def to_dict(self) -> dict[str, Any]:
        control = self.control

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if control is not UNSET:
            field_dict["control"] = control
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        control = d.get("control", UNSET)

        _status = d.get("status", UNSET)
        status: EvaluationStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_evaluation_status(_status)

        update_evaluation_run_request = cls(
            control,
            status,
        )

        if not d.keys() <= _FIELDS:
            update_evaluation_run_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_evaluation_run_request

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
