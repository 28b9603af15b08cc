from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnonymousUser")
_FIELDS = frozenset(
    {
        "auth_method",
    }
)


@_attrs_define
class AnonymousUser:
    """
    Attributes:
        auth_method (Literal['ANONYMOUS']):
    """

    auth_method: Literal["ANONYMOUS"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_method = cast(Literal["ANONYMOUS"], d["auth_method"])
        if auth_method != "ANONYMOUS":
            raise ValueError(f"auth_method must match const 'ANONYMOUS', got '{auth_method}'")

        anonymous_user = cls(
            auth_method,
        )

        if not d.keys() <= _FIELDS:
            anonymous_user.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return anonymous_user

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
