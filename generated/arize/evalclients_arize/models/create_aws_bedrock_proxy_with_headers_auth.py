from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_aws_bedrock_proxy_with_headers_auth_auth_type import (
    CreateAwsBedrockProxyWithHeadersAuthAuthType,
    check_create_aws_bedrock_proxy_with_headers_auth_auth_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,
    )


T = TypeVar("T", bound="CreateAwsBedrockProxyWithHeadersAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "headers",
    }
)


@_attrs_define
class CreateAwsBedrockProxyWithHeadersAuth:
    """Create proxy auth. `base_url` is required. `headers` is write-only; names are returned as `header_names` on read.

    Attributes:
        auth_type (CreateAwsBedrockProxyWithHeadersAuthAuthType): Discriminator identifying proxy auth.
        base_url (str): Proxy URL requests are forwarded to (HTTPS).
        headers (CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset): Custom request headers sent to the proxy, as a
            name-to-value map. Write-only: values are never returned; names are exposed as `header_names` on read. Defaults
            to no headers. The serialized header map must not exceed 8,175 bytes.
    """

    auth_type: CreateAwsBedrockProxyWithHeadersAuthAuthType
    base_url: str
    headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        auth_type: str = self.auth_type

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        auth_type = check_create_aws_bedrock_proxy_with_headers_auth_auth_type(d["auth_type"])

        base_url = d["base_url"]

        _headers = d.get("headers", UNSET)
        headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateAwsBedrockProxyWithHeadersAuthHeaders.from_dict(_headers)

        create_aws_bedrock_proxy_with_headers_auth = cls(
            auth_type,
            base_url,
            headers,
        )

        if not d.keys() <= _FIELDS:
            create_aws_bedrock_proxy_with_headers_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_aws_bedrock_proxy_with_headers_auth

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateAwsBedrockProxyWithHeadersAuthHeaders
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
