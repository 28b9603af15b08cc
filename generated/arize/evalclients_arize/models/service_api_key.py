from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..models.api_key_status import ApiKeyStatus, check_api_key_status
from ..models.service_api_key_key_type import ServiceApiKeyKeyType, check_service_api_key_key_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_key_bot_user import ServiceKeyBotUser


T = TypeVar("T", bound="ServiceApiKey")
_new = object.__new__
_FIELDS = frozenset(
    {
        "bot_user",
        "created_at",
        "created_by_user_id",
        "description",
        "expires_at",
        "id",
        "key_type",
        "last_used_at",
        "name",
        "redacted_key",
        "status",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("bot_user", "_bot_user_slot", False, 1, ""),
    ("created_at", "_created_at_slot", False, 2, ""),
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
    ("expires_at", "_expires_at_slot", False, 4, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "key_type",
        "key_type",
        False,
        0,
        "_key_type = _j_key_type\nkey_type: ServiceApiKeyKeyType | Unset\nif _key_type is UNSET:\n    key_type = UNSET\nelse:\n    key_type = check_service_api_key_key_type(_key_type)",
    ),
    ("last_used_at", "_last_used_at_slot", False, 8, ""),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "redacted_key",
        "redacted_key",
        False,
        0,
        "redacted_key = _j_redacted_key\nif not (type(redacted_key) is str or redacted_key is UNSET):\n    raise TypeError",
    ),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: ApiKeyStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_api_key_status(_status)",
    ),
)


