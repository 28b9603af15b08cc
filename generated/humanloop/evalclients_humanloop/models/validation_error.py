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
from ..types import Unset

T = TypeVar("T", bound="ValidationError")
_new = object.__new__
_FIELDS = frozenset(
    {
        "loc",
        "msg",
        "type",
    }
)


@_attrs_define
class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
    """

    loc: list[int | str] | Unset
    msg: str | Unset
    type_: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            loc = _as_json(self.loc)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

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
            loc = []
            _loc = d["loc"]
            for loc_item_data in _loc:
                loc_item: int | str = loc_item_data

                loc.append(loc_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            loc, _drifted = _keep(cls, d, "loc", "list[int | str]", "type", _drifted)

        try:
            msg = d["msg"]
            if not (type(msg) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            msg, _drifted = _keep(cls, d, "msg", "str", "type", _drifted)

        try:
            type_ = d["type"]
            if not (type(type_) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "str", "type", _drifted)

        _validation_error_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _validation_error_.loc = loc
        _validation_error_.msg = msg
        _validation_error_.type_ = type_
        _validation_error_.additional_properties = {}

        if _extra:
            _validation_error_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_validation_error_, _drifted)
        return _validation_error_

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
