from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator, check_filter_operator

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
    """
    Attributes:
        dimension (Dimension):
        operator (FilterOperator): Operators used by a monitor's data filters. Includes string operators as well as
            numeric ones.
        values (list[str]): The values compared against by the operator.
    """

    dimension: Dimension
    operator: FilterOperator
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dimension = self.dimension.to_dict()

        operator: str = self.operator

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        dimension = Dimension.from_dict(d["dimension"])

        operator = check_filter_operator(d["operator"])

        values: list[str] = d["values"]

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
