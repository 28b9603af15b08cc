from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0


T = TypeVar("T", bound="TaskEvaluator")
_FIELDS = frozenset(
    {
        "column_mappings",
        "evaluator_id",
        "evaluator_name",
        "query_filter",
    }
)


@_attrs_define
class TaskEvaluator:
    """
    Attributes:
        column_mappings (None | TaskEvaluatorColumnMappingsType0): Maps evaluator template variable names to data source
            column names.
        evaluator_id (str): Evaluator identifier (base64).
        evaluator_name (str): The name of the attached evaluator.
        query_filter (None | str): Per-evaluator query filter, combined with the task-level filter (AND).
    """

    column_mappings: None | TaskEvaluatorColumnMappingsType0
    evaluator_id: str
    evaluator_name: str
    query_filter: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        column_mappings: dict[str, Any] | None
        if isinstance(self.column_mappings, TaskEvaluatorColumnMappingsType0):
            column_mappings = self.column_mappings.to_dict()
        else:
            column_mappings = self.column_mappings

        evaluator_id = self.evaluator_id

        evaluator_name = self.evaluator_name

        query_filter: None | str
        query_filter = self.query_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_mappings": column_mappings,
                "evaluator_id": evaluator_id,
                "evaluator_name": evaluator_name,
                "query_filter": query_filter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        column_mappings = _parse_column_mappings(d["column_mappings"])

        evaluator_id = d["evaluator_id"]

        evaluator_name = d["evaluator_name"]

        query_filter: None | str = d["query_filter"]

        task_evaluator = cls(
            column_mappings,
            evaluator_id,
            evaluator_name,
            query_filter,
        )

        if not d.keys() <= _FIELDS:
            task_evaluator.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return task_evaluator

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


def _parse_column_mappings(data: object) -> None | TaskEvaluatorColumnMappingsType0:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        column_mappings_type_0 = TaskEvaluatorColumnMappingsType0.from_dict(data)

        return column_mappings_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TaskEvaluatorColumnMappingsType0, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TaskEvaluatorColumnMappingsType0
    from ..models.task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0  # noqa: PLC0415

    _LAZY_PENDING = False
