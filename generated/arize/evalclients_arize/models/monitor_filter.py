from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.filter_operator import FilterOperator, check_filter_operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimension import Dimension


T = TypeVar("T", bound="MonitorFilter")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dimension",
        "operator",
        "values",
    }
)


@_attrs_define
class MonitorFilter:
    """MonitorFilter

    Attributes:
        dimension (Dimension | Unset): Dimension
        operator (FilterOperator | Unset): Operators used by a monitor's data filters. Includes string operators as well
            as numeric ones.
        values (list[str] | Unset): The values compared against by the operator.
    """

    dimension: Dimension | Unset = UNSET
    operator: FilterOperator | Unset = UNSET
    values: list[str] | Unset = UNSET
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
            dimension: dict[str, Any] | Unset = UNSET
            if not isinstance(self.dimension, Unset):
                dimension = self.dimension.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dimension = _as_json(self.dimension)

        try:
            operator: str | Unset = UNSET
            if not isinstance(self.operator, Unset):
                operator = self.operator

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            operator = _as_json(self.operator)

        try:
            values: list[str] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = self.values

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            values = _as_json(self.values)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if operator is not UNSET:
            field_dict["operator"] = operator
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
        _dimension_raw = d.get("dimension", UNSET)
        if _dimension_raw is UNSET:
            dimension = UNSET
        elif not _strict:
            dimension = _dimension_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _dimension = d.get("dimension", UNSET)
                dimension: Dimension | Unset
                if _dimension is UNSET:
                    dimension = UNSET
                else:
                    dimension = Dimension.from_dict(_dimension)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dimension, _drifted = _keep(cls, d, "dimension", "Dimension", "type", _drifted)

        try:
            _operator = d.get("operator", UNSET)
            operator: FilterOperator | Unset
            if _operator is UNSET:
                operator = UNSET
            else:
                operator = check_filter_operator(_operator)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operator, _drifted = _keep(
                cls,
                d,
                "operator",
                "one of CONTAINS, CONTAINS_STRING, EQUALS, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, NOT_EQUALS, SIMILAR_TO, TOP_N",
                "enum",
                _drifted,
            )

        try:
            values: list[str] = d.get("values", UNSET)

            if not ((type(values) is list and _strs(values)) or values is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            values, _drifted = _keep(cls, d, "values", "list[str]", "type", _drifted)

        _monitor_filter_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _monitor_filter_._dimension_slot = dimension  # type: ignore[attr-defined]
        _monitor_filter_.operator = operator
        _monitor_filter_.values = values
        _monitor_filter_.additional_properties = {}
        _monitor_filter_._pending = _pending

        if _extra:
            _monitor_filter_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_monitor_filter_, _drifted)
        return _monitor_filter_

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


def _decode_dimension(self: MonitorFilter, raw: Any) -> Any:
    """``dimension`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dimension = raw
        dimension: Dimension | Unset
        if _dimension is UNSET:
            dimension = UNSET
        else:
            dimension = Dimension.from_dict(_dimension)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dimension, _drifted = _keep(
            type(self), {"dimension": raw}, "dimension", "Dimension", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dimension


_lazy(MonitorFilter, "dimension", 1, _decode_dimension)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Dimension
    from ..models.dimension import Dimension  # noqa: PLC0415

    _LAZY_PENDING = False
