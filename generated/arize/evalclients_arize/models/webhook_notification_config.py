from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_notification_config_type import (
    WebhookNotificationConfigType,
    check_webhook_notification_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookNotificationConfig")
_FIELDS = frozenset(
    {
        "id",
        "type",
        "url",
    }
)


@_attrs_define
class WebhookNotificationConfig:
    """WebhookNotificationConfig

    Attributes:
        id (str | Unset): The webhook to notify (base64 global ID).
        type_ (WebhookNotificationConfigType | Unset): Identifies this notification channel as a webhook.
        url (None | str | Unset): The webhook endpoint URL.
    """

    id: str | Unset = UNSET
    type_: WebhookNotificationConfigType | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WebhookNotificationConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_webhook_notification_config_type(_type_)

        url: None | str | Unset = d.get("url", UNSET)

        webhook_notification_config = cls(
            id,
            type_,
            url,
        )

        if not d.keys() <= _FIELDS:
            webhook_notification_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return webhook_notification_config

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
