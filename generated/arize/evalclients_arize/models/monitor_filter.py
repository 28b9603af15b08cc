from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator, check_filter_operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimension import Dimension


T = TypeVar("T", bound="MonitorFilter")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dimension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimension, Unset):
            dimension = self.dimension.to_dict()

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if operator is not UNSET:
            field_dict["operator"] = operator
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _dimension = d.get("dimension", UNSET)
        dimension: Dimension | Unset
        if _dimension is UNSET:
            dimension = UNSET
        else:
            dimension = Dimension.from_dict(_dimension)

        _operator = d.get("operator", UNSET)
        operator: FilterOperator | Unset
        if _operator is UNSET:
            operator = UNSET
        else:
            operator = check_filter_operator(_operator)

        values: list[str] = d.get("values", UNSET)

        monitor_filter = cls(
            dimension,
            operator,
            values,
        )

        if not d.keys() <= _FIELDS:
            monitor_filter.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return monitor_filter

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Dimension
    from ..models.dimension import Dimension  # noqa: PLC0415

    _LAZY_PENDING = False
