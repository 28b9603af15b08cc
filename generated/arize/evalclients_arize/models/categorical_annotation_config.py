from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..models.categorical_annotation_config_type import (
    CategoricalAnnotationConfigType,
    check_categorical_annotation_config_type,
)
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value import CategoricalAnnotationValue


T = TypeVar("T", bound="CategoricalAnnotationConfig")
_new = object.__new__
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
        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        name = self.name

        try:
            optimization_direction: str | Unset = UNSET
            if not isinstance(self.optimization_direction, Unset):
                optimization_direction = self.optimization_direction

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            optimization_direction = _as_json(self.optimization_direction)

        space_id = self.space_id

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            values: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = []
                for values_item_data in self.values:
                    values_item = values_item_data.to_dict()
                    values.append(values_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            values = _as_json(self.values)

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

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

        try:
            space_id = d.get("space_id", UNSET)
            if not (type(space_id) is str or space_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: CategoricalAnnotationConfigType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_categorical_annotation_config_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of CATEGORICAL", "enum", _drifted)

        _values_raw = d.get("values", UNSET)
        if _values_raw is UNSET:
            values = UNSET
        elif not _strict:
            values = _values_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _values = d.get("values", UNSET)
                values: list[CategoricalAnnotationValue] | Unset = UNSET
                if _values is not UNSET:
                    values = [
                        CategoricalAnnotationValue.from_dict(values_item_data)
                        for values_item_data in _values
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

        _categorical_annotation_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _categorical_annotation_config_._created_at_slot = created_at  # type: ignore[attr-defined]
        _categorical_annotation_config_.id = id
        _categorical_annotation_config_.name = name
        _categorical_annotation_config_.optimization_direction = optimization_direction
        _categorical_annotation_config_.space_id = space_id
        _categorical_annotation_config_.type_ = type_
        _categorical_annotation_config_._values_slot = values  # type: ignore[attr-defined]
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


def _decode_created_at(self: CategoricalAnnotationConfig, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(CategoricalAnnotationConfig, "created_at", 1, _decode_created_at)


def _decode_values(self: CategoricalAnnotationConfig, raw: Any) -> Any:
    """``values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _values = raw
        values: list[CategoricalAnnotationValue] | Unset = UNSET
        if _values is not UNSET:
            values = [
                CategoricalAnnotationValue.from_dict(values_item_data)
                for values_item_data in _values
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


_lazy(CategoricalAnnotationConfig, "values", 2, _decode_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CategoricalAnnotationValue
    from ..models.categorical_annotation_value import CategoricalAnnotationValue  # noqa: PLC0415

    _LAZY_PENDING = False
