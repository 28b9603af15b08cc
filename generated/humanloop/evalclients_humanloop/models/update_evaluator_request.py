from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEvaluatorRequest")
_FIELDS = frozenset(
    {
        "name",
        "path",
    }
)


@_attrs_define
class UpdateEvaluatorRequest:
    """
    Attributes:
        name (str | Unset): Name of the Evaluator, which is used as a unique identifier.
        path (str | Unset): Path of the Evaluator including the Evaluator name, which is used as a unique identifier.
    """

    name: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        path = d.get("path", UNSET)

        update_evaluator_request = cls(
            name,
            path,
        )

        if not d.keys() <= _FIELDS:
            update_evaluator_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_evaluator_request

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
