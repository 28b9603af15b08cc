from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    """EvaluatorLlmConfig

    Attributes:
        ai_integration_id (str | Unset): AI integration identifier (base64)
        invocation_parameters (InvocationParams | Unset): Parameters for the LLM invocation
        model_name (str | Unset): Model name (e.g. gpt-4o)
        provider_parameters (ProviderParams | Unset): Provider-specific parameters
    """

    ai_integration_id: str | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    model_name: str | Unset = UNSET
    provider_parameters: ProviderParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        ai_integration_id = self.ai_integration_id

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        model_name = self.model_name

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_integration_id is not UNSET:
            field_dict["ai_integration_id"] = ai_integration_id
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ai_integration_id = d.get("ai_integration_id", UNSET)

        _invocation_parameters = d.get("invocation_parameters", UNSET)
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParams.from_dict(_invocation_parameters)

        model_name = d.get("model_name", UNSET)

        _provider_parameters = d.get("provider_parameters", UNSET)
        provider_parameters: ProviderParams | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = ProviderParams.from_dict(_provider_parameters)

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
