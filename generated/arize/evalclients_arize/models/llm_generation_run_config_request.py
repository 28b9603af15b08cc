from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_variable_format import InputVariableFormat, check_input_variable_format
from ..models.llm_generation_run_config_request_experiment_type import (
    LlmGenerationRunConfigRequestExperimentType,
    check_llm_generation_run_config_request_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.llm_generation_run_config_request_provider_parameters import (
        LlmGenerationRunConfigRequestProviderParameters,
    )
    from ..models.llm_message_request import LLMMessageRequest
    from ..models.tool_config_request import ToolConfigRequest


T = TypeVar("T", bound="LlmGenerationRunConfigRequest")
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "experiment_type",
        "input_variable_format",
        "messages",
        "invocation_parameters",
        "model_name",
        "prompt_version_id",
        "provider_parameters",
        "tool_config",
    }
)


@_attrs_define
class LlmGenerationRunConfigRequest:
    """Strict request configuration for running an LLM prompt against each dataset example.

    Attributes:
        ai_integration_id (str): AI integration identifier (base64).
        experiment_type (LlmGenerationRunConfigRequestExperimentType): Discriminator. Must be `"LLM_GENERATION"`.
        input_variable_format (InputVariableFormat): The format for input variables in the prompt messages. Defaults to
            `F_STRING` if not provided. - `F_STRING`: Single curly braces ({variable_name}) - `MUSTACHE`: Double curly
            braces ({{variable_name}}) - `NONE`: **Deprecated.** Treated as `F_STRING`. Will be removed in a future version.
        messages (list[LLMMessageRequest]): Array of message objects (at least one).
        invocation_parameters (InvocationParamsRequest | Unset): Parameters for the LLM invocation in a write request
            (strict form of InvocationParams; leaf schemas use *Request variants)
        model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
        prompt_version_id (None | str | Unset): Prompt version identifier (base64). Links to a Prompt Hub version for
            traceability.
        provider_parameters (LlmGenerationRunConfigRequestProviderParameters | Unset): Provider-specific parameters.
            Defaults to `{}` (no overrides) if omitted.
        tool_config (ToolConfigRequest | Unset): Tool configuration in a write request (strict form of ToolConfig)
    """

    ai_integration_id: str
    experiment_type: LlmGenerationRunConfigRequestExperimentType
    input_variable_format: InputVariableFormat
    messages: list[LLMMessageRequest]
    invocation_parameters: InvocationParamsRequest | Unset = UNSET
    model_name: str | Unset = UNSET
    prompt_version_id: None | str | Unset = UNSET
    provider_parameters: LlmGenerationRunConfigRequestProviderParameters | Unset = UNSET
    tool_config: ToolConfigRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        ai_integration_id = self.ai_integration_id

        experiment_type: str = self.experiment_type

        input_variable_format: str = self.input_variable_format

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        model_name = self.model_name

        prompt_version_id: None | str | Unset
        if isinstance(self.prompt_version_id, Unset):
            prompt_version_id = UNSET
        else:
            prompt_version_id = self.prompt_version_id

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        tool_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_config, Unset):
            tool_config = self.tool_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_integration_id": ai_integration_id,
                "experiment_type": experiment_type,
                "input_variable_format": input_variable_format,
                "messages": messages,
            }
        )
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if prompt_version_id is not UNSET:
            field_dict["prompt_version_id"] = prompt_version_id
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ai_integration_id = d["ai_integration_id"]

        experiment_type = check_llm_generation_run_config_request_experiment_type(
            d["experiment_type"]
        )

        input_variable_format = check_input_variable_format(d["input_variable_format"])

        messages = [
            LLMMessageRequest.from_dict(messages_item_data) for messages_item_data in d["messages"]
        ]

        _invocation_parameters = d.get("invocation_parameters", UNSET)
        invocation_parameters: InvocationParamsRequest | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParamsRequest.from_dict(_invocation_parameters)

        model_name = d.get("model_name", UNSET)

        prompt_version_id: None | str | Unset = d.get("prompt_version_id", UNSET)

        _provider_parameters = d.get("provider_parameters", UNSET)
        provider_parameters: LlmGenerationRunConfigRequestProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = LlmGenerationRunConfigRequestProviderParameters.from_dict(
                _provider_parameters
            )

        _tool_config = d.get("tool_config", UNSET)
        tool_config: ToolConfigRequest | Unset
        if _tool_config is UNSET:
            tool_config = UNSET
        else:
            tool_config = ToolConfigRequest.from_dict(_tool_config)

        llm_generation_run_config_request = cls(
            ai_integration_id,
            experiment_type,
            input_variable_format,
            messages,
            invocation_parameters,
            model_name,
            prompt_version_id,
            provider_parameters,
            tool_config,
        )

        if not d.keys() <= _FIELDS:
            llm_generation_run_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return llm_generation_run_config_request

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
    global \
        _LAZY_PENDING, \
        InvocationParamsRequest, \
        LlmGenerationRunConfigRequestProviderParameters, \
        LLMMessageRequest, \
        ToolConfigRequest
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.llm_generation_run_config_request_provider_parameters import (
        LlmGenerationRunConfigRequestProviderParameters,  # noqa: PLC0415
    )
    from ..models.llm_message_request import LLMMessageRequest  # noqa: PLC0415
    from ..models.tool_config_request import ToolConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False
