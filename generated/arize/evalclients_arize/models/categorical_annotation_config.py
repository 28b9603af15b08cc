from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.categorical_annotation_config_type import (
    CategoricalAnnotationConfigType,
    check_categorical_annotation_config_type,
)
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value import CategoricalAnnotationValue


T = TypeVar("T", bound="CategoricalAnnotationConfig")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "optimization_direction",
        "space_id",
        "type",
        "values",
    }
)


@_attrs_define
class CategoricalAnnotationConfig:
    """CategoricalAnnotationConfig

    Attributes:
        created_at (datetime.datetime | Unset): The timestamp for when the annotation config was created
        id (str | Unset): The unique identifier for the annotation config
        name (str | Unset): The name of the annotation config
        optimization_direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when
            omitted. - MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores
            are neither better nor worse
        space_id (str | Unset): The space id the annotation config belongs to
        type_ (CategoricalAnnotationConfigType | Unset): Discriminator value identifying a categorical annotation
            config.
        values (list[CategoricalAnnotationValue] | Unset): An array of categorical annotation values
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    space_id: str | Unset = UNSET
    type_: CategoricalAnnotationConfigType | Unset = UNSET
    values: list[CategoricalAnnotationValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction

        space_id = self.space_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _optimization_direction = d.get("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if _optimization_direction is UNSET:
            optimization_direction = UNSET
        else:
            optimization_direction = check_optimization_direction(_optimization_direction)

        space_id = d.get("space_id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: CategoricalAnnotationConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_categorical_annotation_config_type(_type_)

        _values = d.get("values", UNSET)
        values: list[CategoricalAnnotationValue] | Unset = UNSET
        if _values is not UNSET:
            values = [
                CategoricalAnnotationValue.from_dict(values_item_data)
                for values_item_data in _values
            ]

        categorical_annotation_config = cls(
            created_at,
            id,
            name,
            optimization_direction,
            space_id,
            type_,
            values,
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
