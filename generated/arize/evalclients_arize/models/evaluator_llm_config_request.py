from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.provider_params_request import ProviderParamsRequest


T = TypeVar("T", bound="EvaluatorLlmConfigRequest")
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "invocation_parameters",
        "model_name",
        "provider_parameters",
    }
)


@_attrs_define
class EvaluatorLlmConfigRequest:
    """LLM configuration for an evaluator in a write request (strict form of EvaluatorLlmConfig)

    Attributes:
        ai_integration_id (str): AI integration identifier (base64)
        invocation_parameters (InvocationParamsRequest): Parameters for the LLM invocation in a write request (strict
            form of InvocationParams; leaf schemas use *Request variants)
        model_name (str): Model name (e.g. gpt-4o)
        provider_parameters (ProviderParamsRequest): Provider-specific parameters in a write request (strict form of
            ProviderParams; leaf schemas use *Request variants)
    """

    ai_integration_id: str
    invocation_parameters: InvocationParamsRequest
    model_name: str
    provider_parameters: ProviderParamsRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        ai_integration_id = self.ai_integration_id

        invocation_parameters = self.invocation_parameters.to_dict()

        model_name = self.model_name

        provider_parameters = self.provider_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_integration_id": ai_integration_id,
                "invocation_parameters": invocation_parameters,
                "model_name": model_name,
                "provider_parameters": provider_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ai_integration_id = d["ai_integration_id"]

        invocation_parameters = InvocationParamsRequest.from_dict(d["invocation_parameters"])

        model_name = d["model_name"]

        provider_parameters = ProviderParamsRequest.from_dict(d["provider_parameters"])

        evaluator_llm_config_request = cls(
            ai_integration_id,
            invocation_parameters,
            model_name,
            provider_parameters,
        )

        if not d.keys() <= _FIELDS:
            evaluator_llm_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_llm_config_request

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
    global _LAZY_PENDING, InvocationParamsRequest, ProviderParamsRequest
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.provider_params_request import ProviderParamsRequest  # noqa: PLC0415

    _LAZY_PENDING = False
