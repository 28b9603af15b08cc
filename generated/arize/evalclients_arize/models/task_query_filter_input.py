from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskQueryFilterInput")
_FIELDS = frozenset(
    {
        "filter",
        "id",
    }
)


@_attrs_define
class TaskQueryFilterInput:
    """A single named task-level query filter for create/update requests (trace/session shape). The `id` is a logical label
    used in `query_filters.expression` and per-evaluator `query_mappings`.

        Attributes:
            filter_ (str): The query filter expression for this named query.
            id (str): Single-letter query id, one of `A`-`E`. Unique within the task. Referenced by
                `query_filters.expression` and by each evaluator's `query_mappings`.
    """

    filter_: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_ = d["filter"]

        id = d["id"]

        task_query_filter_input = cls(
            filter_,
            id,
        )

        if not d.keys() <= _FIELDS:
            task_query_filter_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return task_query_filter_input

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
