from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueryMapping")
_FIELDS = frozenset(
    {
        "attribute_path",
        "query_ids",
        "variable_name",
    }
)


@_attrs_define
class TaskQueryMapping:
    """Maps one evaluator variable to one or more query ids and an attribute path (trace/session shape).

    Attributes:
        attribute_path (str | Unset): Span attribute path (e.g. `attributes.input.value`) resolved within each admitted
            unit to populate `variable_name`.
        query_ids (list[str] | Unset): Declared query ids (`A`-`E`) whose matching units feed this variable. An empty
            list means "any declared query" (valid for session-level variables that match all spans in the conversation).
            Every id must be declared in the task's `query_filters.filters`.
        variable_name (str | Unset): The evaluator template variable this mapping populates.
    """

    attribute_path: str | Unset = UNSET
    query_ids: list[str] | Unset = UNSET
    variable_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_path = self.attribute_path

        query_ids: list[str] | Unset = UNSET
        if not isinstance(self.query_ids, Unset):
            query_ids = self.query_ids

        variable_name = self.variable_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_path is not UNSET:
            field_dict["attribute_path"] = attribute_path
        if query_ids is not UNSET:
            field_dict["query_ids"] = query_ids
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute_path = d.get("attribute_path", UNSET)

        query_ids: list[str] = d.get("query_ids", UNSET)

        variable_name = d.get("variable_name", UNSET)

        task_query_mapping = cls(
            attribute_path,
            query_ids,
            variable_name,
        )

        if not d.keys() <= _FIELDS:
            task_query_mapping.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return task_query_mapping

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
