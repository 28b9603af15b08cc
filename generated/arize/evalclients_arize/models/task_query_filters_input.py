from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_query_filter_input import TaskQueryFilterInput


T = TypeVar("T", bound="TaskQueryFiltersInput")
_FIELDS = frozenset(
    {
        "filters",
        "expression",
    }
)


@_attrs_define
class TaskQueryFiltersInput:
    """Combined named-query filters and boolean expression for create/update requests (trace/session shape). Supply this
    object OR `query_filter` (span shape) — not both.

        Attributes:
            filters (list[TaskQueryFilterInput]): Named query filters (1-5 entries) with unique `A`-`E` ids. Each entry
                pairs a single-letter id with a filter expression.
            expression (str | Unset): Boolean expression combining the `filters` ids (e.g. `A AND B`). Optional when exactly
                one filter is declared; required when two or more are declared.
    """

    filters: list[TaskQueryFilterInput]
    expression: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if expression is not UNSET:
            field_dict["expression"] = expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        filters = [
            TaskQueryFilterInput.from_dict(filters_item_data) for filters_item_data in d["filters"]
        ]

        expression = d.get("expression", UNSET)

        task_query_filters_input = cls(
            filters,
            expression,
        )

        if not d.keys() <= _FIELDS:
            task_query_filters_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return task_query_filters_input

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
    global _LAZY_PENDING, TaskQueryFilterInput
    from ..models.task_query_filter_input import TaskQueryFilterInput  # noqa: PLC0415

    _LAZY_PENDING = False
