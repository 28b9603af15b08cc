from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.static_param_type import StaticParamType, check_static_param_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticParam")
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

    def to_dict(self) -> dict[str, Any]:
        default_value: list[str] | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        default_value = _parse_default_value(d.get("default_value", UNSET))

        name = d.get("name", UNSET)

        _type_ = d.get("type", UNSET)
        type_: StaticParamType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_static_param_type(_type_)

        static_param = cls(
            default_value,
            name,
            type_,
        )

        if not d.keys() <= _FIELDS:
            static_param.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return static_param

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
