from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..models.update_continuous_annotation_config_request_annotation_config_type import (
    UpdateContinuousAnnotationConfigRequestAnnotationConfigType,
    check_update_continuous_annotation_config_request_annotation_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContinuousAnnotationConfigRequest")
_new = object.__new__
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

    annotation_config_type: UpdateContinuousAnnotationConfigRequestAnnotationConfigType | Unset
    maximum_score: float | Unset = UNSET
    minimum_score: float | Unset = UNSET
    name: str | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            annotation_config_type: str = self.annotation_config_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotation_config_type = _as_json(self.annotation_config_type)

        maximum_score = self.maximum_score

        minimum_score = self.minimum_score

        name = self.name

        try:
            optimization_direction: str | Unset = UNSET
            if not isinstance(self.optimization_direction, Unset):
                optimization_direction = self.optimization_direction

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            optimization_direction = _as_json(self.optimization_direction)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            annotation_config_type = (
                check_update_continuous_annotation_config_request_annotation_config_type(
                    d["annotation_config_type"]
                )
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotation_config_type, _drifted = _keep(
                cls, d, "annotation_config_type", "one of CONTINUOUS", "enum", _drifted
            )

        try:
            maximum_score = d.get("maximum_score", UNSET)
            if not (
                type(maximum_score) is float or type(maximum_score) is int or maximum_score is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            maximum_score, _drifted = _keep(cls, d, "maximum_score", "float", "type", _drifted)

        try:
            minimum_score = d.get("minimum_score", UNSET)
            if not (
                type(minimum_score) is float or type(minimum_score) is int or minimum_score is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            minimum_score, _drifted = _keep(cls, d, "minimum_score", "float", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            _optimization_direction = d.get("optimization_direction", UNSET)
            optimization_direction: OptimizationDirection | Unset
            if _optimization_direction is UNSET:
                optimization_direction = UNSET
            else:
                optimization_direction = check_optimization_direction(_optimization_direction)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            optimization_direction, _drifted = _keep(
                cls,
                d,
                "optimization_direction",
                "one of MAXIMIZE, MINIMIZE, NONE",
                "enum",
                _drifted,
            )

        _update_continuous_annotation_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_continuous_annotation_config_request_.annotation_config_type = (
            annotation_config_type
        )
        _update_continuous_annotation_config_request_.maximum_score = maximum_score
        _update_continuous_annotation_config_request_.minimum_score = minimum_score
        _update_continuous_annotation_config_request_.name = name
        _update_continuous_annotation_config_request_.optimization_direction = (
            optimization_direction
        )
        _update_continuous_annotation_config_request_.additional_properties = {}

        if _extra:
            _update_continuous_annotation_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_continuous_annotation_config_request_, _drifted)
        return _update_continuous_annotation_config_request_

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
