from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value import CategoricalAnnotationValue


T = TypeVar("T", bound="CategoricalAnnotationConfig")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "optimization_direction",
        "type",
        "values",
        "description",
    }
)


@_attrs_define
class CategoricalAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        optimization_direction (OptimizationDirection):
        type_ (Literal['CATEGORICAL']):
        values (list[CategoricalAnnotationValue]):
        description (None | str | Unset):
    """

    id: str
    name: str
    optimization_direction: OptimizationDirection
    type_: Literal["CATEGORICAL"]
    values: list[CategoricalAnnotationValue]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = self.id

        name = self.name

        optimization_direction: str = self.optimization_direction

        type_ = self.type_

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "optimization_direction": optimization_direction,
                "type": type_,
                "values": values,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        id = d["id"]

        name = d["name"]

        optimization_direction = check_optimization_direction(d["optimization_direction"])

        type_ = cast(Literal["CATEGORICAL"], d["type"])
        if type_ != "CATEGORICAL":
            raise ValueError(f"type must match const 'CATEGORICAL', got '{type_}'")

        values = [
            CategoricalAnnotationValue.from_dict(values_item_data)
            for values_item_data in d["values"]
        ]

        description: None | str | Unset = d.get("description", UNSET)

        categorical_annotation_config = cls(
            id,
            name,
            optimization_direction,
            type_,
            values,
            description,
        )

        if not d.keys() <= _FIELDS:
            categorical_annotation_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return categorical_annotation_config

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CategoricalAnnotationValue
    from ..models.categorical_annotation_value import CategoricalAnnotationValue  # noqa: PLC0415

    _LAZY_PENDING = False
