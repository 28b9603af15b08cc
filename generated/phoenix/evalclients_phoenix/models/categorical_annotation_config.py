from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value import CategoricalAnnotationValue


T = TypeVar("T", bound="CategoricalAnnotationConfig")
_new = object.__new__
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

    id: str | Unset
    name: str | Unset
    optimization_direction: OptimizationDirection | Unset
    type_: Literal["CATEGORICAL"] | Unset
    values: list[CategoricalAnnotationValue] | Unset
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
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

        try:
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            values = _as_json(self.values)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
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
            type_ = cast(Literal["CATEGORICAL"], d["type"])
            if type_ != "CATEGORICAL":
                raise ValueError(f"type must match const 'CATEGORICAL', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027CATEGORICAL\u0027]", "type", _drifted
            )

        _values_raw = d.get("values", UNSET)
        if _values_raw is not UNSET and not _strict:
            values = _values_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                values = [
                    CategoricalAnnotationValue.from_dict(values_item_data)
                    for values_item_data in d["values"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                values, _drifted = _keep_each(
                    cls,
                    d,
                    "values",
                    "list[CategoricalAnnotationValue]",
                    "type",
                    lambda values_item_data: CategoricalAnnotationValue.from_dict(values_item_data),
                    _drifted,
                )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _categorical_annotation_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _categorical_annotation_config_.id = id
        _categorical_annotation_config_.name = name
        _categorical_annotation_config_.optimization_direction = optimization_direction
        _categorical_annotation_config_.type_ = type_
        _categorical_annotation_config_._values_slot = values  # type: ignore[attr-defined]
        _categorical_annotation_config_.description = description
        _categorical_annotation_config_.additional_properties = {}
        _categorical_annotation_config_._pending = _pending

        if _extra:
            _categorical_annotation_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_categorical_annotation_config_, _drifted)
        return _categorical_annotation_config_

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


def _decode_values(self: CategoricalAnnotationConfig, raw: Any) -> Any:
    """``values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        values = [
            CategoricalAnnotationValue.from_dict(values_item_data) for values_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        values, _drifted = _keep_each(
            type(self),
            {"values": raw},
            "values",
            "list[CategoricalAnnotationValue]",
            "type",
            lambda values_item_data: CategoricalAnnotationValue.from_dict(values_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return values


_lazy(CategoricalAnnotationConfig, "values", 1, _decode_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CategoricalAnnotationValue
    from ..models.categorical_annotation_value import CategoricalAnnotationValue  # noqa: PLC0415

    _LAZY_PENDING = False
