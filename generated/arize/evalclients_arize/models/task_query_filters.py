from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_query_filter import TaskQueryFilter


T = TypeVar("T", bound="TaskQueryFilters")
_FIELDS = frozenset(
    {
        "expression",
        "filters",
    }
)


@_attrs_define
class TaskQueryFilters:
    """Combined named-query filters and boolean expression for the trace/session shape. Supply this object OR
    `query_filter` (span shape) — not both.

        Attributes:
            expression (str | Unset): Boolean expression combining the `filters` ids (e.g. `A AND B`). Optional when exactly
                one filter is declared; required when two or more are declared. When a client omits `expression` on a single-
                filter create, GET echoes a synthesized expression equal to the lone query id (e.g. `A`).
            filters (list[TaskQueryFilter] | Unset): Named query filters (1-5 entries) with unique `A`-`E` ids. Each entry
                pairs a single-letter id with a filter expression.
    """

    expression: str | Unset = UNSET
    filters: list[TaskQueryFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        expression = self.expression

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expression is not UNSET:
            field_dict["expression"] = expression
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        expression = d.get("expression", UNSET)

        _filters = d.get("filters", UNSET)
        filters: list[TaskQueryFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [
                TaskQueryFilter.from_dict(filters_item_data) for filters_item_data in _filters
            ]

        task_query_filters = cls(
            expression,
            filters,
        )

        if not d.keys() <= _FIELDS:
            task_query_filters.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return task_query_filters

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
    global _LAZY_PENDING, TaskQueryFilter
    from ..models.task_query_filter import TaskQueryFilter  # noqa: PLC0415

    _LAZY_PENDING = False
