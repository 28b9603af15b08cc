from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_query_mapping_input import TaskQueryMappingInput


T = TypeVar("T", bound="TraceOrSessionEvaluatorInput")
_FIELDS = frozenset(
    {
        "evaluator_id",
        "query_mappings",
        "evaluator_version_id",
    }
)


@_attrs_define
class TraceOrSessionEvaluatorInput:
    """Trace/session-granularity evaluator input. Uses `query_mappings`.

    Attributes:
        evaluator_id (str): Evaluator identifier (base64). Duplicates are not allowed.
        query_mappings (list[TaskQueryMappingInput]): Per-evaluator variable-to-query mappings (trace/session shape).
        evaluator_version_id (None | str | Unset): Pin this evaluator to a specific version (base64). Defaults to null,
            which always runs the evaluator's latest version; omitting the field and sending null are equivalent. Must be a
            version of the evaluator named by `evaluator_id`, otherwise the request returns 422.
    """

    evaluator_id: str
    query_mappings: list[TaskQueryMappingInput]
    evaluator_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluator_id = self.evaluator_id

        query_mappings = []
        for query_mappings_item_data in self.query_mappings:
            query_mappings_item = query_mappings_item_data.to_dict()
            query_mappings.append(query_mappings_item)

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_id": evaluator_id,
                "query_mappings": query_mappings,
            }
        )
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        evaluator_id = d["evaluator_id"]

        query_mappings = [
            TaskQueryMappingInput.from_dict(query_mappings_item_data)
            for query_mappings_item_data in d["query_mappings"]
        ]

        evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

        trace_or_session_evaluator_input = cls(
            evaluator_id,
            query_mappings,
            evaluator_version_id,
        )

        if not d.keys() <= _FIELDS:
            trace_or_session_evaluator_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return trace_or_session_evaluator_input

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
    global _LAZY_PENDING, TaskQueryMappingInput
    from ..models.task_query_mapping_input import TaskQueryMappingInput  # noqa: PLC0415

    _LAZY_PENDING = False
