from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_continuous_annotation_config_request_annotation_config_type import (
    CreateContinuousAnnotationConfigRequestAnnotationConfigType,
    check_create_continuous_annotation_config_request_annotation_config_type,
)
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContinuousAnnotationConfigRequest")
_FIELDS = frozenset(
    {
        "annotation_config_type",
        "maximum_score",
        "minimum_score",
        "name",
        "space_id",
        "optimization_direction",
    }
)


@_attrs_define
class CreateContinuousAnnotationConfigRequest:
    """CreateContinuousAnnotationConfigRequest

    Attributes:
        annotation_config_type (CreateContinuousAnnotationConfigRequestAnnotationConfigType): Discriminator value
            identifying a continuous annotation config.
        maximum_score (float): The maximum score value
        minimum_score (float): The minimum score value
        name (str): Name of the new annotation config
        space_id (str): ID of the space the annotation config will belong to
        optimization_direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when
            omitted. - MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores
            are neither better nor worse
    """

    annotation_config_type: CreateContinuousAnnotationConfigRequestAnnotationConfigType
    maximum_score: float
    minimum_score: float
    name: str
    space_id: str
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type: str = self.annotation_config_type

        maximum_score = self.maximum_score

        minimum_score = self.minimum_score

        name = self.name

        space_id = self.space_id

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
                "maximum_score": maximum_score,
                "minimum_score": minimum_score,
                "name": name,
                "space_id": space_id,
            }
        )
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        annotation_config_type = (
            check_create_continuous_annotation_config_request_annotation_config_type(
                d["annotation_config_type"]
            )
        )

        maximum_score = d["maximum_score"]

        minimum_score = d["minimum_score"]

        name = d["name"]

        space_id = d["space_id"]

        _optimization_direction = d.get("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if _optimization_direction is UNSET:
            optimization_direction = UNSET
        else:
            optimization_direction = check_optimization_direction(_optimization_direction)

        create_continuous_annotation_config_request = cls(
            annotation_config_type,
            maximum_score,
            minimum_score,
            name,
            space_id,
            optimization_direction,
        )

        if not d.keys() <= _FIELDS:
            create_continuous_annotation_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_continuous_annotation_config_request

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
