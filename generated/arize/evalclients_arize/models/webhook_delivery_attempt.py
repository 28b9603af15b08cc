from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery_attempt_payload import WebhookDeliveryAttemptPayload


T = TypeVar("T", bound="WebhookDeliveryAttempt")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attempt_number",
        "created_at",
        "error_message",
        "event_id",
        "payload",
        "status_code",
    }
)


@_attrs_define
class WebhookDeliveryAttempt:
    """A single attempt to deliver an event to a webhook's endpoint.

    Attributes:
        attempt_number (int | Unset): Which attempt this was for the event, starting at 1. Failed deliveries are
            retried.
        created_at (datetime.datetime | Unset): Timestamp for when the delivery was attempted
        error_message (None | str | Unset): Why the delivery failed. `null` for successful deliveries.
        event_id (str | Unset): Unique identifier of the event that triggered this delivery
        payload (WebhookDeliveryAttemptPayload | Unset): The JSON payload sent to the webhook's endpoint
        status_code (int | None | Unset): HTTP status code returned by the endpoint. `null` when no response was
            received.
    """

    attempt_number: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error_message: None | str | Unset = UNSET
    event_id: str | Unset = UNSET
    payload: WebhookDeliveryAttemptPayload | Unset = UNSET
    status_code: int | None | Unset = UNSET
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
        if _LAZY_PENDING:
            _load_lazy_imports()
        attempt_number = self.attempt_number

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        event_id = self.event_id

        try:
            payload: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payload, Unset):
                payload = self.payload.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            payload = _as_json(self.payload)

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            attempt_number = d.get("attempt_number", UNSET)
            if not (type(attempt_number) is int or attempt_number is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            attempt_number, _drifted = _keep(cls, d, "attempt_number", "int", "type", _drifted)

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
            error_message: None | str | Unset = d.get("error_message", UNSET)

            if not (error_message is None or type(error_message) is str or error_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error_message, _drifted = _keep(cls, d, "error_message", "None | str", "type", _drifted)

        try:
            event_id = d.get("event_id", UNSET)
            if not (type(event_id) is str or event_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            event_id, _drifted = _keep(cls, d, "event_id", "str", "type", _drifted)

        _payload_raw = d.get("payload", UNSET)
        if _payload_raw is UNSET:
            payload = UNSET
        elif not _strict:
            payload = _payload_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _payload = d.get("payload", UNSET)
                payload: WebhookDeliveryAttemptPayload | Unset
                if _payload is UNSET:
                    payload = UNSET
                else:
                    payload = WebhookDeliveryAttemptPayload.from_dict(_payload)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                payload, _drifted = _keep(
                    cls, d, "payload", "WebhookDeliveryAttemptPayload", "type", _drifted
                )

        try:
            status_code: int | None | Unset = d.get("status_code", UNSET)

            if not (status_code is None or type(status_code) is int or status_code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_code, _drifted = _keep(cls, d, "status_code", "int | None", "type", _drifted)

        _webhook_delivery_attempt_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _webhook_delivery_attempt_.attempt_number = attempt_number
        _webhook_delivery_attempt_._created_at_slot = created_at  # type: ignore[attr-defined]
        _webhook_delivery_attempt_.error_message = error_message
        _webhook_delivery_attempt_.event_id = event_id
        _webhook_delivery_attempt_._payload_slot = payload  # type: ignore[attr-defined]
        _webhook_delivery_attempt_.status_code = status_code
        _webhook_delivery_attempt_.additional_properties = {}
        _webhook_delivery_attempt_._pending = _pending

        if _extra:
            _webhook_delivery_attempt_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_webhook_delivery_attempt_, _drifted)
        return _webhook_delivery_attempt_

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


def _decode_created_at(self: WebhookDeliveryAttempt, raw: Any) -> Any:
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


_lazy(WebhookDeliveryAttempt, "created_at", 1, _decode_created_at)


def _decode_payload(self: WebhookDeliveryAttempt, raw: Any) -> Any:
    """``payload`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _payload = raw
        payload: WebhookDeliveryAttemptPayload | Unset
        if _payload is UNSET:
            payload = UNSET
        else:
            payload = WebhookDeliveryAttemptPayload.from_dict(_payload)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        payload, _drifted = _keep(
            type(self),
            {"payload": raw},
            "payload",
            "WebhookDeliveryAttemptPayload",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return payload


_lazy(WebhookDeliveryAttempt, "payload", 2, _decode_payload)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, WebhookDeliveryAttemptPayload
    from ..models.webhook_delivery_attempt_payload import WebhookDeliveryAttemptPayload  # noqa: PLC0415

    _LAZY_PENDING = False
