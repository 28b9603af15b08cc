from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestWebhookResponse")
_FIELDS = frozenset(
    {
        "error_message",
        "status_code",
    }
)


@_attrs_define
class TestWebhookResponse:
    """The outcome of a test delivery to the webhook's endpoint.

    Attributes:
        error_message (None | str | Unset): Why the test delivery failed. `null` for successful deliveries.
        status_code (int | Unset): HTTP status code returned by the webhook's endpoint. `502` when no response was
            received, for example because the endpoint was unreachable or timed out.
    """

    error_message: None | str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error_message: None | str | Unset = d.get("error_message", UNSET)

        status_code = d.get("status_code", UNSET)

        test_webhook_response = cls(
            error_message,
            status_code,
        )

        if not d.keys() <= _FIELDS:
            test_webhook_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return test_webhook_response

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
