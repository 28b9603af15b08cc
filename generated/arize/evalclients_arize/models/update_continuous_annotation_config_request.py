from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..models.update_continuous_annotation_config_request_annotation_config_type import (
    UpdateContinuousAnnotationConfigRequestAnnotationConfigType,
    check_update_continuous_annotation_config_request_annotation_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContinuousAnnotationConfigRequest")
_FIELDS = frozenset(
    {
        "annotation_config_type",
        "maximum_score",
        "minimum_score",
        "name",
        "optimization_direction",
    }
)


@_attrs_define
class UpdateContinuousAnnotationConfigRequest:
    """UpdateContinuousAnnotationConfigRequest

    Attributes:
        annotation_config_type (UpdateContinuousAnnotationConfigRequestAnnotationConfigType): Discriminator value
            identifying a continuous annotation config. The config `type` is immutable and must match the stored config's
            type.
        maximum_score (float | Unset): New maximum score value.
        minimum_score (float | Unset): New minimum score value.
        name (str | Unset): New name for the annotation config. Must be unique within the space.
        optimization_direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when
            omitted. - MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores
            are neither better nor worse
    """

    annotation_config_type: UpdateContinuousAnnotationConfigRequestAnnotationConfigType
    maximum_score: float | Unset = UNSET
    minimum_score: float | Unset = UNSET
    name: str | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type: str = self.annotation_config_type

        maximum_score = self.maximum_score

        minimum_score = self.minimum_score

        name = self.name

        optimization_direction: str | Unset = UNSET
        if not isinstance(self.optimization_direction, Unset):
            optimization_direction = self.optimization_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
            }
        )
        if maximum_score is not UNSET:
            field_dict["maximum_score"] = maximum_score
        if minimum_score is not UNSET:
            field_dict["minimum_score"] = minimum_score
        if name is not UNSET:
            field_dict["name"] = name
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        annotation_config_type = (
            check_update_continuous_annotation_config_request_annotation_config_type(
                d["annotation_config_type"]
            )
        )

        maximum_score = d.get("maximum_score", UNSET)

        minimum_score = d.get("minimum_score", UNSET)

        name = d.get("name", UNSET)

        _optimization_direction = d.get("optimization_direction", UNSET)
        optimization_direction: OptimizationDirection | Unset
        if _optimization_direction is UNSET:
            optimization_direction = UNSET
        else:
            optimization_direction = check_optimization_direction(_optimization_direction)

        update_continuous_annotation_config_request = cls(
            annotation_config_type,
            maximum_score,
            minimum_score,
            name,
            optimization_direction,
        )

        if not d.keys() <= _FIELDS:
            update_continuous_annotation_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_continuous_annotation_config_request

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
