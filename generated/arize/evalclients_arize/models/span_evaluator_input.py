from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_evaluator_input_column_mappings import SpanEvaluatorInputColumnMappings


T = TypeVar("T", bound="SpanEvaluatorInput")
_FIELDS = frozenset(
    {
        "evaluator_id",
        "column_mappings",
        "evaluator_version_id",
        "query_filter",
    }
)


@_attrs_define
class SpanEvaluatorInput:
    """Span-granularity evaluator input. Uses `query_filter` and `column_mappings`.

    Attributes:
        evaluator_id (str): Evaluator identifier (base64). Duplicates are not allowed.
        column_mappings (SpanEvaluatorInputColumnMappings | Unset): Maps evaluator template variable names to data
            source column names (span shape).
        evaluator_version_id (None | str | Unset): Pin this evaluator to a specific version (base64). Defaults to null,
            which always runs the evaluator's latest version; omitting the field and sending null are equivalent. Must be a
            version of the evaluator named by `evaluator_id`, otherwise the request returns 422.
        query_filter (str | Unset): Per-evaluator query filter (span shape). Combined with the task-level filter (AND).
    """

    evaluator_id: str
    column_mappings: SpanEvaluatorInputColumnMappings | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    query_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluator_id = self.evaluator_id

        column_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mappings, Unset):
            column_mappings = self.column_mappings.to_dict()

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

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
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
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
        column_mappings: SpanEvaluatorInputColumnMappings | Unset
        if _column_mappings is UNSET:
            column_mappings = UNSET
        else:
            column_mappings = SpanEvaluatorInputColumnMappings.from_dict(_column_mappings)

        evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

        query_filter = d.get("query_filter", UNSET)

        span_evaluator_input = cls(
            evaluator_id,
            column_mappings,
            evaluator_version_id,
            query_filter,
        )

        if not d.keys() <= _FIELDS:
            span_evaluator_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return span_evaluator_input

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
    global _LAZY_PENDING, SpanEvaluatorInputColumnMappings
    from ..models.span_evaluator_input_column_mappings import SpanEvaluatorInputColumnMappings  # noqa: PLC0415

    _LAZY_PENDING = False
