from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateResourceRestrictionRequest")
_FIELDS = frozenset(
    {
        "resource_id",
    }
)


@_attrs_define
class CreateResourceRestrictionRequest:
    """CreateResourceRestrictionRequest

    Attributes:
        resource_id (str): The ID of the resource to restrict
    """

    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        resource_id = d["resource_id"]

        create_resource_restriction_request = cls(
            resource_id,
        )

        if not d.keys() <= _FIELDS:
            create_resource_restriction_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_resource_restriction_request

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