@_attrs_define
class ServiceApiKey:
    """ServiceApiKey

    Attributes:
        bot_user (ServiceKeyBotUser | Unset): ServiceKeyBotUser
        created_at (datetime.datetime | Unset): Timestamp when the key was created.
        created_by_user_id (str | Unset): ID of the user who created the key.
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional timestamp when the key will expire.
        id (str | Unset): Unique identifier for the API key.
        key_type (ServiceApiKeyKeyType | Unset): Discriminator value for service keys.
        last_used_at (datetime.datetime | Unset): Approximate timestamp when the key was last used for authentication.
            This value is periodically updated and may not reflect the most recent usage.
        name (str | Unset): User-defined name for the API key.
        redacted_key (str | Unset): Redacted version of the key suitable for display (e.g., "ak-abc...xyz").
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid for use. - REVOKED -
            The key has been revoked and is no longer valid.
    """

    bot_user: ServiceKeyBotUser | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    key_type: ServiceApiKeyKeyType | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    redacted_key: str | Unset = UNSET
    status: ApiKeyStatus | Unset = UNSET
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
        try:
            bot_user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.bot_user, Unset):
                bot_user = self.bot_user.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            bot_user = _as_json(self.bot_user)

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        description = self.description

        try:
            expires_at: str | Unset = UNSET
            if not isinstance(self.expires_at, Unset):
                expires_at = self.expires_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            expires_at = _as_json(self.expires_at)

        id = self.id

        try:
            key_type: str | Unset = UNSET
            if not isinstance(self.key_type, Unset):
                key_type = self.key_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            key_type = _as_json(self.key_type)

        try:
            last_used_at: str | Unset = UNSET
            if not isinstance(self.last_used_at, Unset):
                last_used_at = self.last_used_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            last_used_at = _as_json(self.last_used_at)

        name = self.name

        redacted_key = self.redacted_key

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot_user is not UNSET:
            field_dict["bot_user"] = bot_user
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if name is not UNSET:
            field_dict["name"] = name
        if redacted_key is not UNSET:
            field_dict["redacted_key"] = redacted_key
        if status is not UNSET:
            field_dict["status"] = status

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
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
        _bot_user_raw = d.get("bot_user", UNSET)
        if _bot_user_raw is UNSET:
            bot_user = UNSET
        elif not _strict:
            bot_user = _bot_user_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _bot_user = d.get("bot_user", UNSET)
                bot_user: ServiceKeyBotUser | Unset
                if _bot_user is UNSET:
                    bot_user = UNSET
                else:
                    bot_user = ServiceKeyBotUser.from_dict(_bot_user)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                bot_user, _drifted = _keep(
                    cls, d, "bot_user", "ServiceKeyBotUser", "type", _drifted
                )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 2
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

        _expires_at_raw = d.get("expires_at", UNSET)
        if _expires_at_raw is UNSET:
            expires_at = UNSET
        elif not _strict:
            expires_at = _expires_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _expires_at = d.get("expires_at", UNSET)
                expires_at: datetime.datetime | Unset
                if _expires_at is UNSET:
                    expires_at = UNSET
                else:
                    expires_at = datetime.datetime.fromisoformat(_expires_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                expires_at, _drifted = _keep(
                    cls, d, "expires_at", "datetime.datetime", "type", _drifted
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            _key_type = d.get("key_type", UNSET)
            key_type: ServiceApiKeyKeyType | Unset
            if _key_type is UNSET:
                key_type = UNSET
            else:
                key_type = check_service_api_key_key_type(_key_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            key_type, _drifted = _keep(cls, d, "key_type", "one of SERVICE", "enum", _drifted)

        _last_used_at_raw = d.get("last_used_at", UNSET)
        if _last_used_at_raw is UNSET:
            last_used_at = UNSET
        elif not _strict:
            last_used_at = _last_used_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _last_used_at = d.get("last_used_at", UNSET)
                last_used_at: datetime.datetime | Unset
                if _last_used_at is UNSET:
                    last_used_at = UNSET
                else:
                    last_used_at = datetime.datetime.fromisoformat(_last_used_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                last_used_at, _drifted = _keep(
                    cls, d, "last_used_at", "datetime.datetime", "type", _drifted
                )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            redacted_key = d.get("redacted_key", UNSET)
            if not (type(redacted_key) is str or redacted_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            redacted_key, _drifted = _keep(cls, d, "redacted_key", "str", "type", _drifted)

        try:
            _status = d.get("status", UNSET)
            status: ApiKeyStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_api_key_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(cls, d, "status", "one of ACTIVE, REVOKED", "enum", _drifted)

        _service_api_key_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _service_api_key_._bot_user_slot = bot_user  # type: ignore[attr-defined]
        _service_api_key_._created_at_slot = created_at  # type: ignore[attr-defined]
        _service_api_key_.created_by_user_id = created_by_user_id
        _service_api_key_.description = description
        _service_api_key_._expires_at_slot = expires_at  # type: ignore[attr-defined]
        _service_api_key_.id = id
        _service_api_key_.key_type = key_type
        _service_api_key_._last_used_at_slot = last_used_at  # type: ignore[attr-defined]
        _service_api_key_.name = name
        _service_api_key_.redacted_key = redacted_key
        _service_api_key_.status = status
        _service_api_key_.additional_properties = {}
        _service_api_key_._pending = _pending

        if _extra:
            _service_api_key_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_service_api_key_, _drifted)
        return _service_api_key_

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


def _decode_bot_user(self: ServiceApiKey, raw: Any) -> Any:
    """``bot_user`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _bot_user = raw
        bot_user: ServiceKeyBotUser | Unset
        if _bot_user is UNSET:
            bot_user = UNSET
        else:
            bot_user = ServiceKeyBotUser.from_dict(_bot_user)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        bot_user, _drifted = _keep(
            type(self), {"bot_user": raw}, "bot_user", "ServiceKeyBotUser", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return bot_user


_lazy(ServiceApiKey, "bot_user", 1, _decode_bot_user)


def _decode_created_at(self: ServiceApiKey, raw: Any) -> Any:
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


_lazy(ServiceApiKey, "created_at", 2, _decode_created_at)


def _decode_expires_at(self: ServiceApiKey, raw: Any) -> Any:
    """``expires_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _expires_at = raw
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        expires_at, _drifted = _keep(
            type(self), {"expires_at": raw}, "expires_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return expires_at


_lazy(ServiceApiKey, "expires_at", 4, _decode_expires_at)


def _decode_last_used_at(self: ServiceApiKey, raw: Any) -> Any:
    """``last_used_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _last_used_at = raw
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        last_used_at, _drifted = _keep(
            type(self), {"last_used_at": raw}, "last_used_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return last_used_at


_lazy(ServiceApiKey, "last_used_at", 8, _decode_last_used_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ServiceKeyBotUser
    from ..models.service_key_bot_user import ServiceKeyBotUser  # noqa: PLC0415

    _LAZY_PENDING = False
