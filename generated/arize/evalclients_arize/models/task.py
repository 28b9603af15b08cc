from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    created_at: datetime.datetime
    created_by_user_id: None | str
    evaluators: list[TaskEvaluator]
    experiment_ids: list[str]
    id: str
    is_continuous: bool
    last_run_at: datetime.datetime | None
    name: str
    query_filter: None | str
    type_: TaskType
    updated_at: datetime.datetime
    dataset_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    run_configuration: LlmGenerationRunConfig | None | TemplateEvaluationRunConfig | Unset = UNSET
    sampling_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        evaluators = []
        for evaluators_item_data in self.evaluators:
            evaluators_item = evaluators_item_data.to_dict()
            evaluators.append(evaluators_item)

        experiment_ids = self.experiment_ids

        id = self.id

        is_continuous = self.is_continuous

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        name = self.name

        query_filter: None | str
        query_filter = self.query_filter

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

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

        run_configuration: dict[str, Any] | None | Unset
        if isinstance(self.run_configuration, Unset):
            run_configuration = UNSET
        elif isinstance(self.run_configuration, LlmGenerationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfig):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        evaluators = [
            TaskEvaluator.from_dict(evaluators_item_data)
            for evaluators_item_data in d["evaluators"]
        ]

        experiment_ids: list[str] = d["experiment_ids"]

        id = d["id"]

        is_continuous = d["is_continuous"]

        last_run_at = _parse_last_run_at(d["last_run_at"])

        name = d["name"]

        query_filter: None | str = d["query_filter"]

        type_ = check_task_type(d["type"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

        project_id: None | str | Unset = d.get("project_id", UNSET)

        run_configuration = _parse_run_configuration(d.get("run_configuration", UNSET))

        sampling_rate: float | None | Unset = d.get("sampling_rate", UNSET)

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

        if not d.keys() <= _FIELDS:
            task.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
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
        componentsschemas_run_configuration_type_0 = LlmGenerationRunConfig.from_dict(data)

        return componentsschemas_run_configuration_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_type_1 = TemplateEvaluationRunConfig.from_dict(data)

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
