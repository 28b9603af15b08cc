from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonitoringEvaluatorVersionRequest")
_FIELDS = frozenset(
    {
        "evaluator_version_id",
    }
)


@_attrs_define
class MonitoringEvaluatorVersionRequest:
    """
    Attributes:
        evaluator_version_id (str): Unique identifier for the Evaluator Version to be used for monitoring.
    """

    evaluator_version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluator_version_id = self.evaluator_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_version_id": evaluator_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        evaluator_version_id = d["evaluator_version_id"]

        monitoring_evaluator_version_request = cls(
            evaluator_version_id,
        )

        if not d.keys() <= _FIELDS:
            monitoring_evaluator_version_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return monitoring_evaluator_version_request

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
