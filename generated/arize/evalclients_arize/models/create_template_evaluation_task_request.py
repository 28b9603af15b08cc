from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_evaluator_input import TaskEvaluatorInput


T = TypeVar("T", bound="CreateTemplateEvaluationTaskRequest")
_FIELDS = frozenset(
    {
        "evaluators",
        "name",
        "type",
        "dataset_id",
        "experiment_ids",
        "is_continuous",
        "project_id",
        "query_filter",
        "sampling_rate",
    }
)


@_attrs_define
class CreateTemplateEvaluationTaskRequest:
    """Request body for creating a `TEMPLATE_EVALUATION` task. Requires `evaluators`
    and exactly one of `project_id` or `dataset_id`. When `dataset_id` is provided,
    `experiment_ids` must contain at least one entry.

        Attributes:
            evaluators (list[TaskEvaluatorInput]): Evaluators to attach (at least one required).
            name (str): Task name
            type_ (str): Task type discriminator. Must be `"TEMPLATE_EVALUATION"`.
            dataset_id (str | Unset): Dataset identifier (base64). Required when `project_id` is not provided.
                Mutually exclusive with `project_id`.
            experiment_ids (list[str] | Unset): Experiment identifiers (base64). Required when `dataset_id` is provided
                (at least one entry). Must be omitted or empty for project-based tasks.
            is_continuous (bool | Unset): Whether the task runs continuously. Only supported on project-based tasks.
                Must be `false` or omitted for dataset-based tasks.
            project_id (str | Unset): Project identifier (base64). Required when `dataset_id` is not provided.
                Mutually exclusive with `dataset_id`.
            query_filter (str | Unset): Task-level query filter applied to all evaluated data.
            sampling_rate (float | Unset): Sampling rate between 0 and 1. Only supported on project-based tasks.
    """

    evaluators: list[TaskEvaluatorInput]
    name: str
    type_: str
    dataset_id: str | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    is_continuous: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    query_filter: str | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluators = []
        for evaluators_item_data in self.evaluators:
            evaluators_item = evaluators_item_data.to_dict()
            evaluators.append(evaluators_item)

        name = self.name

        type_ = self.type_

        dataset_id = self.dataset_id

        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        is_continuous = self.is_continuous

        project_id = self.project_id

        query_filter = self.query_filter

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluators": evaluators,
                "name": name,
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        evaluators = [
            TaskEvaluatorInput.from_dict(evaluators_item_data)
            for evaluators_item_data in d["evaluators"]
        ]

        name = d["name"]

        type_ = d["type"]

        dataset_id = d.get("dataset_id", UNSET)

        experiment_ids: list[str] = d.get("experiment_ids", UNSET)

        is_continuous = d.get("is_continuous", UNSET)

        project_id = d.get("project_id", UNSET)

        query_filter = d.get("query_filter", UNSET)

        sampling_rate = d.get("sampling_rate", UNSET)

        create_template_evaluation_task_request = cls(
            evaluators,
            name,
            type_,
            dataset_id,
            experiment_ids,
            is_continuous,
            project_id,
            query_filter,
            sampling_rate,
        )

        if not d.keys() <= _FIELDS:
            create_template_evaluation_task_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_template_evaluation_task_request

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
    global _LAZY_PENDING, TaskEvaluatorInput
    from ..models.task_evaluator_input import TaskEvaluatorInput  # noqa: PLC0415

    _LAZY_PENDING = False
