from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeformAnnotationConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
        "description",
        "lower_bound",
        "optimization_direction",
        "threshold",
        "upper_bound",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "type",
        "type_",
        True,
        0,
        'type_ = cast(Literal[\u0027FREEFORM\u0027] , _j_type_)\nif type_ != \u0027FREEFORM\u0027:\n    raise ValueError(f"type must match const \u0027FREEFORM\u0027, got \u0027{type_}\u0027")',
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "lower_bound",
        "lower_bound",
        False,
        0,
        "lower_bound: float | None | Unset = _j_lower_bound\n\nif not (lower_bound is None or type(lower_bound) is float or type(lower_bound) is int or lower_bound is UNSET):\n    raise TypeError",
    ),
    (
        "optimization_direction",
        "optimization_direction",
        False,
        0,
        "_optimization_direction = _j_optimization_direction\noptimization_direction = _optimization_direction if _optimization_direction is None or _optimization_direction is UNSET else _parse_optimization_direction(_optimization_direction)",
    ),
    (
        "threshold",
        "threshold",
        False,
        0,
        "threshold: float | None | Unset = _j_threshold\n\nif not (threshold is None or type(threshold) is float or type(threshold) is int or threshold is UNSET):\n    raise TypeError",
    ),
    (
        "upper_bound",
        "upper_bound",
        False,
        0,
        "upper_bound: float | None | Unset = _j_upper_bound\n\nif not (upper_bound is None or type(upper_bound) is float or type(upper_bound) is int or upper_bound is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class FreeformAnnotationConfig:
    """
    Attributes:
        id (str):
        name (str):
        type_ (Literal['FREEFORM']):
        description (None | str | Unset):
        lower_bound (float | None | Unset):
        optimization_direction (None | OptimizationDirection | Unset):
        threshold (float | None | Unset):
        upper_bound (float | None | Unset):
    """

    id: str | Unset
    name: str | Unset
    type_: Literal["FREEFORM"] | Unset
    description: None | str | Unset = UNSET
    lower_bound: float | None | Unset = UNSET
    optimization_direction: None | OptimizationDirection | Unset = UNSET
    threshold: float | None | Unset = UNSET
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

        try:
            optimization_direction: None | str | Unset
            if isinstance(self.optimization_direction, Unset):
                optimization_direction = UNSET
            elif isinstance(self.optimization_direction, str):
                optimization_direction = self.optimization_direction
            else:
                optimization_direction = self.optimization_direction
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            optimization_direction = _as_json(self.optimization_direction)

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
                "id": id,
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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 1, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
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
            type_ = cast(Literal["FREEFORM"], d["type"])
            if type_ != "FREEFORM":
                raise ValueError(f"type must match const 'FREEFORM', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027FREEFORM\u0027]", "type", _drifted
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
            _optimization_direction = d.get("optimization_direction", UNSET)
            optimization_direction = (
                _optimization_direction
                if _optimization_direction is None or _optimization_direction is UNSET
                else _parse_optimization_direction(_optimization_direction)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            optimization_direction, _drifted = _keep(
                cls, d, "optimization_direction", "None | OptimizationDirection", "union", _drifted
            )

        try:
            threshold: float | None | Unset = d.get("threshold", UNSET)

            if not (
                threshold is None
                or type(threshold) is float
                or type(threshold) is int
                or threshold is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            threshold, _drifted = _keep(cls, d, "threshold", "float | None", "type", _drifted)

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

        _freeform_annotation_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _freeform_annotation_config_.id = id
        _freeform_annotation_config_.name = name
        _freeform_annotation_config_.type_ = type_
        _freeform_annotation_config_.description = description
        _freeform_annotation_config_.lower_bound = lower_bound
        _freeform_annotation_config_.optimization_direction = optimization_direction
        _freeform_annotation_config_.threshold = threshold
        _freeform_annotation_config_.upper_bound = upper_bound
        _freeform_annotation_config_.additional_properties = {}

        if _extra:
            _freeform_annotation_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_freeform_annotation_config_, _drifted)
        return _freeform_annotation_config_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")
