from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_tags_item import ExperimentTagsItem
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="Experiment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "batch_size",
        "completed_at",
        "concurrency",
        "created_at",
        "dataset",
        "dataset_id",
        "dataset_name",
        "description",
        "enable_tracing",
        "error_message",
        "evaluator_ids",
        "evaluator_slugs",
        "evaluator_workflow_ids",
        "name",
        "progress",
        "started_at",
        "status",
        "tags",
        "workflow",
        "workflow_count",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "batch_size",
        "batch_size",
        False,
        0,
        "batch_size = _j_batch_size\nif not (type(batch_size) is int or batch_size is UNSET):\n    raise TypeError",
    ),
    ("completed_at", "_completed_at_slot", False, 1, ""),
    (
        "concurrency",
        "concurrency",
        False,
        0,
        "concurrency = _j_concurrency\nif not (type(concurrency) is int or concurrency is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 2, ""),
    (
        "dataset",
        "dataset",
        False,
        0,
        "dataset: None | str | Unset = _j_dataset\n\nif not (dataset is None or type(dataset) is str or dataset is UNSET):\n    raise TypeError",
    ),
    (
        "dataset_id",
        "dataset_id",
        False,
        0,
        "dataset_id: None | str | Unset = _j_dataset_id\n\nif not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):\n    raise TypeError",
    ),
    (
        "dataset_name",
        "dataset_name",
        False,
        0,
        "dataset_name: None | str | Unset = _j_dataset_name\n\nif not (dataset_name is None or type(dataset_name) is str or dataset_name is UNSET):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "enable_tracing",
        "enable_tracing",
        False,
        0,
        "enable_tracing = _j_enable_tracing\nif not (type(enable_tracing) is bool or enable_tracing is UNSET):\n    raise TypeError",
    ),
    (
        "error_message",
        "error_message",
        False,
        0,
        "error_message: None | str | Unset = _j_error_message\n\nif not (error_message is None or type(error_message) is str or error_message is UNSET):\n    raise TypeError",
    ),
    (
        "evaluator_ids",
        "evaluator_ids",
        False,
        0,
        "evaluator_ids: list[str] = _j_evaluator_ids\n\nif not ((type(evaluator_ids) is list and _strs(evaluator_ids)) or evaluator_ids is UNSET):\n    raise TypeError",
    ),
    (
        "evaluator_slugs",
        "evaluator_slugs",
        False,
        0,
        "evaluator_slugs: list[str] = _j_evaluator_slugs\n\nif not ((type(evaluator_slugs) is list and _strs(evaluator_slugs)) or evaluator_slugs is UNSET):\n    raise TypeError",
    ),
    (
        "evaluator_workflow_ids",
        "evaluator_workflow_ids",
        False,
        0,
        "evaluator_workflow_ids: list[str] = _j_evaluator_workflow_ids\n\nif not ((type(evaluator_workflow_ids) is list and _strs(evaluator_workflow_ids)) or evaluator_workflow_ids is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "progress",
        "progress",
        False,
        0,
        "progress = _j_progress\nif not (type(progress) is float or type(progress) is int or progress is UNSET):\n    raise TypeError",
    ),
    ("started_at", "_started_at_slot", False, 4, ""),
    (
        "status",
        "status",
        False,
        0,
        "status = _j_status\nif not (type(status) is str or status is UNSET):\n    raise TypeError",
    ),
    ("tags", "_tags_slot", False, 8, ""),
    ("workflow", "_workflow_slot", False, 16, ""),
    (
        "workflow_count",
        "workflow_count",
        False,
        0,
        "workflow_count = _j_workflow_count\nif not (type(workflow_count) is int or workflow_count is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class Experiment:
    """An experiment, as documented by "Retrieve an experiment".

    Attributes:
        id (str): Experiment ID.
        batch_size (int | Unset):
        completed_at (datetime.datetime | None | Unset):
        concurrency (int | Unset):
        created_at (datetime.datetime | Unset):
        dataset (None | str | Unset): Dataset ID associated with the experiment.
        dataset_id (None | str | Unset): Dataset ID associated with the experiment.
        dataset_name (None | str | Unset): Dataset name, when available.
        description (None | str | Unset): Experiment description.
        enable_tracing (bool | Unset):
        error_message (None | str | Unset): Failure details when status is failed.
        evaluator_ids (list[str] | Unset): Evaluator IDs used for scoring.
        evaluator_slugs (list[str] | Unset): Backward-compatible evaluator identifiers stored by the backend.
        evaluator_workflow_ids (list[str] | Unset): Eval-only workflow versions used for scoring.
        name (str | Unset): Experiment name.
        progress (float | Unset): Execution progress percentage.
        started_at (datetime.datetime | None | Unset):
        status (str | Unset): Experiment execution status (e.g. "pending"; "failed" sets error_message).
        tags (list[ExperimentTagsItem] | Unset): Tags attached to the experiment.
        workflow (list[WorkflowTask] | Unset): Workflow tasks configured for the experiment.
        workflow_count (int | Unset): Number of workflow steps.
    """

    id: str | Unset
    batch_size: int | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    concurrency: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dataset: None | str | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    dataset_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_tracing: bool | Unset = UNSET
    error_message: None | str | Unset = UNSET
    evaluator_ids: list[str] | Unset = UNSET
    evaluator_slugs: list[str] | Unset = UNSET
    evaluator_workflow_ids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    progress: float | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    tags: list[ExperimentTagsItem] | Unset = UNSET
    workflow: list[WorkflowTask] | Unset = UNSET
    workflow_count: int | Unset = UNSET
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
        id = self.id

        batch_size = self.batch_size

        try:
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            elif isinstance(self.completed_at, datetime.datetime):
                completed_at = self.completed_at.isoformat()
            else:
                completed_at = self.completed_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            completed_at = _as_json(self.completed_at)

        concurrency = self.concurrency

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        dataset: None | str | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        else:
            dataset = self.dataset

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_name: None | str | Unset
        if isinstance(self.dataset_name, Unset):
            dataset_name = UNSET
        else:
            dataset_name = self.dataset_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enable_tracing = self.enable_tracing

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        try:
            evaluator_ids: list[str] | Unset = UNSET
            if not isinstance(self.evaluator_ids, Unset):
                evaluator_ids = self.evaluator_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_ids = _as_json(self.evaluator_ids)

        try:
            evaluator_slugs: list[str] | Unset = UNSET
            if not isinstance(self.evaluator_slugs, Unset):
                evaluator_slugs = self.evaluator_slugs

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_slugs = _as_json(self.evaluator_slugs)

        try:
            evaluator_workflow_ids: list[str] | Unset = UNSET
            if not isinstance(self.evaluator_workflow_ids, Unset):
                evaluator_workflow_ids = self.evaluator_workflow_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_workflow_ids = _as_json(self.evaluator_workflow_ids)

        name = self.name

        progress = self.progress

        try:
            started_at: None | str | Unset
            if isinstance(self.started_at, Unset):
                started_at = UNSET
            elif isinstance(self.started_at, datetime.datetime):
                started_at = self.started_at.isoformat()
            else:
                started_at = self.started_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            started_at = _as_json(self.started_at)

        status = self.status

        try:
            tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict()
                    tags.append(tags_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        try:
            workflow: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.workflow, Unset):
                workflow = []
                for workflow_item_data in self.workflow:
                    workflow_item = workflow_item_data.to_dict()
                    workflow.append(workflow_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            workflow = _as_json(self.workflow)

        workflow_count = self.workflow_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if description is not UNSET:
            field_dict["description"] = description
        if enable_tracing is not UNSET:
            field_dict["enable_tracing"] = enable_tracing
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if evaluator_ids is not UNSET:
            field_dict["evaluator_ids"] = evaluator_ids
        if evaluator_slugs is not UNSET:
            field_dict["evaluator_slugs"] = evaluator_slugs
        if evaluator_workflow_ids is not UNSET:
            field_dict["evaluator_workflow_ids"] = evaluator_workflow_ids
        if name is not UNSET:
            field_dict["name"] = name
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if workflow_count is not UNSET:
            field_dict["workflow_count"] = workflow_count

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            batch_size = d.get("batch_size", UNSET)
            if not (type(batch_size) is int or batch_size is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_size, _drifted = _keep(cls, d, "batch_size", "int", "type", _drifted)

        _completed_at_raw = d.get("completed_at", UNSET)
        if _completed_at_raw is UNSET:
            completed_at = UNSET
        elif not _strict:
            completed_at = _completed_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _completed_at = d.get("completed_at", UNSET)
                completed_at = (
                    _completed_at
                    if _completed_at is None or _completed_at is UNSET
                    else datetime.datetime.fromisoformat(_completed_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                completed_at, _drifted = _keep(
                    cls, d, "completed_at", "datetime.datetime | None", "union", _drifted
                )

        try:
            concurrency = d.get("concurrency", UNSET)
            if not (type(concurrency) is int or concurrency is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            concurrency, _drifted = _keep(cls, d, "concurrency", "int", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            dataset: None | str | Unset = d.get("dataset", UNSET)

            if not (dataset is None or type(dataset) is str or dataset is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset, _drifted = _keep(cls, d, "dataset", "None | str", "type", _drifted)

        try:
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        try:
            dataset_name: None | str | Unset = d.get("dataset_name", UNSET)

            if not (dataset_name is None or type(dataset_name) is str or dataset_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_name, _drifted = _keep(cls, d, "dataset_name", "None | str", "type", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            enable_tracing = d.get("enable_tracing", UNSET)
            if not (type(enable_tracing) is bool or enable_tracing is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            enable_tracing, _drifted = _keep(cls, d, "enable_tracing", "bool", "type", _drifted)

        try:
            error_message: None | str | Unset = d.get("error_message", UNSET)

            if not (error_message is None or type(error_message) is str or error_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error_message, _drifted = _keep(cls, d, "error_message", "None | str", "type", _drifted)

        try:
            evaluator_ids: list[str] = d.get("evaluator_ids", UNSET)

            if not (
                (type(evaluator_ids) is list and _strs(evaluator_ids)) or evaluator_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_ids, _drifted = _keep(cls, d, "evaluator_ids", "list[str]", "type", _drifted)

        try:
            evaluator_slugs: list[str] = d.get("evaluator_slugs", UNSET)

            if not (
                (type(evaluator_slugs) is list and _strs(evaluator_slugs))
                or evaluator_slugs is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_slugs, _drifted = _keep(
                cls, d, "evaluator_slugs", "list[str]", "type", _drifted
            )

        try:
            evaluator_workflow_ids: list[str] = d.get("evaluator_workflow_ids", UNSET)

            if not (
                (type(evaluator_workflow_ids) is list and _strs(evaluator_workflow_ids))
                or evaluator_workflow_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_workflow_ids, _drifted = _keep(
                cls, d, "evaluator_workflow_ids", "list[str]", "type", _drifted
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            progress = d.get("progress", UNSET)
            if not (type(progress) is float or type(progress) is int or progress is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            progress, _drifted = _keep(cls, d, "progress", "float", "type", _drifted)

        _started_at_raw = d.get("started_at", UNSET)
        if _started_at_raw is UNSET:
            started_at = UNSET
        elif not _strict:
            started_at = _started_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _started_at = d.get("started_at", UNSET)
                started_at = (
                    _started_at
                    if _started_at is None or _started_at is UNSET
                    else datetime.datetime.fromisoformat(_started_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                started_at, _drifted = _keep(
                    cls, d, "started_at", "datetime.datetime | None", "union", _drifted
                )

        try:
            status = d.get("status", UNSET)
            if not (type(status) is str or status is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(cls, d, "status", "str", "type", _drifted)

        _tags_raw = d.get("tags", UNSET)
        if _tags_raw is UNSET:
            tags = UNSET
        elif not _strict:
            tags = _tags_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _tags = d.get("tags", UNSET)
                tags: list[ExperimentTagsItem] | Unset = UNSET
                if _tags is not UNSET:
                    tags = [
                        ExperimentTagsItem.from_dict(tags_item_data) for tags_item_data in _tags
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tags, _drifted = _keep_each(
                    cls,
                    d,
                    "tags",
                    "list[ExperimentTagsItem]",
                    "type",
                    lambda tags_item_data: ExperimentTagsItem.from_dict(tags_item_data),
                    _drifted,
                )

        _workflow_raw = d.get("workflow", UNSET)
        if _workflow_raw is UNSET:
            workflow = UNSET
        elif not _strict:
            workflow = _workflow_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _workflow = d.get("workflow", UNSET)
                workflow: list[WorkflowTask] | Unset = UNSET
                if _workflow is not UNSET:
                    workflow = [
                        WorkflowTask.from_dict(workflow_item_data)
                        for workflow_item_data in _workflow
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                workflow, _drifted = _keep_each(
                    cls,
                    d,
                    "workflow",
                    "list[WorkflowTask]",
                    "type",
                    lambda workflow_item_data: WorkflowTask.from_dict(workflow_item_data),
                    _drifted,
                )

        try:
            workflow_count = d.get("workflow_count", UNSET)
            if not (type(workflow_count) is int or workflow_count is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            workflow_count, _drifted = _keep(cls, d, "workflow_count", "int", "type", _drifted)

        _experiment_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _experiment_.id = id
        _experiment_.batch_size = batch_size
        _experiment_._completed_at_slot = completed_at  # type: ignore[attr-defined]
        _experiment_.concurrency = concurrency
        _experiment_._created_at_slot = created_at  # type: ignore[attr-defined]
        _experiment_.dataset = dataset
        _experiment_.dataset_id = dataset_id
        _experiment_.dataset_name = dataset_name
        _experiment_.description = description
        _experiment_.enable_tracing = enable_tracing
        _experiment_.error_message = error_message
        _experiment_.evaluator_ids = evaluator_ids
        _experiment_.evaluator_slugs = evaluator_slugs
        _experiment_.evaluator_workflow_ids = evaluator_workflow_ids
        _experiment_.name = name
        _experiment_.progress = progress
        _experiment_._started_at_slot = started_at  # type: ignore[attr-defined]
        _experiment_.status = status
        _experiment_._tags_slot = tags  # type: ignore[attr-defined]
        _experiment_._workflow_slot = workflow  # type: ignore[attr-defined]
        _experiment_.workflow_count = workflow_count
        _experiment_.additional_properties = {}
        _experiment_._pending = _pending

        if _extra:
            _experiment_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_, _drifted)
        return _experiment_

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


def _decode_completed_at(self: Experiment, raw: Any) -> Any:
    """``completed_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _completed_at = raw
        completed_at = (
            _completed_at
            if _completed_at is None or _completed_at is UNSET
            else datetime.datetime.fromisoformat(_completed_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        completed_at, _drifted = _keep(
            type(self),
            {"completed_at": raw},
            "completed_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return completed_at


_lazy(Experiment, "completed_at", 1, _decode_completed_at)


def _decode_created_at(self: Experiment, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(Experiment, "created_at", 2, _decode_created_at)


def _decode_started_at(self: Experiment, raw: Any) -> Any:
    """``started_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _started_at = raw
        started_at = (
            _started_at
            if _started_at is None or _started_at is UNSET
            else datetime.datetime.fromisoformat(_started_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        started_at, _drifted = _keep(
            type(self),
            {"started_at": raw},
            "started_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return started_at


_lazy(Experiment, "started_at", 4, _decode_started_at)


def _decode_tags(self: Experiment, raw: Any) -> Any:
    """``tags`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tags = raw
        tags: list[ExperimentTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = [ExperimentTagsItem.from_dict(tags_item_data) for tags_item_data in _tags]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tags, _drifted = _keep_each(
            type(self),
            {"tags": raw},
            "tags",
            "list[ExperimentTagsItem]",
            "type",
            lambda tags_item_data: ExperimentTagsItem.from_dict(tags_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tags


_lazy(Experiment, "tags", 8, _decode_tags)


def _decode_workflow(self: Experiment, raw: Any) -> Any:
    """``workflow`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _workflow = raw
        workflow: list[WorkflowTask] | Unset = UNSET
        if _workflow is not UNSET:
            workflow = [
                WorkflowTask.from_dict(workflow_item_data) for workflow_item_data in _workflow
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        workflow, _drifted = _keep_each(
            type(self),
            {"workflow": raw},
            "workflow",
            "list[WorkflowTask]",
            "type",
            lambda workflow_item_data: WorkflowTask.from_dict(workflow_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return workflow


_lazy(Experiment, "workflow", 16, _decode_workflow)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentTagsItem, WorkflowTask
    from ..models.experiment_tags_item import ExperimentTagsItem  # noqa: PLC0415
    from ..models.workflow_task import WorkflowTask  # noqa: PLC0415

    _LAZY_PENDING = False
