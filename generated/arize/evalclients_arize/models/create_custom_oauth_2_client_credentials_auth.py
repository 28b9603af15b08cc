from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_custom_oauth_2_client_credentials_auth_auth_type import (
    CreateCustomOauth2ClientCredentialsAuthAuthType,
    check_create_custom_oauth_2_client_credentials_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomOauth2ClientCredentialsAuth")
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

    auth_type: CreateCustomOauth2ClientCredentialsAuthAuthType
    client_id: str
    client_secret: str
    token_url: str
    audience: str | Unset = UNSET
    scopes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str = self.auth_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = check_create_custom_oauth_2_client_credentials_auth_auth_type(d["auth_type"])

        client_id = d["client_id"]

        client_secret = d["client_secret"]

        token_url = d["token_url"]

        audience = d.get("audience", UNSET)

        scopes = d.get("scopes", UNSET)

        create_custom_oauth_2_client_credentials_auth = cls(
            auth_type,
            client_id,
            client_secret,
            token_url,
            audience,
            scopes,
        )

        if not d.keys() <= _FIELDS:
            create_custom_oauth_2_client_credentials_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_custom_oauth_2_client_credentials_auth

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
