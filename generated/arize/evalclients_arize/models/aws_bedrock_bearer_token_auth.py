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
from ..models.aws_bedrock_bearer_token_auth_auth_type import (
    AwsBedrockBearerTokenAuthAuthType,
    check_aws_bedrock_bearer_token_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsBedrockBearerTokenAuth")
_new = object.__new__
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
            auth_type: AwsBedrockBearerTokenAuthAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_aws_bedrock_bearer_token_auth_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of BEARER_TOKEN", "enum", _drifted
            )

        try:
            base_url: None | str | Unset = d.get("base_url", UNSET)

            if not (base_url is None or type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "None | str", "type", _drifted)

        try:
            has_api_key = d.get("has_api_key", UNSET)
            if not (type(has_api_key) is bool or has_api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_api_key, _drifted = _keep(cls, d, "has_api_key", "bool", "type", _drifted)

        _aws_bedrock_bearer_token_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _aws_bedrock_bearer_token_auth_.auth_type = auth_type
        _aws_bedrock_bearer_token_auth_.base_url = base_url
        _aws_bedrock_bearer_token_auth_.has_api_key = has_api_key
        _aws_bedrock_bearer_token_auth_.additional_properties = {}

        if _extra:
            _aws_bedrock_bearer_token_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_aws_bedrock_bearer_token_auth_, _drifted)
        return _aws_bedrock_bearer_token_auth_

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
