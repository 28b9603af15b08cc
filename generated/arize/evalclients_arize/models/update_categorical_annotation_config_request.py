from __future__ import annotations

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
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..models.update_categorical_annotation_config_request_annotation_config_type import (
    UpdateCategoricalAnnotationConfigRequestAnnotationConfigType,
    check_update_categorical_annotation_config_request_annotation_config_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categorical_annotation_value_request import CategoricalAnnotationValueRequest


T = TypeVar("T", bound="UpdateCategoricalAnnotationConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_config_type",
        "name",
        "optimization_direction",
        "values",
    }
)


@_attrs_define
class UpdateCategoricalAnnotationConfigRequest:
    """UpdateCategoricalAnnotationConfigRequest

    Attributes:
        annotation_config_type (UpdateCategoricalAnnotationConfigRequestAnnotationConfigType): Discriminator value
            identifying a categorical annotation config. The config `type` is immutable and must match the stored config's
            type.
        name (str | Unset): New name for the annotation config. Must be unique within the space.
        optimization_direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when
            omitted. - MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores
            are neither better nor worse
        values (list[CategoricalAnnotationValueRequest] | Unset): The full replacement set of categorical annotation
            values (2–500 items).
    """

    annotation_config_type: UpdateCategoricalAnnotationConfigRequestAnnotationConfigType | Unset
    name: str | Unset = UNSET
    optimization_direction: OptimizationDirection | Unset = UNSET
    values: list[CategoricalAnnotationValueRequest] | Unset = UNSET
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
            annotation_config_type: str = self.annotation_config_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotation_config_type = _as_json(self.annotation_config_type)

        name = self.name

        try:
            optimization_direction: str | Unset = UNSET
            if not isinstance(self.optimization_direction, Unset):
                optimization_direction = self.optimization_direction

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            optimization_direction = _as_json(self.optimization_direction)

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
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if optimization_direction is not UNSET:
            field_dict["optimization_direction"] = optimization_direction
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
        try:
            annotation_config_type = (
                check_update_categorical_annotation_config_request_annotation_config_type(
                    d["annotation_config_type"]
                )
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotation_config_type, _drifted = _keep(
                cls, d, "annotation_config_type", "one of CATEGORICAL", "enum", _drifted
            )

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

        _values_raw = d.get("values", UNSET)
        if _values_raw is UNSET:
            values = UNSET
        elif not _strict:
            values = _values_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _values = d.get("values", UNSET)
                values: list[CategoricalAnnotationValueRequest] | Unset = UNSET
                if _values is not UNSET:
                    values = [
                        CategoricalAnnotationValueRequest.from_dict(values_item_data)
                        for values_item_data in _values
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                values, _drifted = _keep_each(
                    cls,
                    d,
                    "values",
                    "list[CategoricalAnnotationValueRequest]",
                    "type",
                    lambda values_item_data: CategoricalAnnotationValueRequest.from_dict(
                        values_item_data
                    ),
                    _drifted,
                )

        _update_categorical_annotation_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_categorical_annotation_config_request_.annotation_config_type = (
            annotation_config_type
        )
        _update_categorical_annotation_config_request_.name = name
        _update_categorical_annotation_config_request_.optimization_direction = (
            optimization_direction
        )
        _update_categorical_annotation_config_request_._values_slot = values  # type: ignore[attr-defined]
        _update_categorical_annotation_config_request_.additional_properties = {}
        _update_categorical_annotation_config_request_._pending = _pending

        if _extra:
            _update_categorical_annotation_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_categorical_annotation_config_request_, _drifted)
        return _update_categorical_annotation_config_request_

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


def _decode_values(self: UpdateCategoricalAnnotationConfigRequest, raw: Any) -> Any:
    """``values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _values = raw
        values: list[CategoricalAnnotationValueRequest] | Unset = UNSET
        if _values is not UNSET:
            values = [
                CategoricalAnnotationValueRequest.from_dict(values_item_data)
                for values_item_data in _values
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        values, _drifted = _keep_each(
            type(self),
            {"values": raw},
            "values",
            "list[CategoricalAnnotationValueRequest]",
            "type",
            lambda values_item_data: CategoricalAnnotationValueRequest.from_dict(values_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return values


_lazy(UpdateCategoricalAnnotationConfigRequest, "values", 1, _decode_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CategoricalAnnotationValueRequest
    from ..models.categorical_annotation_value_request import CategoricalAnnotationValueRequest  # noqa: PLC0415

    _LAZY_PENDING = False
