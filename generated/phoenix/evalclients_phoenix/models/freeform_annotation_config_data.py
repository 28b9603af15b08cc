from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeformAnnotationConfigData")
_FIELDS = frozenset(
    {
        "name",
        "type",
        "description",
        "lower_bound",
        "optimization_direction",
        "threshold",
        "upper_bound",
    }
)


@_attrs_define
class FreeformAnnotationConfigData:
    """
    Attributes:
        name (str):
        type_ (Literal['FREEFORM']):
        description (None | str | Unset):
        lower_bound (float | None | Unset):
        optimization_direction (None | OptimizationDirection | Unset):
        threshold (float | None | Unset):
        upper_bound (float | None | Unset):
    """

    name: str
    type_: Literal["FREEFORM"]
    description: None | str | Unset = UNSET
    lower_bound: float | None | Unset = UNSET
    optimization_direction: None | OptimizationDirection | Unset = UNSET
    threshold: float | None | Unset = UNSET
    upper_bound: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lower_bound: float | None | Unset
        if isinstance(self.lower_bound, Unset):
            lower_bound = UNSET
        else:
            lower_bound = self.lower_bound

        optimization_direction: None | str | Unset
        if isinstance(self.optimization_direction, Unset):
            optimization_direction = UNSET
        elif isinstance(self.optimization_direction, str):
            optimization_direction = self.optimization_direction
        else:
            optimization_direction = self.optimization_direction

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        upper_bound: float | None | Unset
        if isinstance(self.upper_bound, Unset):
            upper_bound = UNSET
        else:
            upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if lower_bound is not UNSET:
            field_dict["lower_bound"] = lower_bound
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        type_ = cast(Literal["FREEFORM"], d["type"])
        if type_ != "FREEFORM":
            raise ValueError(f"type must match const 'FREEFORM', got '{type_}'")

        description: None | str | Unset = d.get("description", UNSET)

        lower_bound: float | None | Unset = d.get("lower_bound", UNSET)

        optimization_direction = _parse_optimization_direction(
            d.get("optimization_direction", UNSET)
        )

        threshold: float | None | Unset = d.get("threshold", UNSET)

        upper_bound: float | None | Unset = d.get("upper_bound", UNSET)

        freeform_annotation_config_data = cls(
            name,
            type_,
            description,
            lower_bound,
            optimization_direction,
            threshold,
            upper_bound,
        )

        if not d.keys() <= _FIELDS:
            freeform_annotation_config_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return freeform_annotation_config_data

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


def _parse_optimization_direction(data: object) -> None | OptimizationDirection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        optimization_direction_type_0 = check_optimization_direction(data)

        return optimization_direction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OptimizationDirection | Unset, data)
