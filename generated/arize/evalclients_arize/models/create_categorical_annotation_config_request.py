from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_categorical_annotation_config_request_annotation_config_type import (
    CreateCategoricalAnnotationConfigRequestAnnotationConfigType,
    check_create_categorical_annotation_config_request_annotation_config_type,
)
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value_request import CategoricalAnnotationValueRequest


T = TypeVar("T", bound="CreateCategoricalAnnotationConfigRequest")
_FIELDS = frozenset(
    {
        "annotation_config_type",
        "name",
        "space_id",
        "values",
        "optimization_direction",
    }
)


@_attrs_define
class CreateCategoricalAnnotationConfigRequest:
    """CreateCategoricalAnnotationConfigRequest

    Attributes:
        annotation_config_type (CreateCategoricalAnnotationConfigRequestAnnotationConfigType): Discriminator value
            identifying a categorical annotation config.
        name (str): Name of the new annotation config
        space_id (str): ID of the space the annotation config will belong to
        values (list[CategoricalAnnotationValueRequest]): An array of categorical annotation values
        optimization_direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when
            omitted. - MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores
            are neither better nor worse
    """

    annotation_config_type: CreateCategoricalAnnotationConfigRequestAnnotationConfigType
    name: str
    space_id: str
    values: list[CategoricalAnnotationValueRequest]
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotation_config_type: str = self.annotation_config_type

        name = self.name

        space_id = self.space_id

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
                "name": name,
                "space_id": space_id,
                "values": values,
            }
        )
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotation_config_type = (
            check_create_categorical_annotation_config_request_annotation_config_type(
                d["annotation_config_type"]
            )
        )

        name = d["name"]

        space_id = d["space_id"]

        values = [
            CategoricalAnnotationValueRequest.from_dict(values_item_data)
            for values_item_data in d["values"]
        ]

        _optimization_direction = d.get("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if _optimization_direction is UNSET:
            optimization_direction = UNSET
        else:
            optimization_direction = check_optimization_direction(_optimization_direction)

        create_categorical_annotation_config_request = cls(
            annotation_config_type,
            name,
            space_id,
            values,
            optimization_direction,
        )

        if not d.keys() <= _FIELDS:
            create_categorical_annotation_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_categorical_annotation_config_request

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
    global _LAZY_PENDING, CategoricalAnnotationValueRequest
    from ..models.categorical_annotation_value_request import CategoricalAnnotationValueRequest  # noqa: PLC0415

    _LAZY_PENDING = False
