from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_auth_type import WebhookAuthType, check_webhook_auth_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")
_FIELDS = frozenset(
    {
        "auth_type",
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "organization_id",
        "signing_secret_hint",
        "timeout_ms",
        "updated_at",
        "url",
    }
)


@_attrs_define
class Webhook:
    """A webhook is an organization-owned destination that receives event deliveries over HTTPS. Create webhook
    subscriptions to choose which prompt and evaluator events it receives.  Credentials are write-only: the bearer token
    and custom header values are never returned, and the HMAC signing secret is returned exactly once, in the create
    response — only its redacted hint is readable afterwards.

        Attributes:
            auth_type (WebhookAuthType | Unset): How deliveries from this webhook are authenticated. - `BEARER`: the stored
                `auth_token` is sent verbatim as the   `Authorization` header of each delivery request. - `HMAC_SHA256`: each
                delivery is signed with the webhook's signing   secret. The `X-Arize-Webhook-Signature` header carries
                `v1=<hex-encoded HMAC-SHA256>` computed over   `<timestamp>.<raw request body>`, where `<timestamp>` is the
                Unix-seconds value from the `X-Arize-Webhook-Timestamp` header and the   raw body is the exact bytes received.
                Deliveries also carry   `X-Arize-Webhook-Id` (event identifier) and `X-Arize-Webhook-Event`   (event type). To
                verify, recompute the HMAC over the received   timestamp and raw body with your stored secret and compare it to
                the   signature.
            created_at (datetime.datetime | Unset): Timestamp for when the webhook was created
            created_by_user_id (str | Unset): The unique identifier of the user who created the webhook. Absent when that
                user has since been removed from the account.
            description (str | Unset): A brief description of the webhook's purpose. Defaults to an empty string.
            id (str | Unset): Unique identifier for the webhook
            name (str | Unset): Name of the webhook (unique within the organization)
            organization_id (str | Unset): The unique identifier of the organization that owns the webhook
            signing_secret_hint (str | Unset): Redacted hint of the signing secret (e.g. `whsec_…abcd`), useful for
                identifying which secret the webhook uses. Present only for `HMAC_SHA256` webhooks. The full secret is returned
                exactly once, in the create response, and cannot be retrieved afterwards.
            timeout_ms (int | Unset): How long a delivery request may run before it is abandoned, in milliseconds. Defaults
                to 30000.
            updated_at (datetime.datetime | Unset): Timestamp for when the webhook was last updated
            url (str | Unset): The HTTPS endpoint events are delivered to
    """

    auth_type: WebhookAuthType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    signing_secret_hint: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        description = self.description

        id = self.id

        name = self.name

        organization_id = self.organization_id

        signing_secret_hint = self.signing_secret_hint

        timeout_ms = self.timeout_ms

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if signing_secret_hint is not UNSET:
            field_dict["signing_secret_hint"] = signing_secret_hint
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth_type = d.get("auth_type", UNSET)
        auth_type: WebhookAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_webhook_auth_type(_auth_type)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_id = d.get("created_by_user_id", UNSET)

        description = d.get("description", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        organization_id = d.get("organization_id", UNSET)

        signing_secret_hint = d.get("signing_secret_hint", UNSET)

        timeout_ms = d.get("timeout_ms", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.get("url", UNSET)

        webhook = cls(
            auth_type,
            created_at,
            created_by_user_id,
            description,
            id,
            name,
            organization_id,
            signing_secret_hint,
            timeout_ms,
            updated_at,
            url,
        )

        if not d.keys() <= _FIELDS:
            webhook.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return webhook

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
