from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0
    from ..models.task_query_mapping import TaskQueryMapping


T = TypeVar("T", bound="TaskEvaluator")
_new = object.__new__
_FIELDS = frozenset(
    {
        "column_mappings",
        "evaluator_id",
        "evaluator_name",
        "evaluator_version_id",
        "query_filter",
        "query_mappings",
    }
)


@_attrs_define
class TaskEvaluator:
    """TaskEvaluator

    Attributes:
        column_mappings (None | TaskEvaluatorColumnMappingsType0 | Unset): Maps evaluator template variable names to
            data source column names. Span-granularity shape only; null for trace/session evaluators (which use
            `query_mappings`).
        evaluator_id (str | Unset): Evaluator identifier (base64).
        evaluator_name (str | Unset): The name of the attached evaluator.
        evaluator_version_id (None | str | Unset): The evaluator version this attachment is pinned to (base64). Null is
            the default and means the attachment is not pinned, so it runs the evaluator's latest version.
        query_filter (None | str | Unset): Per-evaluator query filter, combined with the task-level filter (AND). Span-
            granularity shape only; null for trace/session evaluators.
        query_mappings (list[TaskQueryMapping] | None | Unset): Maps each evaluator variable to one or more declared
            query ids plus an attribute path, for trace/session evaluators. Present only on trace/session tasks; null on
            span tasks (which use `column_mappings`).
    """

    column_mappings: None | TaskEvaluatorColumnMappingsType0 | Unset = UNSET
    evaluator_id: str | Unset = UNSET
    evaluator_name: str | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    query_mappings: list[TaskQueryMapping] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            column_mappings: dict[str, Any] | None | Unset
            if isinstance(self.column_mappings, Unset):
                column_mappings = UNSET
            elif isinstance(self.column_mappings, TaskEvaluatorColumnMappingsType0):
                column_mappings = self.column_mappings.to_dict()
            else:
                column_mappings = self.column_mappings
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_mappings = _as_json(self.column_mappings)

        evaluator_id = self.evaluator_id

        evaluator_name = self.evaluator_name

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        try:
            query_mappings: list[dict[str, Any]] | None | Unset
            if isinstance(self.query_mappings, Unset):
                query_mappings = UNSET
            elif isinstance(self.query_mappings, list):
                query_mappings = []
                for query_mappings_type_0_item_data in self.query_mappings:
                    query_mappings_type_0_item = query_mappings_type_0_item_data.to_dict()
                    query_mappings.append(query_mappings_type_0_item)

            else:
                query_mappings = self.query_mappings
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_mappings = _as_json(self.query_mappings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_mappings is not UNSET:
            field_dict["column_mappings"] = column_mappings
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if evaluator_name is not UNSET:
            field_dict["evaluator_name"] = evaluator_name
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if query_mappings is not UNSET:
            field_dict["query_mappings"] = query_mappings

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _column_mappings_raw = d.get("column_mappings", UNSET)
        if _column_mappings_raw is UNSET:
            column_mappings = UNSET
        elif not _strict:
            column_mappings = _column_mappings_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _column_mappings = d.get("column_mappings", UNSET)
                column_mappings = (
                    _column_mappings
                    if _column_mappings is None or _column_mappings is UNSET
                    else _parse_column_mappings(_column_mappings)
                )
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
            evaluator_id = d.get("evaluator_id", UNSET)
            if not (type(evaluator_id) is str or evaluator_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_id, _drifted = _keep(cls, d, "evaluator_id", "str", "type", _drifted)

        try:
            evaluator_name = d.get("evaluator_name", UNSET)
            if not (type(evaluator_name) is str or evaluator_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_name, _drifted = _keep(cls, d, "evaluator_name", "str", "type", _drifted)

        try:
            evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

            if not (
                evaluator_version_id is None
                or type(evaluator_version_id) is str
                or evaluator_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_version_id, _drifted = _keep(
                cls, d, "evaluator_version_id", "None | str", "type", _drifted
            )

        try:
            query_filter: None | str | Unset = d.get("query_filter", UNSET)

            if not (query_filter is None or type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        _query_mappings_raw = d.get("query_mappings", UNSET)
        if _query_mappings_raw is UNSET:
            query_mappings = UNSET
        elif not _strict:
            query_mappings = _query_mappings_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _query_mappings = d.get("query_mappings", UNSET)
                query_mappings = (
                    _query_mappings
                    if _query_mappings is None or _query_mappings is UNSET
                    else _parse_query_mappings(_query_mappings)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                query_mappings, _drifted = _keep(
                    cls, d, "query_mappings", "list[TaskQueryMapping] | None", "union", _drifted
                )

        _task_evaluator_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _task_evaluator_._column_mappings_slot = column_mappings  # type: ignore[attr-defined]
        _task_evaluator_.evaluator_id = evaluator_id
        _task_evaluator_.evaluator_name = evaluator_name
        _task_evaluator_.evaluator_version_id = evaluator_version_id
        _task_evaluator_.query_filter = query_filter
        _task_evaluator_._query_mappings_slot = query_mappings  # type: ignore[attr-defined]
        _task_evaluator_.additional_properties = {}
        _task_evaluator_._pending = _pending

        if _extra:
            _task_evaluator_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_task_evaluator_, _drifted)
        return _task_evaluator_

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


def _parse_column_mappings(data: object) -> None | TaskEvaluatorColumnMappingsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        column_mappings_type_0 = TaskEvaluatorColumnMappingsType0.from_dict(data)

        return column_mappings_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_query_mappings(data: object) -> list[TaskQueryMapping] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        query_mappings_type_0 = [
            TaskQueryMapping.from_dict(query_mappings_type_0_item_data)
            for query_mappings_type_0_item_data in data
        ]

        return query_mappings_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_column_mappings(self: TaskEvaluator, raw: Any) -> Any:
    """``column_mappings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _column_mappings = raw
        column_mappings = (
            _column_mappings
            if _column_mappings is None or _column_mappings is UNSET
            else _parse_column_mappings(_column_mappings)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        column_mappings, _drifted = _keep(
            type(self),
            {"column_mappings": raw},
            "column_mappings",
            "None | TaskEvaluatorColumnMappingsType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return column_mappings


_lazy(TaskEvaluator, "column_mappings", 1, _decode_column_mappings)


def _decode_query_mappings(self: TaskEvaluator, raw: Any) -> Any:
    """``query_mappings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _query_mappings = raw
        query_mappings = (
            _query_mappings
            if _query_mappings is None or _query_mappings is UNSET
            else _parse_query_mappings(_query_mappings)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        query_mappings, _drifted = _keep(
            type(self),
            {"query_mappings": raw},
            "query_mappings",
            "list[TaskQueryMapping] | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return query_mappings


_lazy(TaskEvaluator, "query_mappings", 2, _decode_query_mappings)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TaskEvaluatorColumnMappingsType0, TaskQueryMapping
    from ..models.task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0  # noqa: PLC0415
    from ..models.task_query_mapping import TaskQueryMapping  # noqa: PLC0415

    _LAZY_PENDING = False
