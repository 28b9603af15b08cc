from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_bedrock_proxy_with_headers_auth_auth_type import (
    AwsBedrockProxyWithHeadersAuthAuthType,
    check_aws_bedrock_proxy_with_headers_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsBedrockProxyWithHeadersAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "header_names",
    }
)


@_attrs_define
class AwsBedrockProxyWithHeadersAuth:
    """Proxy auth for AWS Bedrock: requests are forwarded to a proxy URL with custom headers. Header values are write-only;
    configured names are returned as `header_names`.

        Attributes:
            auth_type (AwsBedrockProxyWithHeadersAuthAuthType | Unset): Discriminator identifying proxy auth.
            base_url (str | Unset): Proxy URL requests are forwarded to.
            header_names (list[str] | Unset): Names of the custom request headers configured on this integration. Empty when
                none are configured. Header values are write-only and never returned.
    """

    auth_type: AwsBedrockProxyWithHeadersAuthAuthType | Unset = UNSET
    base_url: str | Unset = UNSET
    header_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        base_url = self.base_url

        header_names: list[str] | Unset = UNSET
        if not isinstance(self.header_names, Unset):
            header_names = self.header_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if header_names is not UNSET:
            field_dict["header_names"] = header_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth_type = d.get("auth_type", UNSET)
        auth_type: AwsBedrockProxyWithHeadersAuthAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_aws_bedrock_proxy_with_headers_auth_auth_type(_auth_type)

        base_url = d.get("base_url", UNSET)

        header_names: list[str] = d.get("header_names", UNSET)

        aws_bedrock_proxy_with_headers_auth = cls(
            auth_type,
            base_url,
            header_names,
        )

        if not d.keys() <= _FIELDS:
            aws_bedrock_proxy_with_headers_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return aws_bedrock_proxy_with_headers_auth

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
