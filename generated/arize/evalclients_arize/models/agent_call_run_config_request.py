from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_call_run_config_request_experiment_type import (
    AgentCallRunConfigRequestExperimentType,
    check_agent_call_run_config_request_experiment_type,
)

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,
    )


T = TypeVar("T", bound="AgentCallRunConfigRequest")
_FIELDS = frozenset(
    {
        "experiment_type",
        "input_template",
        "integration_id",
    }
)


@_attrs_define
class AgentCallRunConfigRequest:
    """Strict request configuration for running an agent integration.

    Attributes:
        experiment_type (AgentCallRunConfigRequestExperimentType): Discriminator. Must be `"AGENT_CALL"`.
        input_template (AgentCallRunConfigRequestInputTemplate): JSON request body sent to the agent for each dataset
            example. Must be a JSON object whose values conform to the agent integration's input schema. Mustache
            placeholders (`{{column}}`) are substituted with each dataset row's values before the request is sent. Write
            every placeholder as a JSON string. A string that is exactly one placeholder (`"{{profile_id}}"`) is replaced by
            the row value cast to the type the input schema declares for that field: numeric strings become integers or
            numbers, `"true"`/`"false"` become booleans, JSON text becomes an object or array, and non-string values become
            strings. A placeholder embedded in other text (`"id-{{profile_id}}"`) is interpolated as text. A whole-value
            placeholder whose cell is null or whose column is missing is sent as `null`. Fields the schema does not type are
            sent with the dataset value's own type. If a value cannot be cast, that experiment run fails with an error
            naming the column, the value, and the target type; the other runs continue.
        integration_id (str): Agent integration identifier (base64). The agent invoked for each dataset example. Must
            reference an integration of `type` `AGENT`; other integration types are rejected.
    """

    experiment_type: AgentCallRunConfigRequestExperimentType
    input_template: AgentCallRunConfigRequestInputTemplate
    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        experiment_type: str = self.experiment_type

        input_template = self.input_template.to_dict()

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
                "input_template": input_template,
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        experiment_type = check_agent_call_run_config_request_experiment_type(d["experiment_type"])

        input_template = AgentCallRunConfigRequestInputTemplate.from_dict(d["input_template"])

        integration_id = d["integration_id"]

        agent_call_run_config_request = cls(
            experiment_type,
            input_template,
            integration_id,
        )

        if not d.keys() <= _FIELDS:
            agent_call_run_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return agent_call_run_config_request

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
    global _LAZY_PENDING, AgentCallRunConfigRequestInputTemplate
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
