from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_type import FunctionType, check_function_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Function")
_FIELDS = frozenset(
    {
        "id",
        "type",
        "version",
    }
)


@_attrs_define
class Function:
    """
    Attributes:
        id (str):
        type_ (FunctionType):
        version (str | Unset): The version of the function
    """

    id: str
    type_: FunctionType
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = check_function_type(d["type"])

        version = d.get("version", UNSET)

        function = cls(
            id,
            type_,
            version,
        )

        if not d.keys() <= _FIELDS:
            function.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return function

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
