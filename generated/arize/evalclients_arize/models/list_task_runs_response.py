from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_metadata import PaginationMetadata
    from ..models.task_run import TaskRun


T = TypeVar("T", bound="ListTaskRunsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "pagination",
        "task_runs",
    }
)


@_attrs_define
class ListTaskRunsResponse:
    """ListTaskRunsResponse

    Attributes:
        pagination (PaginationMetadata | Unset): Cursor-based pagination metadata. Use `next_cursor` in the subsequent
            request's `cursor` query parameter.
        task_runs (list[TaskRun] | Unset): A list of task runs
    """

    pagination: PaginationMetadata | Unset = UNSET
    task_runs: list[TaskRun] | Unset = UNSET
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
            pagination: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pagination, Unset):
                pagination = self.pagination.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            pagination = _as_json(self.pagination)

        try:
            task_runs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.task_runs, Unset):
                task_runs = []
                for task_runs_item_data in self.task_runs:
                    task_runs_item = task_runs_item_data.to_dict()
                    task_runs.append(task_runs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            task_runs = _as_json(self.task_runs)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if task_runs is not UNSET:
            field_dict["task_runs"] = task_runs

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
        _pagination_raw = d.get("pagination", UNSET)
        if _pagination_raw is UNSET:
            pagination = UNSET
        elif not _strict:
            pagination = _pagination_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _pagination = d.get("pagination", UNSET)
                pagination: PaginationMetadata | Unset
                if _pagination is UNSET:
                    pagination = UNSET
                else:
                    pagination = PaginationMetadata.from_dict(_pagination)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                pagination, _drifted = _keep(
                    cls, d, "pagination", "PaginationMetadata", "type", _drifted
                )

        _task_runs_raw = d.get("task_runs", UNSET)
        if _task_runs_raw is UNSET:
            task_runs = UNSET
        elif not _strict:
            task_runs = _task_runs_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _task_runs = d.get("task_runs", UNSET)
                task_runs: list[TaskRun] | Unset = UNSET
                if _task_runs is not UNSET:
                    task_runs = [
                        TaskRun.from_dict(task_runs_item_data) for task_runs_item_data in _task_runs
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                task_runs, _drifted = _keep_each(
                    cls,
                    d,
                    "task_runs",
                    "list[TaskRun]",
                    "type",
                    lambda task_runs_item_data: TaskRun.from_dict(task_runs_item_data),
                    _drifted,
                )

        _list_task_runs_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _list_task_runs_response_._pagination_slot = pagination  # type: ignore[attr-defined]
        _list_task_runs_response_._task_runs_slot = task_runs  # type: ignore[attr-defined]
        _list_task_runs_response_.additional_properties = {}
        _list_task_runs_response_._pending = _pending

        if _extra:
            _list_task_runs_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_list_task_runs_response_, _drifted)
        return _list_task_runs_response_

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


def _decode_pagination(self: ListTaskRunsResponse, raw: Any) -> Any:
    """``pagination`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _pagination = raw
        pagination: PaginationMetadata | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = PaginationMetadata.from_dict(_pagination)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        pagination, _drifted = _keep(
            type(self), {"pagination": raw}, "pagination", "PaginationMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return pagination


_lazy(ListTaskRunsResponse, "pagination", 1, _decode_pagination)


def _decode_task_runs(self: ListTaskRunsResponse, raw: Any) -> Any:
    """``task_runs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _task_runs = raw
        task_runs: list[TaskRun] | Unset = UNSET
        if _task_runs is not UNSET:
            task_runs = [
                TaskRun.from_dict(task_runs_item_data) for task_runs_item_data in _task_runs
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        task_runs, _drifted = _keep_each(
            type(self),
            {"task_runs": raw},
            "task_runs",
            "list[TaskRun]",
            "type",
            lambda task_runs_item_data: TaskRun.from_dict(task_runs_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return task_runs


_lazy(ListTaskRunsResponse, "task_runs", 2, _decode_task_runs)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PaginationMetadata, TaskRun
    from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415
    from ..models.task_run import TaskRun  # noqa: PLC0415

    _LAZY_PENDING = False
