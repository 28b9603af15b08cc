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
from ..models.custom_oauth_2_client_credentials_auth_auth_type import (
    CustomOauth2ClientCredentialsAuthAuthType,
    check_custom_oauth_2_client_credentials_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomOauth2ClientCredentialsAuth")
_new = object.__new__
_FIELDS = frozenset(
    {
        "audience",
        "auth_type",
        "client_id",
        "has_client_secret",
        "scopes",
        "token_url",
    }
)


@_attrs_define
class CustomOauth2ClientCredentialsAuth:
    """OAuth 2.0 client-credentials auth (RFC 6749 section 4.4). Arize exchanges the stored credentials at `token_url` for
    a short-lived bearer token and sends it as `Authorization: Bearer` on every request to the endpoint. The client
    secret is write-only and surfaces as `has_client_secret`.

        Attributes:
            audience (None | str | Unset): Audience requested at the token endpoint. Null when not set.
            auth_type (CustomOauth2ClientCredentialsAuthAuthType | Unset): Discriminator identifying OAuth 2.0 client-
                credentials auth.
            client_id (str | Unset): OAuth client ID. Not a secret, so it is returned on read.
            has_client_secret (bool | Unset): Whether a client secret is configured (the secret itself is never returned).
            scopes (None | str | Unset): Space-separated scopes requested at the token endpoint. Null when not set.
            token_url (str | Unset): Token endpoint Arize exchanges the client credentials at.
    """

    audience: None | str | Unset = UNSET
    auth_type: CustomOauth2ClientCredentialsAuthAuthType | Unset = UNSET
    client_id: str | Unset = UNSET
    has_client_secret: bool | Unset = UNSET
    scopes: None | str | Unset = UNSET
    token_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        try:
            auth_type: str | Unset = UNSET
            if not isinstance(self.auth_type, Unset):
                auth_type = self.auth_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        client_id = self.client_id

        has_client_secret = self.has_client_secret

        scopes: None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        else:
            scopes = self.scopes

        token_url = self.token_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if has_client_secret is not UNSET:
            field_dict["has_client_secret"] = has_client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_url is not UNSET:
            field_dict["token_url"] = token_url

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
            audience: None | str | Unset = d.get("audience", UNSET)

            if not (audience is None or type(audience) is str or audience is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            audience, _drifted = _keep(cls, d, "audience", "None | str", "type", _drifted)

        try:
            _auth_type = d.get("auth_type", UNSET)
            auth_type: CustomOauth2ClientCredentialsAuthAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_custom_oauth_2_client_credentials_auth_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of OAUTH2_CLIENT_CREDENTIALS", "enum", _drifted
            )

        try:
            client_id = d.get("client_id", UNSET)
            if not (type(client_id) is str or client_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            client_id, _drifted = _keep(cls, d, "client_id", "str", "type", _drifted)

        try:
            has_client_secret = d.get("has_client_secret", UNSET)
            if not (type(has_client_secret) is bool or has_client_secret is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_client_secret, _drifted = _keep(
                cls, d, "has_client_secret", "bool", "type", _drifted
            )

        try:
            scopes: None | str | Unset = d.get("scopes", UNSET)

            if not (scopes is None or type(scopes) is str or scopes is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            scopes, _drifted = _keep(cls, d, "scopes", "None | str", "type", _drifted)

        try:
            token_url = d.get("token_url", UNSET)
            if not (type(token_url) is str or token_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            token_url, _drifted = _keep(cls, d, "token_url", "str", "type", _drifted)

        _custom_oauth_2_client_credentials_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _custom_oauth_2_client_credentials_auth_.audience = audience
        _custom_oauth_2_client_credentials_auth_.auth_type = auth_type
        _custom_oauth_2_client_credentials_auth_.client_id = client_id
        _custom_oauth_2_client_credentials_auth_.has_client_secret = has_client_secret
        _custom_oauth_2_client_credentials_auth_.scopes = scopes
        _custom_oauth_2_client_credentials_auth_.token_url = token_url
        _custom_oauth_2_client_credentials_auth_.additional_properties = {}

        if _extra:
            _custom_oauth_2_client_credentials_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_custom_oauth_2_client_credentials_auth_, _drifted)
        return _custom_oauth_2_client_credentials_auth_

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
