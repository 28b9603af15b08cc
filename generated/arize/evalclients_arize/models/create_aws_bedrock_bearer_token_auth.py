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
from ..models.create_aws_bedrock_bearer_token_auth_auth_type import (
    CreateAwsBedrockBearerTokenAuthAuthType,
    check_create_aws_bedrock_bearer_token_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAwsBedrockBearerTokenAuth")
_new = object.__new__
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

    api_key: str | Unset
    auth_type: CreateAwsBedrockBearerTokenAuthAuthType | Unset
    base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        try:
            auth_type: str = self.auth_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

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
            api_key = d["api_key"]
            if not (type(api_key) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            api_key, _drifted = _keep(cls, d, "api_key", "str", "type", _drifted)

        try:
            auth_type = check_create_aws_bedrock_bearer_token_auth_auth_type(d["auth_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of BEARER_TOKEN", "enum", _drifted
            )

        try:
            base_url = d.get("base_url", UNSET)
            if not (type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        _create_aws_bedrock_bearer_token_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_aws_bedrock_bearer_token_auth_.api_key = api_key
        _create_aws_bedrock_bearer_token_auth_.auth_type = auth_type
        _create_aws_bedrock_bearer_token_auth_.base_url = base_url
        _create_aws_bedrock_bearer_token_auth_.additional_properties = {}

        if _extra:
            _create_aws_bedrock_bearer_token_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_aws_bedrock_bearer_token_auth_, _drifted)
        return _create_aws_bedrock_bearer_token_auth_

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
