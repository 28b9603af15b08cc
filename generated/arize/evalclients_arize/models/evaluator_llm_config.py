from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.provider_params import ProviderParams


T = TypeVar("T", bound="EvaluatorLlmConfig")
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "invocation_parameters",
        "model_name",
        "provider_parameters",
    }
)


@_attrs_define
class EvaluatorLlmConfig:
    """
    Attributes:
        ai_integration_id (str): AI integration identifier (base64)
        invocation_parameters (InvocationParams): Parameters for the LLM invocation
        model_name (str): Model name (e.g. gpt-4o)
        provider_parameters (ProviderParams): Provider-specific parameters
    """

    ai_integration_id: str
    invocation_parameters: InvocationParams
    model_name: str
    provider_parameters: ProviderParams
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

        invocation_parameters = InvocationParams.from_dict(d["invocation_parameters"])

        model_name = d["model_name"]

        provider_parameters = ProviderParams.from_dict(d["provider_parameters"])

        evaluator_llm_config = cls(
            ai_integration_id,
            invocation_parameters,
            model_name,
            provider_parameters,
        )

        if not d.keys() <= _FIELDS:
            evaluator_llm_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_llm_config

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
    global _LAZY_PENDING, InvocationParams, ProviderParams
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.provider_params import ProviderParams  # noqa: PLC0415

    _LAZY_PENDING = False
