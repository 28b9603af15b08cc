from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_generation_run_config import LlmGenerationRunConfig
    from ..models.task_evaluator import TaskEvaluator
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig


T = TypeVar("T", bound="Task")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "evaluators",
        "experiment_ids",
        "id",
        "is_continuous",
        "last_run_at",
        "name",
        "query_filter",
        "type",
        "updated_at",
        "dataset_id",
        "project_id",
        "run_configuration",
        "sampling_rate",
    }
)


@_attrs_define
class Task:
    """A task is a typed, configurable unit of work that ties one or more evaluators
    to a data source (project or dataset). `RUN_EXPERIMENT` tasks additionally
    carry a `run_configuration` that defines the LLM or evaluator settings for
    each triggered run.

        Attributes:
            created_at (datetime.datetime): When the task was created.
            created_by_user_id (None | str): The unique identifier for the user who created the task.
            evaluators (list[TaskEvaluator]): The evaluators attached to this task. Empty for run_experiment tasks.
            experiment_ids (list[str]): Experiment identifiers (base64) for dataset-based tasks.
            id (str): The unique identifier for the task
            is_continuous (bool): Whether the task runs continuously on incoming data.
            last_run_at (datetime.datetime | None): When the task was last run.
            name (str): The name of the task
            query_filter (None | str): Task-level query filter applied to all data.
            type_ (TaskType): The task type.
                - TEMPLATE_EVALUATION - An LLM template-based evaluation task.
                - CODE_EVALUATION - A code-based evaluation task.
                - RUN_EXPERIMENT - A task that runs experiments.
            updated_at (datetime.datetime): When the task was last updated.
            dataset_id (None | str | Unset): The dataset identifier (base64). Present for dataset-based tasks.
            project_id (None | str | Unset): The project identifier (base64). Present for project-based tasks.
            run_configuration (LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset): The run configuration
                for a `RUN_EXPERIMENT` task. Present only when
                `type` is `RUN_EXPERIMENT`. Null for all other task types.
            sampling_rate (float | None | Unset): Sampling rate between 0 and 1. Only applicable for project-based tasks.
    """

    created_at: datetime.datetime | Unset
    created_by_user_id: None | str | Unset
    evaluators: list[TaskEvaluator] | Unset
    experiment_ids: list[str] | Unset
    id: str | Unset
    is_continuous: bool | Unset
    last_run_at: datetime.datetime | None | Unset
    name: str | Unset
    query_filter: None | str | Unset
    type_: TaskType | Unset
    updated_at: datetime.datetime | Unset
    dataset_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    run_configuration: LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset = UNSET
    sampling_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        try:
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item = evaluators_item_data.to_dict()
                evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        try:
            experiment_ids = self.experiment_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_ids = _as_json(self.experiment_ids)

        id = self.id

        is_continuous = self.is_continuous

        try:
            last_run_at: None | str
            if isinstance(self.last_run_at, datetime.datetime):
                last_run_at = self.last_run_at.isoformat()
            else:
                last_run_at = self.last_run_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            last_run_at = _as_json(self.last_run_at)

        name = self.name

        query_filter: None | str
        query_filter = self.query_filter

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        try:
            run_configuration: dict[str, Any] | None | Unset
            if isinstance(self.run_configuration, Unset):
                run_configuration = UNSET
            elif isinstance(self.run_configuration, LlmGenerationRunConfig):
                run_configuration = self.run_configuration.to_dict()
            elif isinstance(self.run_configuration, TemplateEvaluationRunConfig):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "evaluators": evaluators,
                "experiment_ids": experiment_ids,
                "id": id,
                "is_continuous": is_continuous,
                "last_run_at": last_run_at,
                "name": name,
                "query_filter": query_filter,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate

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
            created_at = datetime.datetime.fromisoformat(d["created_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_at, _drifted = _keep(
                cls, d, "created_at", "datetime.datetime", "type", _drifted
            )

        try:
            created_by_user_id: None | str = d["created_by_user_id"]

            if not (created_by_user_id is None or type(created_by_user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            evaluators = [
                TaskEvaluator.from_dict(evaluators_item_data)
                for evaluators_item_data in d["evaluators"]
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
            experiment_ids: list[str] = d["experiment_ids"]

            if not (type(experiment_ids) is list):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_ids, _drifted = _keep(
                cls, d, "experiment_ids", "list[str]", "type", _drifted
            )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            is_continuous = d["is_continuous"]
            if not (type(is_continuous) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_continuous, _drifted = _keep(cls, d, "is_continuous", "bool", "type", _drifted)

        try:
            last_run_at = _parse_last_run_at(d["last_run_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            last_run_at, _drifted = _keep(
                cls, d, "last_run_at", "datetime.datetime | None", "union", _drifted
            )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            query_filter: None | str = d["query_filter"]

            if not (query_filter is None or type(query_filter) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        try:
            type_ = check_task_type(d["type"])

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

        try:
            updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            updated_at, _drifted = _keep(
                cls, d, "updated_at", "datetime.datetime", "type", _drifted
            )

        try:
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        try:
            project_id: None | str | Unset = d.get("project_id", UNSET)

            if not (project_id is None or type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "None | str", "type", _drifted)

        try:
            run_configuration = _parse_run_configuration(d.get("run_configuration", UNSET))

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_configuration, _drifted = _keep(
                cls,
                d,
                "run_configuration",
                "LlmGenerationRunConfig | None | TemplateEvaluationRunConfig",
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

        task = cls(
            created_at,
            created_by_user_id,
            evaluators,
            experiment_ids,
            id,
            is_continuous,
            last_run_at,
            name,
            query_filter,
            type_,
            updated_at,
            dataset_id,
            project_id,
            run_configuration,
            sampling_rate,
        )

        if _extra:
            task.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(task, _drifted)
        return task

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


def _parse_last_run_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        last_run_at_type_0 = datetime.datetime.fromisoformat(data)

        return last_run_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


def _parse_run_configuration(
    data: object,
) -> LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset:
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
    return cast(LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, LlmGenerationRunConfig, TaskEvaluator, TemplateEvaluationRunConfig
    from ..models.llm_generation_run_config import LlmGenerationRunConfig  # noqa: PLC0415
    from ..models.task_evaluator import TaskEvaluator  # noqa: PLC0415
    from ..models.template_evaluation_run_config import TemplateEvaluationRunConfig  # noqa: PLC0415

    _LAZY_PENDING = False
