from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluatorAggregate")
_FIELDS = frozenset(
    {
        "created_at",
        "evaluator_id",
        "evaluator_version_id",
        "updated_at",
        "value",
    }
)


@_attrs_define
class EvaluatorAggregate:
    """
    Attributes:
        created_at (datetime.datetime):
        evaluator_id (str): ID of the evaluator.
        evaluator_version_id (str): ID of the evaluator version.
        updated_at (datetime.datetime):
        value (float): The aggregated value of the evaluator.
    """

    created_at: datetime.datetime
    evaluator_id: str
    evaluator_version_id: str
    updated_at: datetime.datetime
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        evaluator_id = self.evaluator_id

        evaluator_version_id = self.evaluator_version_id

        updated_at = self.updated_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "evaluator_id": evaluator_id,
                "evaluator_version_id": evaluator_version_id,
                "updated_at": updated_at,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        evaluator_id = d["evaluator_id"]

        evaluator_version_id = d["evaluator_version_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        value = d["value"]

        evaluator_aggregate = cls(
            created_at,
            evaluator_id,
            evaluator_version_id,
            updated_at,
            value,
        )

        if not d.keys() <= _FIELDS:
            evaluator_aggregate.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_aggregate

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
