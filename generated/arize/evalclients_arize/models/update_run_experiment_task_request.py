from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest


T = TypeVar("T", bound="UpdateRunExperimentTaskRequest")
_FIELDS = frozenset(
    {
        "name",
        "run_configuration",
    }
)


@_attrs_define
class UpdateRunExperimentTaskRequest:
    """PATCH body for `RUN_EXPERIMENT` tasks. The server derives the task type from the URL's task record. At least one of
    `name` or `run_configuration` must be provided. When `run_configuration` is provided the stored config is fully
    replaced (existing configs are marked inactive and the new config is inserted atomically in a transaction).

        Attributes:
            name (str | Unset): New task name.
            run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
                TemplateEvaluationRunConfigRequest | Unset): Strict request form of an experiment execution configuration.
                Exactly one variant must be supplied, identified by `experiment_type`.
    """

    name: str | Unset = UNSET
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        run_configuration: dict[str, Any] | Unset
        if isinstance(self.run_configuration, Unset):
            run_configuration = UNSET
        elif isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
            run_configuration = self.run_configuration.to_dict()
        else:
            run_configuration = self.run_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        name = d.get("name", UNSET)

        run_configuration = _parse_run_configuration(d.get("run_configuration", UNSET))

        update_run_experiment_task_request = cls(
            name,
            run_configuration,
        )

        if not d.keys() <= _FIELDS:
            update_run_experiment_task_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_run_experiment_task_request

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
) -> (
    AgentCallRunConfigRequest
    | LlmGenerationRunConfigRequest
    | TemplateEvaluationRunConfigRequest
    | Unset
):
    if isinstance(data, Unset):
        return data
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
