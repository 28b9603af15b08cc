from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_aws_bedrock_bearer_token_auth_auth_type import (
    CreateAwsBedrockBearerTokenAuthAuthType,
    check_create_aws_bedrock_bearer_token_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAwsBedrockBearerTokenAuth")
_FIELDS = frozenset(
    {
        "api_key",
        "auth_type",
        "base_url",
    }
)


@_attrs_define
class CreateAwsBedrockBearerTokenAuth:
    """Create bearer-token auth. `api_key` is required and write-only (never returned; surfaces as `has_api_key` on read).

    Attributes:
        api_key (str): Bearer token for Bedrock (write-only, never returned).
        auth_type (CreateAwsBedrockBearerTokenAuthAuthType): Discriminator identifying bearer-token auth.
        base_url (str | Unset): Custom Bedrock endpoint URL. Defaults to the provider default endpoint.
    """

    api_key: str
    auth_type: CreateAwsBedrockBearerTokenAuthAuthType
    base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        auth_type: str = self.auth_type

        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "auth_type": auth_type,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_key = d["api_key"]

        auth_type = check_create_aws_bedrock_bearer_token_auth_auth_type(d["auth_type"])

        base_url = d.get("base_url", UNSET)

        create_aws_bedrock_bearer_token_auth = cls(
            api_key,
            auth_type,
            base_url,
        )

        if not d.keys() <= _FIELDS:
            create_aws_bedrock_bearer_token_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_aws_bedrock_bearer_token_auth

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
