from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            auth_type (str): Discriminator identifying proxy auth.
            base_url (str): Proxy URL requests are forwarded to.
            header_names (list[str]): Names of the custom request headers configured on this integration. Empty when none
                are configured. Header values are write-only and never returned.
    """

    auth_type: str
    base_url: str
    header_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        base_url = self.base_url

        header_names = self.header_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
                "header_names": header_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = d["auth_type"]

        base_url = d["base_url"]

        header_names: list[str] = d["header_names"]

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
