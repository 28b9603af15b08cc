from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContinuousAnnotationConfig")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "optimization_direction",
        "type",
        "description",
        "lower_bound",
        "upper_bound",
    }
)


@_attrs_define
class ContinuousAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        optimization_direction (OptimizationDirection):
        type_ (Literal['CONTINUOUS']):
        description (None | str | Unset):
        lower_bound (float | None | Unset):
        upper_bound (float | None | Unset):
    """

    id: str
    name: str
    optimization_direction: OptimizationDirection
    type_: Literal["CONTINUOUS"]
    description: None | str | Unset = UNSET
    lower_bound: float | None | Unset = UNSET
    upper_bound: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        optimization_direction: str = self.optimization_direction

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

        upper_bound: float | None | Unset
        if isinstance(self.upper_bound, Unset):
            upper_bound = UNSET
        else:
            upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "optimization_direction": optimization_direction,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if lower_bound is not UNSET:
            field_dict["lower_bound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        optimization_direction = check_optimization_direction(d["optimization_direction"])

        type_ = cast(Literal["CONTINUOUS"], d["type"])
        if type_ != "CONTINUOUS":
            raise ValueError(f"type must match const 'CONTINUOUS', got '{type_}'")

        description: None | str | Unset = d.get("description", UNSET)

        lower_bound: float | None | Unset = d.get("lower_bound", UNSET)

        upper_bound: float | None | Unset = d.get("upper_bound", UNSET)

        continuous_annotation_config = cls(
            id,
            name,
            optimization_direction,
            type_,
            description,
            lower_bound,
            upper_bound,
        )

        if not d.keys() <= _FIELDS:
            continuous_annotation_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return continuous_annotation_config

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
