from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_type_enum_type_1 import (
    FunctionTypeEnumType1,
    check_function_type_enum_type_1,
)
from ..models.global_type import GlobalType, check_global_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Global")
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

    name: str
    type_: GlobalType
    function_type: FunctionTypeEnumType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        function_type: None | str | Unset
        if isinstance(self.function_type, Unset):
            function_type = UNSET
        elif isinstance(self.function_type, str):
            function_type = self.function_type
        else:
            function_type = self.function_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        type_ = check_global_type(d["type"])

        function_type = _parse_function_type(d.get("function_type", UNSET))

        global_ = cls(
            name,
            type_,
            function_type,
        )

        if not d.keys() <= _FIELDS:
            global_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return global_

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
    return cast(FunctionTypeEnumType1 | None | Unset, data)
