from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetFilter")
_new = object.__new__
_FIELDS = frozenset(
    {
        "binary_values",
        "categorical_values",
        "dimension_data_type",
        "dimension_name",
        "dimension_values",
        "filter_type",
        "numeric_values",
        "operator",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "binary_values",
        "binary_values",
        False,
        0,
        "_binary_values = _j_binary_values\nbinary_values = _binary_values if _binary_values is None or _binary_values is UNSET else _parse_binary_values(_binary_values)",
    ),
    (
        "categorical_values",
        "categorical_values",
        False,
        0,
        "_categorical_values = _j_categorical_values\ncategorical_values = _categorical_values if _categorical_values is None or _categorical_values is UNSET else _parse_categorical_values(_categorical_values)",
    ),
    (
        "dimension_data_type",
        "dimension_data_type",
        False,
        0,
        "dimension_data_type: None | str | Unset = _j_dimension_data_type\n\nif not (dimension_data_type is None or type(dimension_data_type) is str or dimension_data_type is UNSET):\n    raise TypeError",
    ),
    (
        "dimension_name",
        "dimension_name",
        False,
        0,
        "dimension_name: None | str | Unset = _j_dimension_name\n\nif not (dimension_name is None or type(dimension_name) is str or dimension_name is UNSET):\n    raise TypeError",
    ),
    (
        "dimension_values",
        "dimension_values",
        False,
        0,
        "_dimension_values = _j_dimension_values\ndimension_values = _dimension_values if _dimension_values is None or _dimension_values is UNSET else _parse_dimension_values(_dimension_values)",
    ),
    (
        "filter_type",
        "filter_type",
        False,
        0,
        "filter_type = _j_filter_type\nif not (type(filter_type) is str or filter_type is UNSET):\n    raise TypeError",
    ),
    (
        "numeric_values",
        "numeric_values",
        False,
        0,
        "_numeric_values = _j_numeric_values\nnumeric_values = _numeric_values if _numeric_values is None or _numeric_values is UNSET else _parse_numeric_values(_numeric_values)",
    ),
    (
        "operator",
        "operator",
        False,
        0,
        "operator: None | str | Unset = _j_operator\n\nif not (operator is None or type(operator) is str or operator is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class WidgetFilter:
    """A saved condition that limits the data used by a widget.

    Attributes:
        binary_values (list[str] | None | Unset): Binary values used by the filter.
        categorical_values (list[str] | None | Unset): Categorical values used by the filter.
        dimension_data_type (None | str | Unset): Data type of the filtered dimension.
        dimension_name (None | str | Unset): Dimension to which the filter applies.
        dimension_values (list[str] | None | Unset): General dimension values used by the filter.
        filter_type (str | Unset): Kind of filter and value representation.
        numeric_values (list[float] | None | Unset): Numeric values used by the filter.
        operator (None | str | Unset): Comparison applied by the filter.
    """

    binary_values: list[str] | None | Unset = UNSET
    categorical_values: list[str] | None | Unset = UNSET
    dimension_data_type: None | str | Unset = UNSET
    dimension_name: None | str | Unset = UNSET
    dimension_values: list[str] | None | Unset = UNSET
    filter_type: str | Unset = UNSET
    numeric_values: list[float] | None | Unset = UNSET
    operator: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            binary_values: list[str] | None | Unset
            if isinstance(self.binary_values, Unset):
                binary_values = UNSET
            elif isinstance(self.binary_values, list):
                binary_values = self.binary_values

            else:
                binary_values = self.binary_values
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            binary_values = _as_json(self.binary_values)

        try:
            categorical_values: list[str] | None | Unset
            if isinstance(self.categorical_values, Unset):
                categorical_values = UNSET
            elif isinstance(self.categorical_values, list):
                categorical_values = self.categorical_values

            else:
                categorical_values = self.categorical_values
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            categorical_values = _as_json(self.categorical_values)

        dimension_data_type: None | str | Unset
        if isinstance(self.dimension_data_type, Unset):
            dimension_data_type = UNSET
        else:
            dimension_data_type = self.dimension_data_type

        dimension_name: None | str | Unset
        if isinstance(self.dimension_name, Unset):
            dimension_name = UNSET
        else:
            dimension_name = self.dimension_name

        try:
            dimension_values: list[str] | None | Unset
            if isinstance(self.dimension_values, Unset):
                dimension_values = UNSET
            elif isinstance(self.dimension_values, list):
                dimension_values = self.dimension_values

            else:
                dimension_values = self.dimension_values
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dimension_values = _as_json(self.dimension_values)

        filter_type = self.filter_type

        try:
            numeric_values: list[float] | None | Unset
            if isinstance(self.numeric_values, Unset):
                numeric_values = UNSET
            elif isinstance(self.numeric_values, list):
                numeric_values = self.numeric_values

            else:
                numeric_values = self.numeric_values
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            numeric_values = _as_json(self.numeric_values)

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if binary_values is not UNSET:
            field_dict["binary_values"] = binary_values
        if categorical_values is not UNSET:
            field_dict["categorical_values"] = categorical_values
        if dimension_data_type is not UNSET:
            field_dict["dimension_data_type"] = dimension_data_type
        if dimension_name is not UNSET:
            field_dict["dimension_name"] = dimension_name
        if dimension_values is not UNSET:
            field_dict["dimension_values"] = dimension_values
        if filter_type is not UNSET:
            field_dict["filter_type"] = filter_type
        if numeric_values is not UNSET:
            field_dict["numeric_values"] = numeric_values
        if operator is not UNSET:
            field_dict["operator"] = operator

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
            _binary_values = d.get("binary_values", UNSET)
            binary_values = (
                _binary_values
                if _binary_values is None or _binary_values is UNSET
                else _parse_binary_values(_binary_values)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            binary_values, _drifted = _keep(
                cls, d, "binary_values", "list[str] | None", "union", _drifted
            )

        try:
            _categorical_values = d.get("categorical_values", UNSET)
            categorical_values = (
                _categorical_values
                if _categorical_values is None or _categorical_values is UNSET
                else _parse_categorical_values(_categorical_values)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            categorical_values, _drifted = _keep(
                cls, d, "categorical_values", "list[str] | None", "union", _drifted
            )

        try:
            dimension_data_type: None | str | Unset = d.get("dimension_data_type", UNSET)

            if not (
                dimension_data_type is None
                or type(dimension_data_type) is str
                or dimension_data_type is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_data_type, _drifted = _keep(
                cls, d, "dimension_data_type", "None | str", "type", _drifted
            )

        try:
            dimension_name: None | str | Unset = d.get("dimension_name", UNSET)

            if not (
                dimension_name is None or type(dimension_name) is str or dimension_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_name, _drifted = _keep(
                cls, d, "dimension_name", "None | str", "type", _drifted
            )

        try:
            _dimension_values = d.get("dimension_values", UNSET)
            dimension_values = (
                _dimension_values
                if _dimension_values is None or _dimension_values is UNSET
                else _parse_dimension_values(_dimension_values)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dimension_values, _drifted = _keep(
                cls, d, "dimension_values", "list[str] | None", "union", _drifted
            )

        try:
            filter_type = d.get("filter_type", UNSET)
            if not (type(filter_type) is str or filter_type is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            filter_type, _drifted = _keep(cls, d, "filter_type", "str", "type", _drifted)

        try:
            _numeric_values = d.get("numeric_values", UNSET)
            numeric_values = (
                _numeric_values
                if _numeric_values is None or _numeric_values is UNSET
                else _parse_numeric_values(_numeric_values)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            numeric_values, _drifted = _keep(
                cls, d, "numeric_values", "list[float] | None", "union", _drifted
            )

        try:
            operator: None | str | Unset = d.get("operator", UNSET)

            if not (operator is None or type(operator) is str or operator is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operator, _drifted = _keep(cls, d, "operator", "None | str", "type", _drifted)

        _widget_filter_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _widget_filter_.binary_values = binary_values
        _widget_filter_.categorical_values = categorical_values
        _widget_filter_.dimension_data_type = dimension_data_type
        _widget_filter_.dimension_name = dimension_name
        _widget_filter_.dimension_values = dimension_values
        _widget_filter_.filter_type = filter_type
        _widget_filter_.numeric_values = numeric_values
        _widget_filter_.operator = operator
        _widget_filter_.additional_properties = {}

        if _extra:
            _widget_filter_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_widget_filter_, _drifted)
        return _widget_filter_

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


def _parse_binary_values(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        binary_values_type_0: list[str] = data

        return binary_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_categorical_values(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        categorical_values_type_0: list[str] = data

        return categorical_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_dimension_values(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        dimension_values_type_0: list[str] = data

        return dimension_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_numeric_values(data: object) -> list[float] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        numeric_values_type_0: list[float] = data

        return numeric_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")
