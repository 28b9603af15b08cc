from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..types import Unset

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

    column_mappings: None | TaskEvaluatorColumnMappingsType0 | Unset
    evaluator_id: str | Unset
    evaluator_name: str | Unset
    query_filter: None | str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            column_mappings: dict[str, Any] | None
            if isinstance(self.column_mappings, TaskEvaluatorColumnMappingsType0):
                column_mappings = self.column_mappings.to_dict()
            else:
                column_mappings = self.column_mappings
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_mappings = _as_json(self.column_mappings)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            column_mappings = _parse_column_mappings(d["column_mappings"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_mappings, _drifted = _keep(
                cls,
                d,
                "column_mappings",
                "None | TaskEvaluatorColumnMappingsType0",
                "union",
                _drifted,
            )

        try:
            evaluator_id = d["evaluator_id"]
            if not (type(evaluator_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_id, _drifted = _keep(cls, d, "evaluator_id", "str", "type", _drifted)

        try:
            evaluator_name = d["evaluator_name"]
            if not (type(evaluator_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_name, _drifted = _keep(cls, d, "evaluator_name", "str", "type", _drifted)

        try:
            query_filter: None | str = d["query_filter"]

            if not (query_filter is None or type(query_filter) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        task_evaluator = cls(
            column_mappings,
            evaluator_id,
            evaluator_name,
            query_filter,
        )

        if _extra:
            task_evaluator.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(task_evaluator, _drifted)
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
