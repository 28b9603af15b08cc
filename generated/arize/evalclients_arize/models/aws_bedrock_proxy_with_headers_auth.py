from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.aws_bedrock_proxy_with_headers_auth_auth_type import (
    AwsBedrockProxyWithHeadersAuthAuthType,
    check_aws_bedrock_proxy_with_headers_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsBedrockProxyWithHeadersAuth")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            auth_type: str | Unset = UNSET
            if not isinstance(self.auth_type, Unset):
                auth_type = self.auth_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        base_url = self.base_url

        try:
            header_names: list[str] | Unset = UNSET
            if not isinstance(self.header_names, Unset):
                header_names = self.header_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            header_names = _as_json(self.header_names)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if header_names is not UNSET:
            field_dict["header_names"] = header_names

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            _auth_type = d.get("auth_type", UNSET)
            auth_type: AwsBedrockProxyWithHeadersAuthAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_aws_bedrock_proxy_with_headers_auth_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of PROXY_WITH_HEADERS", "enum", _drifted
            )

        try:
            base_url = d.get("base_url", UNSET)
            if not (type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        try:
            header_names: list[str] = d.get("header_names", UNSET)

            if not ((type(header_names) is list and _strs(header_names)) or header_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            header_names, _drifted = _keep(cls, d, "header_names", "list[str]", "type", _drifted)

        _aws_bedrock_proxy_with_headers_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _aws_bedrock_proxy_with_headers_auth_.auth_type = auth_type
        _aws_bedrock_proxy_with_headers_auth_.base_url = base_url
        _aws_bedrock_proxy_with_headers_auth_.header_names = header_names
        _aws_bedrock_proxy_with_headers_auth_.additional_properties = {}

        if _extra:
            _aws_bedrock_proxy_with_headers_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_aws_bedrock_proxy_with_headers_auth_, _drifted)
        return _aws_bedrock_proxy_with_headers_auth_

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
