from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContinuousAnnotationConfig")
_new = object.__new__
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

    id: str | Unset
    name: str | Unset
    optimization_direction: OptimizationDirection | Unset
    type_: Literal["CONTINUOUS"] | Unset
    description: None | str | Unset = UNSET
    lower_bound: float | None | Unset = UNSET
    upper_bound: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            optimization_direction: str = self.optimization_direction
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            optimization_direction = _as_json(self.optimization_direction)

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            optimization_direction = check_optimization_direction(d["optimization_direction"])
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

        try:
            type_ = cast(Literal["CONTINUOUS"], d["type"])
            if type_ != "CONTINUOUS":
                raise ValueError(f"type must match const 'CONTINUOUS', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027CONTINUOUS\u0027]", "type", _drifted
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            lower_bound: float | None | Unset = d.get("lower_bound", UNSET)

            if not (
                lower_bound is None
                or type(lower_bound) is float
                or type(lower_bound) is int
                or lower_bound is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            lower_bound, _drifted = _keep(cls, d, "lower_bound", "float | None", "type", _drifted)

        try:
            upper_bound: float | None | Unset = d.get("upper_bound", UNSET)

            if not (
                upper_bound is None
                or type(upper_bound) is float
                or type(upper_bound) is int
                or upper_bound is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            upper_bound, _drifted = _keep(cls, d, "upper_bound", "float | None", "type", _drifted)

        _continuous_annotation_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _continuous_annotation_config_.id = id
        _continuous_annotation_config_.name = name
        _continuous_annotation_config_.optimization_direction = optimization_direction
        _continuous_annotation_config_.type_ = type_
        _continuous_annotation_config_.description = description
        _continuous_annotation_config_.lower_bound = lower_bound
        _continuous_annotation_config_.upper_bound = upper_bound
        _continuous_annotation_config_.additional_properties = {}

        if _extra:
            _continuous_annotation_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_continuous_annotation_config_, _drifted)
        return _continuous_annotation_config_

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
