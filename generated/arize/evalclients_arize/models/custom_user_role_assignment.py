from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomUserRoleAssignment")
_FIELDS = frozenset(
    {
        "id",
        "type",
        "name",
    }
)


@_attrs_define
class CustomUserRoleAssignment:
    """A custom RBAC role assignment.

    Attributes:
        id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
        type_ (str): Discriminator identifying this as a custom role assignment. Must be `CUSTOM`.
        name (str | Unset): Human-readable name of the custom role.
            Returned in responses only; ignored on input.
    """

    id: str
    type_: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = d["type"]

        name = d.get("name", UNSET)

        custom_user_role_assignment = cls(
            id,
            type_,
            name,
        )

        if not d.keys() <= _FIELDS:
            custom_user_role_assignment.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return custom_user_role_assignment

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
