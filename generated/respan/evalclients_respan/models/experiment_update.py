from __future__ import annotations

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
    from ..models.experiment_update_tags_item import ExperimentUpdateTagsItem
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="ExperimentUpdate")
_new = object.__new__
_FIELDS = frozenset(
    {
        "batch_size",
        "concurrency",
        "dataset_id",
        "description",
        "enable_tracing",
        "evaluator_ids",
        "evaluator_slugs",
        "evaluator_workflow_ids",
        "name",
        "tags",
        "workflow",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "batch_size",
        "batch_size",
        False,
        0,
        "batch_size = _j_batch_size\nif not (type(batch_size) is int or batch_size is UNSET):\n    raise TypeError",
    ),
    (
        "concurrency",
        "concurrency",
        False,
        0,
        "concurrency = _j_concurrency\nif not (type(concurrency) is int or concurrency is UNSET):\n    raise TypeError",
    ),
    (
        "dataset_id",
        "dataset_id",
        False,
        0,
        "dataset_id: None | str | Unset = _j_dataset_id\n\nif not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):\n    raise TypeError",
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
    ("tags", "_tags_slot", False, 1, ""),
    ("workflow", "_workflow_slot", False, 2, ""),
)


@_attrs_define
class ExperimentUpdate:
    """Fields to change on an experiment; all optional.

    Attributes:
        batch_size (int | Unset):
        concurrency (int | Unset):
        dataset_id (None | str | Unset): Dataset ID to run the experiment on.
        description (None | str | Unset): Experiment description.
        enable_tracing (bool | Unset):
        evaluator_ids (list[str] | Unset):
        evaluator_slugs (list[str] | Unset):
        evaluator_workflow_ids (list[str] | Unset):
        name (str | Unset): Experiment name.
        tags (list[ExperimentUpdateTagsItem] | Unset):
        workflow (list[WorkflowTask] | Unset): Workflow tasks configured for the experiment.
    """

    batch_size: int | Unset = UNSET
    concurrency: int | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_tracing: bool | Unset = UNSET
    evaluator_ids: list[str] | Unset = UNSET
    evaluator_slugs: list[str] | Unset = UNSET
    evaluator_workflow_ids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[ExperimentUpdateTagsItem] | Unset = UNSET
    workflow: list[WorkflowTask] | Unset = UNSET
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
        batch_size = self.batch_size

        concurrency = self.concurrency

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enable_tracing = self.enable_tracing

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if description is not UNSET:
            field_dict["description"] = description
        if enable_tracing is not UNSET:
            field_dict["enable_tracing"] = enable_tracing
        if evaluator_ids is not UNSET:
            field_dict["evaluator_ids"] = evaluator_ids
        if evaluator_slugs is not UNSET:
            field_dict["evaluator_slugs"] = evaluator_slugs
        if evaluator_workflow_ids is not UNSET:
            field_dict["evaluator_workflow_ids"] = evaluator_workflow_ids
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

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
            batch_size = d.get("batch_size", UNSET)
            if not (type(batch_size) is int or batch_size is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_size, _drifted = _keep(cls, d, "batch_size", "int", "type", _drifted)

        try:
            concurrency = d.get("concurrency", UNSET)
            if not (type(concurrency) is int or concurrency is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            concurrency, _drifted = _keep(cls, d, "concurrency", "int", "type", _drifted)

        try:
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

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

        _tags_raw = d.get("tags", UNSET)
        if _tags_raw is UNSET:
            tags = UNSET
        elif not _strict:
            tags = _tags_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tags = d.get("tags", UNSET)
                tags: list[ExperimentUpdateTagsItem] | Unset = UNSET
                if _tags is not UNSET:
                    tags = [
                        ExperimentUpdateTagsItem.from_dict(tags_item_data)
                        for tags_item_data in _tags
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tags, _drifted = _keep_each(
                    cls,
                    d,
                    "tags",
                    "list[ExperimentUpdateTagsItem]",
                    "type",
                    lambda tags_item_data: ExperimentUpdateTagsItem.from_dict(tags_item_data),
                    _drifted,
                )

        _workflow_raw = d.get("workflow", UNSET)
        if _workflow_raw is UNSET:
            workflow = UNSET
        elif not _strict:
            workflow = _workflow_raw  # decoded on first read
            _pending |= 2
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

        _experiment_update_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_update_.batch_size = batch_size
        _experiment_update_.concurrency = concurrency
        _experiment_update_.dataset_id = dataset_id
        _experiment_update_.description = description
        _experiment_update_.enable_tracing = enable_tracing
        _experiment_update_.evaluator_ids = evaluator_ids
        _experiment_update_.evaluator_slugs = evaluator_slugs
        _experiment_update_.evaluator_workflow_ids = evaluator_workflow_ids
        _experiment_update_.name = name
        _experiment_update_._tags_slot = tags  # type: ignore[attr-defined]
        _experiment_update_._workflow_slot = workflow  # type: ignore[attr-defined]
        _experiment_update_.additional_properties = {}
        _experiment_update_._pending = _pending

        if _extra:
            _experiment_update_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_update_, _drifted)
        return _experiment_update_

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


def _decode_tags(self: ExperimentUpdate, raw: Any) -> Any:
    """``tags`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tags = raw
        tags: list[ExperimentUpdateTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = [ExperimentUpdateTagsItem.from_dict(tags_item_data) for tags_item_data in _tags]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tags, _drifted = _keep_each(
            type(self),
            {"tags": raw},
            "tags",
            "list[ExperimentUpdateTagsItem]",
            "type",
            lambda tags_item_data: ExperimentUpdateTagsItem.from_dict(tags_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tags


_lazy(ExperimentUpdate, "tags", 1, _decode_tags)


def _decode_workflow(self: ExperimentUpdate, raw: Any) -> Any:
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


_lazy(ExperimentUpdate, "workflow", 2, _decode_workflow)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentUpdateTagsItem, WorkflowTask
    from ..models.experiment_update_tags_item import ExperimentUpdateTagsItem  # noqa: PLC0415
    from ..models.workflow_task import WorkflowTask  # noqa: PLC0415

    _LAZY_PENDING = False
