from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserResponse")
_FIELDS = frozenset(
    {
        "email_address",
        "id",
        "full_name",
    }
)


@_attrs_define
class UserResponse:
    """
    Attributes:
        email_address (str): The User's email address.
        id (str): Unique identifier for User. Starts with `usr`.
        full_name (str | Unset): The User's full name.
    """

    email_address: str
    id: str
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        id = self.id

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address": email_address,
                "id": id,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email_address = d["email_address"]

        id = d["id"]

        full_name = d.get("full_name", UNSET)

        user_response = cls(
            email_address,
            id,
            full_name,
        )

        if not d.keys() <= _FIELDS:
            user_response.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return user_response

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
