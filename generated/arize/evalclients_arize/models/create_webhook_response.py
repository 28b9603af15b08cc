from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.webhook_auth_type import WebhookAuthType, check_webhook_auth_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "organization_id",
        "signing_secret",
        "signing_secret_hint",
        "timeout_ms",
        "updated_at",
        "url",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "auth_type",
        "auth_type",
        False,
        0,
        "_auth_type = _j_auth_type\nauth_type: WebhookAuthType | Unset\nif _auth_type is UNSET:\n    auth_type = UNSET\nelse:\n    auth_type = check_webhook_auth_type(_auth_type)",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id = _j_created_by_user_id\nif not (type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description = _j_description\nif not (type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "organization_id",
        "organization_id",
        False,
        0,
        "organization_id = _j_organization_id\nif not (type(organization_id) is str or organization_id is UNSET):\n    raise TypeError",
    ),
    (
        "signing_secret",
        "signing_secret",
        False,
        0,
        "signing_secret = _j_signing_secret\nif not (type(signing_secret) is str or signing_secret is UNSET):\n    raise TypeError",
    ),
    (
        "signing_secret_hint",
        "signing_secret_hint",
        False,
        0,
        "signing_secret_hint = _j_signing_secret_hint\nif not (type(signing_secret_hint) is str or signing_secret_hint is UNSET):\n    raise TypeError",
    ),
    (
        "timeout_ms",
        "timeout_ms",
        False,
        0,
        "timeout_ms = _j_timeout_ms\nif not (type(timeout_ms) is int or timeout_ms is UNSET):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", False, 2, ""),
    (
        "url",
        "url",
        False,
        0,
        "url = _j_url\nif not (type(url) is str or url is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateWebhookResponse:
    """The created webhook, plus `signing_secret` for `HMAC_SHA256` webhooks — the only time the secret is ever returned.

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
        signing_secret (str | Unset): The secret used to verify delivery signatures. **Only returned once**, in this
            response, when `auth_type` is `HMAC_SHA256`. Store it securely — it cannot be retrieved again; only a redacted
            hint (`signing_secret_hint`) is readable afterwards. Absent for `BEARER` webhooks.
        signing_secret_hint (str | Unset): Redacted hint of the signing secret (e.g. `whsec_…abcd`), useful for
            identifying which secret the webhook uses. Present only for `HMAC_SHA256` webhooks.
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
    signing_secret: str | Unset = UNSET
    signing_secret_hint: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

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

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        description = self.description

        id = self.id

        name = self.name

        organization_id = self.organization_id

        signing_secret = self.signing_secret

        signing_secret_hint = self.signing_secret_hint

        timeout_ms = self.timeout_ms

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

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
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret
        if signing_secret_hint is not UNSET:
            field_dict["signing_secret_hint"] = signing_secret_hint
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            _auth_type = d.get("auth_type", UNSET)
            auth_type: WebhookAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_webhook_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of BEARER, HMAC_SHA256", "enum", _drifted
            )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            created_by_user_id = d.get("created_by_user_id", UNSET)
            if not (type(created_by_user_id) is str or created_by_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "str", "type", _drifted
            )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            organization_id = d.get("organization_id", UNSET)
            if not (type(organization_id) is str or organization_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            organization_id, _drifted = _keep(cls, d, "organization_id", "str", "type", _drifted)

        try:
            signing_secret = d.get("signing_secret", UNSET)
            if not (type(signing_secret) is str or signing_secret is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            signing_secret, _drifted = _keep(cls, d, "signing_secret", "str", "type", _drifted)

        try:
            signing_secret_hint = d.get("signing_secret_hint", UNSET)
            if not (type(signing_secret_hint) is str or signing_secret_hint is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            signing_secret_hint, _drifted = _keep(
                cls, d, "signing_secret_hint", "str", "type", _drifted
            )

        try:
            timeout_ms = d.get("timeout_ms", UNSET)
            if not (type(timeout_ms) is int or timeout_ms is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            timeout_ms, _drifted = _keep(cls, d, "timeout_ms", "int", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            url = d.get("url", UNSET)
            if not (type(url) is str or url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "str", "type", _drifted)

        _create_webhook_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_webhook_response_.auth_type = auth_type
        _create_webhook_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _create_webhook_response_.created_by_user_id = created_by_user_id
        _create_webhook_response_.description = description
        _create_webhook_response_.id = id
        _create_webhook_response_.name = name
        _create_webhook_response_.organization_id = organization_id
        _create_webhook_response_.signing_secret = signing_secret
        _create_webhook_response_.signing_secret_hint = signing_secret_hint
        _create_webhook_response_.timeout_ms = timeout_ms
        _create_webhook_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _create_webhook_response_.url = url
        _create_webhook_response_.additional_properties = {}
        _create_webhook_response_._pending = _pending

        if _extra:
            _create_webhook_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_webhook_response_, _drifted)
        return _create_webhook_response_

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


def _decode_created_at(self: CreateWebhookResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(CreateWebhookResponse, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: CreateWebhookResponse, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(CreateWebhookResponse, "updated_at", 2, _decode_updated_at)
