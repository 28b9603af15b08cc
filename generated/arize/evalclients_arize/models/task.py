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
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config import AgentCallRunConfig
    from ..models.llm_generation_run_config import LlmGenerationRunConfig
    from ..models.task_evaluator import TaskEvaluator
    from ..models.task_query_filters import TaskQueryFilters
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig


T = TypeVar("T", bound="Task")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "dataset_id",
        "evaluators",
        "experiment_ids",
        "id",
        "is_continuous",
        "last_run_at",
        "name",
        "project_id",
        "query_filter",
        "query_filters",
        "run_configuration",
        "sampling_rate",
        "type",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id: None | str | Unset = _j_created_by_user_id\n\nif not (created_by_user_id is None or type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "dataset_id",
        "dataset_id",
        False,
        0,
        "dataset_id: None | str | Unset = _j_dataset_id\n\nif not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):\n    raise TypeError",
    ),
    ("evaluators", "_evaluators_slot", False, 2, ""),
    (
        "experiment_ids",
        "experiment_ids",
        False,
        0,
        "experiment_ids: list[str] = _j_experiment_ids\n\nif not ((type(experiment_ids) is list and _strs(experiment_ids)) or experiment_ids is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "is_continuous",
        "is_continuous",
        False,
        0,
        "is_continuous = _j_is_continuous\nif not (type(is_continuous) is bool or is_continuous is UNSET):\n    raise TypeError",
    ),
    ("last_run_at", "_last_run_at_slot", False, 4, ""),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "project_id",
        "project_id",
        False,
        0,
        "project_id: None | str | Unset = _j_project_id\n\nif not (project_id is None or type(project_id) is str or project_id is UNSET):\n    raise TypeError",
    ),
    (
        "query_filter",
        "query_filter",
        False,
        0,
        "query_filter: None | str | Unset = _j_query_filter\n\nif not (query_filter is None or type(query_filter) is str or query_filter is UNSET):\n    raise TypeError",
    ),
    ("query_filters", "_query_filters_slot", False, 8, ""),
    ("run_configuration", "_run_configuration_slot", False, 16, ""),
    (
        "sampling_rate",
        "sampling_rate",
        False,
        0,
        "sampling_rate: float | None | Unset = _j_sampling_rate\n\nif not (sampling_rate is None or type(sampling_rate) is float or type(sampling_rate) is int or sampling_rate is UNSET):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: TaskType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_task_type(_type_)",
    ),
    ("updated_at", "_updated_at_slot", False, 32, ""),
)


