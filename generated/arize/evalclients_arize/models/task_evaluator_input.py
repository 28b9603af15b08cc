from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_evaluator_input_column_mappings import TaskEvaluatorInputColumnMappings


T = TypeVar("T", bound="TaskEvaluatorInput")
_FIELDS = frozenset(
    {
        "evaluator_id",
        "column_mappings",
        "query_filter",
    }
)


@_attrs_define
class TaskEvaluatorInput:
    """An evaluator attachment supplied when creating or updating a task. At least
    one entry is required on evaluation-task requests.

        Attributes:
            evaluator_id (str): Evaluator identifier (base64). Duplicates are not allowed.
            column_mappings (TaskEvaluatorInputColumnMappings | Unset): Maps evaluator template variable names to data
                source column names.
            query_filter (str | Unset): Per-evaluator query filter. Combined with the task-level filter (AND).
    """

    evaluator_id: str
    column_mappings: TaskEvaluatorInputColumnMappings | Unset = UNSET
    query_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluator_id = self.evaluator_id

        column_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mappings, Unset):
            column_mappings = self.column_mappings.to_dict()

        query_filter = self.query_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
            }
        )
        if column_mappings is not UNSET:
            field_dict["column_mappings"] = column_mappings
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        evaluator_id = d["evaluator_id"]

        _column_mappings = d.get("column_mappings", UNSET)
        column_mappings: TaskEvaluatorInputColumnMappings | Unset
        if _column_mappings is UNSET:
            column_mappings = UNSET
        else:
            column_mappings = TaskEvaluatorInputColumnMappings.from_dict(_column_mappings)

        query_filter = d.get("query_filter", UNSET)

        task_evaluator_input = cls(
            evaluator_id,
            column_mappings,
            query_filter,
        )

        if not d.keys() <= _FIELDS:
            task_evaluator_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return task_evaluator_input

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
    global _LAZY_PENDING, TaskEvaluatorInputColumnMappings
    from ..models.task_evaluator_input_column_mappings import TaskEvaluatorInputColumnMappings  # noqa: PLC0415

    _LAZY_PENDING = False
