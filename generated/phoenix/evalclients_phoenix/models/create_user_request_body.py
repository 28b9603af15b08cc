from __future__ import annotations

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
    from ..models.ldap_user_data import LDAPUserData
    from ..models.local_user_data import LocalUserData
    from ..models.o_auth_2_user_data import OAuth2UserData


T = TypeVar("T", bound="CreateUserRequestBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "user",
        "send_welcome_email",
    }
)


@_attrs_define
class CreateUserRequestBody:
    """
    Attributes:
        user (LDAPUserData | LocalUserData | OAuth2UserData):
        send_welcome_email (bool | Unset):  Default: True.
    """

    user: LDAPUserData | LocalUserData | OAuth2UserData | Unset
    send_welcome_email: bool | Unset = True
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
            user: dict[str, Any]
            if isinstance(self.user, LocalUserData):
                user = self.user.to_dict()
            elif isinstance(self.user, OAuth2UserData):
                user = self.user.to_dict()
            else:
                user = self.user.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            user = _as_json(self.user)

        send_welcome_email = self.send_welcome_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if send_welcome_email is not UNSET:
            field_dict["send_welcome_email"] = send_welcome_email

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
        _user_raw = d.get("user", UNSET)
        if _user_raw is not UNSET and not _strict:
            user = _user_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                user = _parse_user(d["user"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                user, _drifted = _keep(
                    cls,
                    d,
                    "user",
                    "LDAPUserData | LocalUserData | OAuth2UserData",
                    "union",
                    _drifted,
                )

        try:
            send_welcome_email = d.get("send_welcome_email", UNSET)
            if not (type(send_welcome_email) is bool or send_welcome_email is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            send_welcome_email, _drifted = _keep(
                cls, d, "send_welcome_email", "bool", "type", _drifted
            )

        _create_user_request_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_user_request_body_._user_slot = user  # type: ignore[attr-defined]
        _create_user_request_body_.send_welcome_email = send_welcome_email
        _create_user_request_body_.additional_properties = {}
        _create_user_request_body_._pending = _pending

        if _extra:
            _create_user_request_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_user_request_body_, _drifted)
        return _create_user_request_body_

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


def _parse_user(data: object) -> LDAPUserData | LocalUserData | OAuth2UserData:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_type_0 = LocalUserData.from_dict(data, _strict=True)

        return user_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_type_1 = OAuth2UserData.from_dict(data, _strict=True)

        return user_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    user_type_2 = LDAPUserData.from_dict(data, _strict=True)

    return user_type_2


def _decode_user(self: CreateUserRequestBody, raw: Any) -> Any:
    """``user`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        user = _parse_user(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        user, _drifted = _keep(
            type(self),
            {"user": raw},
            "user",
            "LDAPUserData | LocalUserData | OAuth2UserData",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return user


_lazy(CreateUserRequestBody, "user", 1, _decode_user)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, LDAPUserData, LocalUserData, OAuth2UserData
    from ..models.ldap_user_data import LDAPUserData  # noqa: PLC0415
    from ..models.local_user_data import LocalUserData  # noqa: PLC0415
    from ..models.o_auth_2_user_data import OAuth2UserData  # noqa: PLC0415

    _LAZY_PENDING = False
