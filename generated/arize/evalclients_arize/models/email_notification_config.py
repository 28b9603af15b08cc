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
from ..models.email_notification_config_type import (
    EmailNotificationConfigType,
    check_email_notification_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailNotificationConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "email_address",
        "type",
    }
)


@_attrs_define
class EmailNotificationConfig:
    """EmailNotificationConfig

    Attributes:
        email_address (str | Unset): Email address notified on a triggered transition.
        type_ (EmailNotificationConfigType | Unset): Identifies this notification channel as an email address.
    """

    email_address: str | Unset = UNSET
    type_: EmailNotificationConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            email_address = d.get("email_address", UNSET)
            if not (type(email_address) is str or email_address is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            email_address, _drifted = _keep(cls, d, "email_address", "str", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: EmailNotificationConfigType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_email_notification_config_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of EMAIL", "enum", _drifted)

        _email_notification_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _email_notification_config_.email_address = email_address
        _email_notification_config_.type_ = type_
        _email_notification_config_.additional_properties = {}

        if _extra:
            _email_notification_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_email_notification_config_, _drifted)
        return _email_notification_config_

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
