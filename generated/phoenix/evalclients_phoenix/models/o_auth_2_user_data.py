from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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
from ..models.o_auth_2_user_data_role import OAuth2UserDataRole, check_o_auth_2_user_data_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2UserData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_method",
        "email",
        "role",
        "username",
        "oauth2_client_id",
        "oauth2_user_id",
    }
)


@_attrs_define
class OAuth2UserData:
    """
    Attributes:
        auth_method (Literal['OAUTH2']):
        email (str):
        role (OAuth2UserDataRole):
        username (str):
        oauth2_client_id (str | Unset):
        oauth2_user_id (str | Unset):
    """

    auth_method: Literal["OAUTH2"] | Unset
    email: str | Unset
    role: OAuth2UserDataRole | Unset
    username: str | Unset
    oauth2_client_id: str | Unset = UNSET
    oauth2_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            auth_method = self.auth_method
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_method = _as_json(self.auth_method)

        email = self.email

        try:
            role: str = self.role
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        username = self.username

        oauth2_client_id = self.oauth2_client_id

        oauth2_user_id = self.oauth2_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
                "email": email,
                "role": role,
                "username": username,
            }
        )
        if oauth2_client_id is not UNSET:
            field_dict["oauth2_client_id"] = oauth2_client_id
        if oauth2_user_id is not UNSET:
            field_dict["oauth2_user_id"] = oauth2_user_id

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
            auth_method = cast(Literal["OAUTH2"], d["auth_method"])
            if auth_method != "OAUTH2":
                raise ValueError(f"auth_method must match const 'OAUTH2', got '{auth_method}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_method, _drifted = _keep(
                cls, d, "auth_method", "Literal[\u0027OAUTH2\u0027]", "type", _drifted
            )

        try:
            email = d["email"]
            if not (type(email) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            email, _drifted = _keep(cls, d, "email", "str", "type", _drifted)

        try:
            role = check_o_auth_2_user_data_role(d["role"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role, _drifted = _keep(
                cls, d, "role", "one of ADMIN, MEMBER, SYSTEM, VIEWER", "enum", _drifted
            )

        try:
            username = d["username"]
            if not (type(username) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            username, _drifted = _keep(cls, d, "username", "str", "type", _drifted)

        try:
            oauth2_client_id = d.get("oauth2_client_id", UNSET)
            if not (type(oauth2_client_id) is str or oauth2_client_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            oauth2_client_id, _drifted = _keep(cls, d, "oauth2_client_id", "str", "type", _drifted)

        try:
            oauth2_user_id = d.get("oauth2_user_id", UNSET)
            if not (type(oauth2_user_id) is str or oauth2_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            oauth2_user_id, _drifted = _keep(cls, d, "oauth2_user_id", "str", "type", _drifted)

        _o_auth_2_user_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _o_auth_2_user_data_.auth_method = auth_method
        _o_auth_2_user_data_.email = email
        _o_auth_2_user_data_.role = role
        _o_auth_2_user_data_.username = username
        _o_auth_2_user_data_.oauth2_client_id = oauth2_client_id
        _o_auth_2_user_data_.oauth2_user_id = oauth2_user_id
        _o_auth_2_user_data_.additional_properties = {}

        if _extra:
            _o_auth_2_user_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_o_auth_2_user_data_, _drifted)
        return _o_auth_2_user_data_

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
