from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")
_FIELDS = frozenset(
    {
        "is_developer",
        "name",
    }
)


@_attrs_define
class UpdateUserRequest:
    """UpdateUserRequest

    Attributes:
        is_developer (bool | Unset): Set to `true` to grant developer permissions, or `false` to revoke them. When
            omitted, the current value is preserved.
        name (str | Unset): Updated display name for the user
    """

    is_developer: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_developer = self.is_developer

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_developer is not UNSET:
            field_dict["is_developer"] = is_developer
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        is_developer = d.get("is_developer", UNSET)

        name = d.get("name", UNSET)

        update_user_request = cls(
            is_developer,
            name,
        )

        if not d.keys() <= _FIELDS:
            update_user_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_user_request

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
