from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="OtlpStatus")
_new = object.__new__
_FIELDS = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class OtlpStatus:
    """
    Attributes:
        code (int | None | Unset): The status code.
        message (None | str | Unset): A developer-facing human readable error message.
    """

    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

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
            code: int | None | Unset = d.get("code", UNSET)

            if not (code is None or type(code) is int or code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            code, _drifted = _keep(cls, d, "code", "int | None", "type", _drifted)

        try:
            message: None | str | Unset = d.get("message", UNSET)

            if not (message is None or type(message) is str or message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            message, _drifted = _keep(cls, d, "message", "None | str", "type", _drifted)

        _otlp_status_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _otlp_status_.code = code
        _otlp_status_.message = message

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_status_, _drifted)
        return _otlp_status_
