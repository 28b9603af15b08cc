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
from ..models.create_custom_oauth_2_client_credentials_auth_auth_type import (
    CreateCustomOauth2ClientCredentialsAuthAuthType,
    check_create_custom_oauth_2_client_credentials_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomOauth2ClientCredentialsAuth")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "client_id",
        "client_secret",
        "token_url",
        "audience",
        "scopes",
    }
)


@_attrs_define
class CreateCustomOauth2ClientCredentialsAuth:
    """Create OAuth 2.0 client-credentials auth (RFC 6749 section 4.4). Arize exchanges these credentials at `token_url`
    for a short-lived bearer token on each request to the endpoint. Mutually exclusive with a static `api_key`:
    supplying this auth block clears any stored API key.

        Attributes:
            auth_type (CreateCustomOauth2ClientCredentialsAuthAuthType): Discriminator identifying OAuth 2.0 client-
                credentials auth.
            client_id (str): OAuth client ID. Not a secret, so it is returned on read. Must not contain a colon, which is
                ambiguous in HTTP Basic authentication.
            client_secret (str): OAuth client secret (write-only, never returned).
            token_url (str): Token endpoint Arize exchanges the client credentials at (HTTPS; validated server-side and must
                resolve to a public address).
            audience (str | Unset): Audience to request at the token endpoint, required by some authorization servers.
                Defaults to not set.
            scopes (str | Unset): Space-separated scopes to request at the token endpoint. Defaults to not set.
    """

    auth_type: CreateCustomOauth2ClientCredentialsAuthAuthType | Unset
    client_id: str | Unset
    client_secret: str | Unset
    token_url: str | Unset
    audience: str | Unset = UNSET
    scopes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            auth_type: str = self.auth_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        client_id = self.client_id

        client_secret = self.client_secret

        token_url = self.token_url

        audience = self.audience

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "token_url": token_url,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

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
            auth_type = check_create_custom_oauth_2_client_credentials_auth_auth_type(
                d["auth_type"]
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of OAUTH2_CLIENT_CREDENTIALS", "enum", _drifted
            )

        try:
            client_id = d["client_id"]
            if not (type(client_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            client_id, _drifted = _keep(cls, d, "client_id", "str", "type", _drifted)

        try:
            client_secret = d["client_secret"]
            if not (type(client_secret) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            client_secret, _drifted = _keep(cls, d, "client_secret", "str", "type", _drifted)

        try:
            token_url = d["token_url"]
            if not (type(token_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            token_url, _drifted = _keep(cls, d, "token_url", "str", "type", _drifted)

        try:
            audience = d.get("audience", UNSET)
            if not (type(audience) is str or audience is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            audience, _drifted = _keep(cls, d, "audience", "str", "type", _drifted)

        try:
            scopes = d.get("scopes", UNSET)
            if not (type(scopes) is str or scopes is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            scopes, _drifted = _keep(cls, d, "scopes", "str", "type", _drifted)

        _create_custom_oauth_2_client_credentials_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_custom_oauth_2_client_credentials_auth_.auth_type = auth_type
        _create_custom_oauth_2_client_credentials_auth_.client_id = client_id
        _create_custom_oauth_2_client_credentials_auth_.client_secret = client_secret
        _create_custom_oauth_2_client_credentials_auth_.token_url = token_url
        _create_custom_oauth_2_client_credentials_auth_.audience = audience
        _create_custom_oauth_2_client_credentials_auth_.scopes = scopes
        _create_custom_oauth_2_client_credentials_auth_.additional_properties = {}

        if _extra:
            _create_custom_oauth_2_client_credentials_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_custom_oauth_2_client_credentials_auth_, _drifted)
        return _create_custom_oauth_2_client_credentials_auth_

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
