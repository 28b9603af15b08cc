from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_run_experiment_task_request_type import (
    CreateRunExperimentTaskRequestType,
    check_create_run_experiment_task_request_type,
)

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest


T = TypeVar("T", bound="CreateRunExperimentTaskRequest")
_FIELDS = frozenset(
    {
        "dataset_id",
        "name",
        "run_configuration",
        "type",
    }
)


@_attrs_define
class CreateRunExperimentTaskRequest:
    """Request body for creating a `RUN_EXPERIMENT` task. Requires `dataset_id` and `run_configuration`. Does not support
    continuous execution — runs are triggered explicitly via `POST /v2/tasks/{task_id}/trigger`.

        Attributes:
            dataset_id (str): Dataset identifier (base64). Required for `RUN_EXPERIMENT` tasks.
            name (str): Task name
            run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
                TemplateEvaluationRunConfigRequest): Strict request form of an experiment execution configuration. Exactly one
                variant must be supplied, identified by `experiment_type`.
            type_ (CreateRunExperimentTaskRequestType): Task type discriminator. Must be `"RUN_EXPERIMENT"`.
    """

    dataset_id: str
    name: str
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
    )
    type_: CreateRunExperimentTaskRequestType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dataset_id = self.dataset_id

        name = self.name

        run_configuration: dict[str, Any]
        if isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "name": name,
                "run_configuration": run_configuration,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        dataset_id = d["dataset_id"]

        name = d["name"]

        run_configuration = _parse_run_configuration(d["run_configuration"])

        type_ = check_create_run_experiment_task_request_type(d["type"])

        create_run_experiment_task_request = cls(
            dataset_id,
            name,
            run_configuration,
            type_,
        )

        if not d.keys() <= _FIELDS:
            create_run_experiment_task_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_run_experiment_task_request

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


def _parse_run_configuration(
    data: object,
) -> AgentCallRunConfigRequest | LlmGenerationRunConfigRequest | TemplateEvaluationRunConfigRequest:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_request_type_0 = (
            LlmGenerationRunConfigRequest.from_dict(data)
        )

        return componentsschemas_run_configuration_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_request_type_1 = (
            TemplateEvaluationRunConfigRequest.from_dict(data)
        )

        return componentsschemas_run_configuration_request_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_run_configuration_request_type_2 = AgentCallRunConfigRequest.from_dict(data)

    return componentsschemas_run_configuration_request_type_2


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AgentCallRunConfigRequest, \
        LlmGenerationRunConfigRequest, \
        TemplateEvaluationRunConfigRequest
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest  # noqa: PLC0415
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest  # noqa: PLC0415
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False
