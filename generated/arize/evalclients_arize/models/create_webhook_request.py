from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_auth_type import WebhookAuthType, check_webhook_auth_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders


T = TypeVar("T", bound="CreateWebhookRequest")
_FIELDS = frozenset(
    {
        "name",
        "organization_id",
        "url",
        "auth_token",
        "auth_type",
        "description",
        "headers",
        "timeout_ms",
    }
)


@_attrs_define
class CreateWebhookRequest:
    """CreateWebhookRequest

    Attributes:
        name (str): Name of the webhook (must be unique within the organization)
        organization_id (str): The unique identifier of the organization to create the webhook in
        url (str): The HTTPS endpoint events are delivered to
        auth_token (str | Unset): The complete `Authorization` header value sent with each delivery request, e.g.
            `Bearer my-token`. Sent verbatim — include the `Bearer ` prefix if your endpoint expects one. Only valid when
            `auth_type` is `BEARER`. Write-only: never returned in any response.
        auth_type (WebhookAuthType | Unset): How deliveries from this webhook are authenticated. - `BEARER`: the stored
            `auth_token` is sent verbatim as the   `Authorization` header of each delivery request. - `HMAC_SHA256`: each
            delivery is signed with the webhook's signing   secret. The `X-Arize-Webhook-Signature` header carries
            `v1=<hex-encoded HMAC-SHA256>` computed over   `<timestamp>.<raw request body>`, where `<timestamp>` is the
            Unix-seconds value from the `X-Arize-Webhook-Timestamp` header and the   raw body is the exact bytes received.
            Deliveries also carry   `X-Arize-Webhook-Id` (event identifier) and `X-Arize-Webhook-Event`   (event type). To
            verify, recompute the HMAC over the received   timestamp and raw body with your stored secret and compare it to
            the   signature.
        description (str | Unset): A brief description of the webhook's purpose. Defaults to an empty string if omitted.
        headers (CreateWebhookRequestHeaders | Unset): Custom HTTP headers sent with each delivery request, as a map of
            at most 20 header names to values. Header names must be valid HTTP header names; connection-management headers
            (e.g. `Host`, `Content-Length`) are rejected. Write-only: never returned in any response.
        timeout_ms (int | Unset): How long a delivery request may run before it is abandoned, in milliseconds. Defaults
            to 30000 if omitted.
    """

    name: str
    organization_id: str
    url: str
    auth_token: str | Unset = UNSET
    auth_type: WebhookAuthType | Unset = UNSET
    description: str | Unset = UNSET
    headers: CreateWebhookRequestHeaders | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        organization_id = self.organization_id

        url = self.url

        auth_token = self.auth_token

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        description = self.description

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
                "url": url,
            }
        )
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        name = d["name"]

        organization_id = d["organization_id"]

        url = d["url"]

        auth_token = d.get("auth_token", UNSET)

        _auth_type = d.get("auth_type", UNSET)
        auth_type: WebhookAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_webhook_auth_type(_auth_type)

        description = d.get("description", UNSET)

        _headers = d.get("headers", UNSET)
        headers: CreateWebhookRequestHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateWebhookRequestHeaders.from_dict(_headers)

        timeout_ms = d.get("timeout_ms", UNSET)

        create_webhook_request = cls(
            name,
            organization_id,
            url,
            auth_token,
            auth_type,
            description,
            headers,
            timeout_ms,
        )

        if not d.keys() <= _FIELDS:
            create_webhook_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_webhook_request

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
    global _LAZY_PENDING, CreateWebhookRequestHeaders
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
