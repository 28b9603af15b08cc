from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_notification_config_type import (
    EmailNotificationConfigType,
    check_email_notification_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailNotificationConfig")
_FIELDS = frozenset(
    {
        "email_address",
        "type",
    }
)


@_attrs_define
class EmailNotificationConfig:
    """EmailNotificationConfig

    Attributes:
        email_address (str | Unset): Email address notified on a triggered transition.
        type_ (EmailNotificationConfigType | Unset): Identifies this notification channel as an email address.
    """

    email_address: str | Unset = UNSET
    type_: EmailNotificationConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email_address = d.get("email_address", UNSET)

        _type_ = d.get("type", UNSET)
        type_: EmailNotificationConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_email_notification_config_type(_type_)

        email_notification_config = cls(
            email_address,
            type_,
        )

        if not d.keys() <= _FIELDS:
            email_notification_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return email_notification_config

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
