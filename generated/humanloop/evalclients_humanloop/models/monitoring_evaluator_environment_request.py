from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonitoringEvaluatorEnvironmentRequest")
_FIELDS = frozenset(
    {
        "environment_id",
        "evaluator_id",
    }
)


@_attrs_define
class MonitoringEvaluatorEnvironmentRequest:
    """
    Attributes:
        environment_id (str): Unique identifier for the Environment. The Evaluator Version deployed to this Environment
            will be used for monitoring.
        evaluator_id (str): Unique identifier for the Evaluator to be used for monitoring.
    """

    environment_id: str
    evaluator_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        evaluator_id = self.evaluator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_id": environment_id,
                "evaluator_id": evaluator_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        environment_id = d["environment_id"]

        evaluator_id = d["evaluator_id"]

        monitoring_evaluator_environment_request = cls(
            environment_id,
            evaluator_id,
        )

        if not d.keys() <= _FIELDS:
            monitoring_evaluator_environment_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return monitoring_evaluator_environment_request

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
