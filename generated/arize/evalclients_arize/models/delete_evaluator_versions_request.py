from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteEvaluatorVersionsRequest")
_FIELDS = frozenset(
    {
        "version_ids",
    }
)


@_attrs_define
class DeleteEvaluatorVersionsRequest:
    """Body identifying the versions to delete from the evaluator named by the `evaluator_id` path parameter.

    Attributes:
        version_ids (list[str]): IDs of the evaluator versions to delete (up to 100 per request). IDs that do not belong
            to `evaluator_id` are reported as not deleted. Duplicate IDs are accepted and silently collapsed so each version
            is processed at most once.
    """

    version_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_ids = self.version_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_ids": version_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        version_ids: list[str] = d["version_ids"]

        delete_evaluator_versions_request = cls(
            version_ids,
        )

        if not d.keys() <= _FIELDS:
            delete_evaluator_versions_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_evaluator_versions_request

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
