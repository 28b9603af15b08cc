from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AwsBedrockBearerTokenAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "has_api_key",
    }
)


@_attrs_define
class AwsBedrockBearerTokenAuth:
    """Bearer-token auth for AWS Bedrock. The token surfaces as `has_api_key` on read; the token itself is never returned.

    Attributes:
        auth_type (str): Discriminator identifying bearer-token auth.
        base_url (None | str): Custom Bedrock endpoint URL. Null when not set.
        has_api_key (bool): Whether a bearer token is configured (the token itself is never returned). Always true for
            integrations created through this API; may be false for integrations created through the Arize UI without a
            token.
    """

    auth_type: str
    base_url: None | str
    has_api_key: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        base_url: None | str
        base_url = self.base_url

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
                "has_api_key": has_api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = d["auth_type"]

        base_url: None | str = d["base_url"]

        has_api_key = d["has_api_key"]

        aws_bedrock_bearer_token_auth = cls(
            auth_type,
            base_url,
            has_api_key,
        )

        if not d.keys() <= _FIELDS:
            aws_bedrock_bearer_token_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return aws_bedrock_bearer_token_auth

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
