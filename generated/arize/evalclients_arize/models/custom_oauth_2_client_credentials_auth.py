from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_oauth_2_client_credentials_auth_auth_type import (
    CustomOauth2ClientCredentialsAuthAuthType,
    check_custom_oauth_2_client_credentials_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomOauth2ClientCredentialsAuth")
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

    def to_dict(self) -> dict[str, Any]:
        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        audience: None | str | Unset = d.get("audience", UNSET)

        _auth_type = d.get("auth_type", UNSET)
        auth_type: CustomOauth2ClientCredentialsAuthAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_custom_oauth_2_client_credentials_auth_auth_type(_auth_type)

        client_id = d.get("client_id", UNSET)

        has_client_secret = d.get("has_client_secret", UNSET)

        scopes: None | str | Unset = d.get("scopes", UNSET)

        token_url = d.get("token_url", UNSET)

        custom_oauth_2_client_credentials_auth = cls(
            audience,
            auth_type,
            client_id,
            has_client_secret,
            scopes,
            token_url,
        )

        if not d.keys() <= _FIELDS:
            custom_oauth_2_client_credentials_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return custom_oauth_2_client_credentials_auth

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
