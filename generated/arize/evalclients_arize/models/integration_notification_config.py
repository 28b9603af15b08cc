from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_notification_config_type import (
    IntegrationNotificationConfigType,
    check_integration_notification_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationNotificationConfig")
_FIELDS = frozenset(
    {
        "integration_id",
        "type",
    }
)


@_attrs_define
class IntegrationNotificationConfig:
    """IntegrationNotificationConfig

    Attributes:
        integration_id (str | Unset): The integration to notify (base64 global ID).
        type_ (IntegrationNotificationConfigType | Unset): Identifies this notification channel as a connected
            integration.
    """

    integration_id: str | Unset = UNSET
    type_: IntegrationNotificationConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        integration_id = d.get("integration_id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: IntegrationNotificationConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_integration_notification_config_type(_type_)

        integration_notification_config = cls(
            integration_id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            integration_notification_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return integration_notification_config

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
