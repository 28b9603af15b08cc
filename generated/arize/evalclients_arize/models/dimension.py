from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimension_category import DimensionCategory, check_dimension_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dimension")
_FIELDS = frozenset(
    {
        "category",
        "name",
    }
)


@_attrs_define
class Dimension:
    """Dimension

    Attributes:
        category (DimensionCategory | Unset): The category of dimension the metric is evaluated over.
        name (str | Unset): Name of the monitored field. Omitted when the category has no concrete field name.
    """

    category: DimensionCategory | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _category = d.get("category", UNSET)
        category: DimensionCategory | Unset
        if _category is UNSET:
            category = UNSET
        else:
            category = check_dimension_category(_category)

        name = d.get("name", UNSET)

        dimension = cls(
            category,
            name,
        )

        if not d.keys() <= _FIELDS:
            dimension.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dimension

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