@_attrs_define
class Task:
    """A task is a typed, configurable unit of work that ties one or more evaluators to a data source (project or dataset).
    `RUN_EXPERIMENT` tasks additionally carry a `run_configuration` that defines the LLM, evaluator, or agent settings
    for each triggered run.  Evaluation tasks (`TEMPLATE_EVALUATION` and `CODE_EVALUATION`) use one of two mutually
    exclusive query-filter shapes depending on the granularity of the data each evaluator processes:  - **Span shape** —
    `query_filter` (task-level) plus per-evaluator   `column_mappings`/`query_filter`. For tasks where each evaluated
    unit is   a single span. `query_filters` is null. - **Trace/session shape** — `query_filters` (named `filters` plus
    optional   `expression`) at the task level, and per-evaluator `query_mappings`. For   tasks where each evaluated
    unit is a complete trace or session.   `query_filter` is null.  All evaluators on a task must use the same shape;
    mixing shapes returns 400.

        Attributes:
            created_at (datetime.datetime | Unset): When the task was created.
            created_by_user_id (None | str | Unset): The unique identifier for the user who created the task.
            dataset_id (None | str | Unset): The dataset identifier (base64). Present for dataset-based tasks.
            evaluators (list[TaskEvaluator] | Unset): The evaluators attached to this task. Empty for run_experiment tasks.
            experiment_ids (list[str] | Unset): Experiment identifiers (base64) for dataset-based tasks.
            id (str | Unset): The unique identifier for the task
            is_continuous (bool | Unset): Whether the task runs continuously on incoming data.
            last_run_at (datetime.datetime | None | Unset): When the task was last run.
            name (str | Unset): The name of the task
            project_id (None | str | Unset): The project identifier (base64). Present for project-based tasks.
            query_filter (None | str | Unset): Task-level query filter applied to all data. Span-granularity shape only.
                Null when the task uses the trace/session shape (`query_filters`). Mutually exclusive with `query_filters`.
            query_filters (None | TaskQueryFilters | Unset): Named query filters plus optional boolean expression for
                trace/session-granularity evaluators. Null for span-granularity tasks (which use `query_filter`). Mutually
                exclusive with `query_filter`.
            run_configuration (AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset):
                The run configuration for a `RUN_EXPERIMENT` task. Present only when `type` is `RUN_EXPERIMENT`. Null for all
                other task types.
            sampling_rate (float | None | Unset): Sampling rate between 0 and 1. Only applicable for project-based tasks.
            type_ (TaskType | Unset): The task type. - TEMPLATE_EVALUATION - An LLM template-based evaluation task. -
                CODE_EVALUATION - A code-based evaluation task. - RUN_EXPERIMENT - A task that runs experiments.
            updated_at (datetime.datetime | Unset): When the task was last updated.
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    evaluators: list[TaskEvaluator] | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    query_filters: None | TaskQueryFilters | Unset = UNSET
    run_configuration: (
        AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset
    ) = UNSET
    sampling_rate: float | None | Unset = UNSET
    type_: TaskType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        try:
            evaluators: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluators, Unset):
                evaluators = []
                for evaluators_item_data in self.evaluators:
                    evaluators_item = evaluators_item_data.to_dict()
                    evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        try:
            experiment_ids: list[str] | Unset = UNSET
            if not isinstance(self.experiment_ids, Unset):
                experiment_ids = self.experiment_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_ids = _as_json(self.experiment_ids)

        id = self.id

        is_continuous = self.is_continuous

        try:
            last_run_at: None | str | Unset
            if isinstance(self.last_run_at, Unset):
                last_run_at = UNSET
            elif isinstance(self.last_run_at, datetime.datetime):
                last_run_at = self.last_run_at.isoformat()
            else:
                last_run_at = self.last_run_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            last_run_at = _as_json(self.last_run_at)

        name = self.name

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        try:
            query_filters: dict[str, Any] | None | Unset
            if isinstance(self.query_filters, Unset):
                query_filters = UNSET
            elif isinstance(self.query_filters, TaskQueryFilters):
                query_filters = self.query_filters.to_dict()
            else:
                query_filters = self.query_filters
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_filters = _as_json(self.query_filters)

        try:
            run_configuration: dict[str, Any] | None | Unset
            if isinstance(self.run_configuration, Unset):
                run_configuration = UNSET
            elif isinstance(self.run_configuration, LlmGenerationRunConfig):
                run_configuration = self.run_configuration.to_dict()
            elif isinstance(self.run_configuration, TemplateEvaluationRunConfig):
                run_configuration = self.run_configuration.to_dict()
            elif isinstance(self.run_configuration, AgentCallRunConfig):
                run_configuration = self.run_configuration.to_dict()
            else:
                run_configuration = self.run_configuration
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_configuration = _as_json(self.run_configuration)

        sampling_rate: float | None | Unset
        if isinstance(self.sampling_rate, Unset):
            sampling_rate = UNSET
        else:
            sampling_rate = self.sampling_rate

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if id is not UNSET:
            field_dict["id"] = id
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if query_filters is not UNSET:
            field_dict["query_filters"] = query_filters
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
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
            created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

            if not (
                created_by_user_id is None
                or type(created_by_user_id) is str
                or created_by_user_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        _evaluators_raw = d.get("evaluators", UNSET)
        if _evaluators_raw is UNSET:
            evaluators = UNSET
        elif not _strict:
            evaluators = _evaluators_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _evaluators = d.get("evaluators", UNSET)
                evaluators: list[TaskEvaluator] | Unset = UNSET
                if _evaluators is not UNSET:
                    evaluators = [
                        TaskEvaluator.from_dict(evaluators_item_data)
                        for evaluators_item_data in _evaluators
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluators, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluators",
                    "list[TaskEvaluator]",
                    "type",
                    lambda evaluators_item_data: TaskEvaluator.from_dict(evaluators_item_data),
                    _drifted,
                )

        try:
            experiment_ids: list[str] = d.get("experiment_ids", UNSET)

            if not (
                (type(experiment_ids) is list and _strs(experiment_ids)) or experiment_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_ids, _drifted = _keep(
                cls, d, "experiment_ids", "list[str]", "type", _drifted
            )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            is_continuous = d.get("is_continuous", UNSET)
            if not (type(is_continuous) is bool or is_continuous is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_continuous, _drifted = _keep(cls, d, "is_continuous", "bool", "type", _drifted)

        _last_run_at_raw = d.get("last_run_at", UNSET)
        if _last_run_at_raw is UNSET:
            last_run_at = UNSET
        elif not _strict:
            last_run_at = _last_run_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _last_run_at = d.get("last_run_at", UNSET)
                last_run_at = (
                    _last_run_at
                    if _last_run_at is None or _last_run_at is UNSET
                    else datetime.datetime.fromisoformat(_last_run_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                last_run_at, _drifted = _keep(
                    cls, d, "last_run_at", "datetime.datetime | None", "union", _drifted
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
            project_id: None | str | Unset = d.get("project_id", UNSET)

            if not (project_id is None or type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "None | str", "type", _drifted)

        try:
            query_filter: None | str | Unset = d.get("query_filter", UNSET)

            if not (query_filter is None or type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        _query_filters_raw = d.get("query_filters", UNSET)
        if _query_filters_raw is UNSET:
            query_filters = UNSET
        elif not _strict:
            query_filters = _query_filters_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _query_filters = d.get("query_filters", UNSET)
                query_filters = (
                    _query_filters
                    if _query_filters is None or _query_filters is UNSET
                    else _parse_query_filters(_query_filters)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                query_filters, _drifted = _keep(
                    cls, d, "query_filters", "None | TaskQueryFilters", "union", _drifted
                )

        _run_configuration_raw = d.get("run_configuration", UNSET)
        if _run_configuration_raw is UNSET:
            run_configuration = UNSET
        elif not _strict:
            run_configuration = _run_configuration_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _run_configuration = d.get("run_configuration", UNSET)
                run_configuration = (
                    _run_configuration
                    if _run_configuration is None or _run_configuration is UNSET
                    else _parse_run_configuration(_run_configuration)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                run_configuration, _drifted = _keep(
                    cls,
                    d,
                    "run_configuration",
                    "AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig",
                    "union",
                    _drifted,
                )

        try:
            sampling_rate: float | None | Unset = d.get("sampling_rate", UNSET)

            if not (
                sampling_rate is None
                or type(sampling_rate) is float
                or type(sampling_rate) is int
                or sampling_rate is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            sampling_rate, _drifted = _keep(
                cls, d, "sampling_rate", "float | None", "type", _drifted
            )

        try:
            _type_ = d.get("type", UNSET)
            type_: TaskType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_task_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls,
                d,
                "type",
                "one of CODE_EVALUATION, RUN_EXPERIMENT, TEMPLATE_EVALUATION",
                "enum",
                _drifted,
            )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _task_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _task_._created_at_slot = created_at  # type: ignore[attr-defined]
        _task_.created_by_user_id = created_by_user_id
        _task_.dataset_id = dataset_id
        _task_._evaluators_slot = evaluators  # type: ignore[attr-defined]
        _task_.experiment_ids = experiment_ids
        _task_.id = id
        _task_.is_continuous = is_continuous
        _task_._last_run_at_slot = last_run_at  # type: ignore[attr-defined]
        _task_.name = name
        _task_.project_id = project_id
        _task_.query_filter = query_filter
        _task_._query_filters_slot = query_filters  # type: ignore[attr-defined]
        _task_._run_configuration_slot = run_configuration  # type: ignore[attr-defined]
        _task_.sampling_rate = sampling_rate
        _task_.type_ = type_
        _task_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _task_.additional_properties = {}
        _task_._pending = _pending

        if _extra:
            _task_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_task_, _drifted)
        return _task_

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


def _parse_query_filters(data: object) -> None | TaskQueryFilters | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        query_filters_type_0 = TaskQueryFilters.from_dict(data)

        return query_filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_run_configuration(
    data: object,
) -> AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_type_0 = LlmGenerationRunConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_run_configuration_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_type_1 = TemplateEvaluationRunConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_run_configuration_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_type_2 = AgentCallRunConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_run_configuration_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: Task, raw: Any) -> Any:
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


_lazy(Task, "created_at", 1, _decode_created_at)


def _decode_evaluators(self: Task, raw: Any) -> Any:
    """``evaluators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluators = raw
        evaluators: list[TaskEvaluator] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = [
                TaskEvaluator.from_dict(evaluators_item_data)
                for evaluators_item_data in _evaluators
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluators, _drifted = _keep_each(
            type(self),
            {"evaluators": raw},
            "evaluators",
            "list[TaskEvaluator]",
            "type",
            lambda evaluators_item_data: TaskEvaluator.from_dict(evaluators_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluators


_lazy(Task, "evaluators", 2, _decode_evaluators)


def _decode_last_run_at(self: Task, raw: Any) -> Any:
    """``last_run_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _last_run_at = raw
        last_run_at = (
            _last_run_at
            if _last_run_at is None or _last_run_at is UNSET
            else datetime.datetime.fromisoformat(_last_run_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        last_run_at, _drifted = _keep(
            type(self),
            {"last_run_at": raw},
            "last_run_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return last_run_at


_lazy(Task, "last_run_at", 4, _decode_last_run_at)


def _decode_query_filters(self: Task, raw: Any) -> Any:
    """``query_filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _query_filters = raw
        query_filters = (
            _query_filters
            if _query_filters is None or _query_filters is UNSET
            else _parse_query_filters(_query_filters)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        query_filters, _drifted = _keep(
            type(self),
            {"query_filters": raw},
            "query_filters",
            "None | TaskQueryFilters",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return query_filters


_lazy(Task, "query_filters", 8, _decode_query_filters)


def _decode_run_configuration(self: Task, raw: Any) -> Any:
    """``run_configuration`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _run_configuration = raw
        run_configuration = (
            _run_configuration
            if _run_configuration is None or _run_configuration is UNSET
            else _parse_run_configuration(_run_configuration)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        run_configuration, _drifted = _keep(
            type(self),
            {"run_configuration": raw},
            "run_configuration",
            "AgentCallRunConfig | LlmGenerationRunConfig | None | TemplateEvaluationRunConfig",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return run_configuration


_lazy(Task, "run_configuration", 16, _decode_run_configuration)


def _decode_updated_at(self: Task, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(Task, "updated_at", 32, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AgentCallRunConfig, \
        LlmGenerationRunConfig, \
        TaskEvaluator, \
        TaskQueryFilters, \
        TemplateEvaluationRunConfig
    from ..models.agent_call_run_config import AgentCallRunConfig  # noqa: PLC0415
    from ..models.llm_generation_run_config import LlmGenerationRunConfig  # noqa: PLC0415
    from ..models.task_evaluator import TaskEvaluator  # noqa: PLC0415
    from ..models.task_query_filters import TaskQueryFilters  # noqa: PLC0415
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig  # noqa: PLC0415

    _LAZY_PENDING = False
