from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
from ..models.static_param_type import StaticParamType, check_static_param_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticParam")
_new = object.__new__
_FIELDS = frozenset(
    {
        "default_value",
        "name",
        "type",
    }
)


@_attrs_define
class StaticParam:
    """StaticParam

    Attributes:
        default_value (list[str] | str | Unset): Default value. Must be a string when `type` is STRING or REGEX, and a
            string array when `type` is STRING_ARRAY. Mismatches are rejected with 400 by the server.
        name (str | Unset): Parameter name (matches the managed evaluator's argument name)
        type_ (StaticParamType | Unset): Argument type for static evaluator parameters. - STRING - A single string
            value. - STRING_ARRAY - An array of string values. - REGEX - A regular expression string.
    """

    default_value: list[str] | str | Unset = UNSET
    name: str | Unset = UNSET
    type_: StaticParamType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            default_value: list[str] | str | Unset
            if isinstance(self.default_value, Unset):
                default_value = UNSET
            elif isinstance(self.default_value, list):
                default_value = self.default_value

            else:
                default_value = self.default_value
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            default_value = _as_json(self.default_value)

        name = self.name

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if name is not UNSET:
            field_dict["name"] = name
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
            _default_value = d.get("default_value", UNSET)
            default_value = (
                _default_value if _default_value is UNSET else _parse_default_value(_default_value)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            default_value, _drifted = _keep(
                cls, d, "default_value", "list[str] | str", "union", _drifted
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
            _type_ = d.get("type", UNSET)
            type_: StaticParamType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_static_param_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "one of REGEX, STRING, STRING_ARRAY", "enum", _drifted
            )

        _static_param_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _static_param_.default_value = default_value
        _static_param_.name = name
        _static_param_.type_ = type_
        _static_param_.additional_properties = {}

        if _extra:
            _static_param_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_static_param_, _drifted)
        return _static_param_

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


def _parse_default_value(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_static_param_default_value_type_1: list[str] = data

        return componentsschemas_static_param_default_value_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str | Unset, data)
