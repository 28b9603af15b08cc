from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_bedrock_bearer_token_auth_auth_type import (
    AwsBedrockBearerTokenAuthAuthType,
    check_aws_bedrock_bearer_token_auth_auth_type,
)
from ..types import UNSET, Unset

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
        auth_type (AwsBedrockBearerTokenAuthAuthType | Unset): Discriminator identifying bearer-token auth.
        base_url (None | str | Unset): Custom Bedrock endpoint URL. Null when not set.
        has_api_key (bool | Unset): Whether a bearer token is configured (the token itself is never returned). Always
            true for integrations created through this API; may be false for integrations created through the Arize UI
            without a token.
    """

    auth_type: AwsBedrockBearerTokenAuthAuthType | Unset = UNSET
    base_url: None | str | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth_type = d.get("auth_type", UNSET)
        auth_type: AwsBedrockBearerTokenAuthAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_aws_bedrock_bearer_token_auth_auth_type(_auth_type)

        base_url: None | str | Unset = d.get("base_url", UNSET)

        has_api_key = d.get("has_api_key", UNSET)

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
