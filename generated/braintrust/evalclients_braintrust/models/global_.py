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
from ..models.function_type_enum_type_1 import (
    FunctionTypeEnumType1,
    check_function_type_enum_type_1,
)
from ..models.global_type import GlobalType, check_global_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Global")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "type",
        "function_type",
    }
)


@_attrs_define
class Global:
    """
    Attributes:
        name (str):
        type_ (GlobalType):
        function_type (FunctionTypeEnumType1 | None | Unset): The type of global function. Defaults to 'scorer'.
    """

    name: str | Unset
    type_: GlobalType | Unset
    function_type: FunctionTypeEnumType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            function_type: None | str | Unset
            if isinstance(self.function_type, Unset):
                function_type = UNSET
            elif isinstance(self.function_type, str):
                function_type = self.function_type
            else:
                function_type = self.function_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            function_type = _as_json(self.function_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if function_type is not UNSET:
            field_dict["function_type"] = function_type

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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            type_ = check_global_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of global", "enum", _drifted)

        try:
            _function_type = d.get("function_type", UNSET)
            function_type = (
                _function_type
                if _function_type is None or _function_type is UNSET
                else _parse_function_type(_function_type)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            function_type, _drifted = _keep(
                cls, d, "function_type", "FunctionTypeEnumType1 | None", "union", _drifted
            )

        _global__ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _global__.name = name
        _global__.type_ = type_
        _global__.function_type = function_type
        _global__.additional_properties = {}

        if _extra:
            _global__.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_global__, _drifted)
        return _global__

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


def _parse_function_type(data: object) -> FunctionTypeEnumType1 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_function_type_enum_type_1 = check_function_type_enum_type_1(data)

        return componentsschemas_function_type_enum_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")
