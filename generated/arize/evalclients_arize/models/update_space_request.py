from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_agent_runtime import DefaultAgentRuntime
    from ..models.default_llm_integration import DefaultLLMIntegration


T = TypeVar("T", bound="UpdateSpaceRequest")
_FIELDS = frozenset(
    {
        "default_agent_runtime",
        "default_llm_integration",
        "description",
        "gradient_end_color",
        "gradient_start_color",
        "is_private",
        "ml_models_enabled",
        "name",
    }
)


@_attrs_define
class UpdateSpaceRequest:
    """Fields to update on a space. Omitted fields keep their current value, `null` clears a clearable field, and an object
    value replaces the existing setting.

        Attributes:
            default_agent_runtime (DefaultAgentRuntime | None | Unset):
            default_llm_integration (DefaultLLMIntegration | None | Unset):
            description (None | str | Unset): Updated description of the space. Set to `null` to clear it. An empty string
                is rejected.
            gradient_end_color (str | Unset): The ending color of the space's visual gradient.
            gradient_start_color (str | Unset): The starting color of the space's visual gradient.
            is_private (bool | Unset): Updated visibility for the space. Set to `true` to make the space private (visible
                only to members and admins), or `false` to make it public. When omitted, the existing visibility is preserved.
            ml_models_enabled (bool | Unset): Whether machine learning models are enabled for the space.
            name (str | Unset): Updated name of the space
    """

    default_agent_runtime: DefaultAgentRuntime | None | Unset = UNSET
    default_llm_integration: DefaultLLMIntegration | None | Unset = UNSET
    description: None | str | Unset = UNSET
    gradient_end_color: str | Unset = UNSET
    gradient_start_color: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    ml_models_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        default_agent_runtime: dict[str, Any] | None | Unset
        if isinstance(self.default_agent_runtime, Unset):
            default_agent_runtime = UNSET
        elif isinstance(self.default_agent_runtime, DefaultAgentRuntime):
            default_agent_runtime = self.default_agent_runtime.to_dict()
        else:
            default_agent_runtime = self.default_agent_runtime

        default_llm_integration: dict[str, Any] | None | Unset
        if isinstance(self.default_llm_integration, Unset):
            default_llm_integration = UNSET
        elif isinstance(self.default_llm_integration, DefaultLLMIntegration):
            default_llm_integration = self.default_llm_integration.to_dict()
        else:
            default_llm_integration = self.default_llm_integration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        gradient_end_color = self.gradient_end_color

        gradient_start_color = self.gradient_start_color

        is_private = self.is_private

        ml_models_enabled = self.ml_models_enabled

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_agent_runtime is not UNSET:
            field_dict["default_agent_runtime"] = default_agent_runtime
        if default_llm_integration is not UNSET:
            field_dict["default_llm_integration"] = default_llm_integration
        if description is not UNSET:
            field_dict["description"] = description
        if gradient_end_color is not UNSET:
            field_dict["gradient_end_color"] = gradient_end_color
        if gradient_start_color is not UNSET:
            field_dict["gradient_start_color"] = gradient_start_color
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if ml_models_enabled is not UNSET:
            field_dict["ml_models_enabled"] = ml_models_enabled
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        default_agent_runtime = _parse_default_agent_runtime(d.get("default_agent_runtime", UNSET))

        default_llm_integration = _parse_default_llm_integration(
            d.get("default_llm_integration", UNSET)
        )

        description: None | str | Unset = d.get("description", UNSET)

        gradient_end_color = d.get("gradient_end_color", UNSET)

        gradient_start_color = d.get("gradient_start_color", UNSET)

        is_private = d.get("is_private", UNSET)

        ml_models_enabled = d.get("ml_models_enabled", UNSET)

        name = d.get("name", UNSET)

        update_space_request = cls(
            default_agent_runtime,
            default_llm_integration,
            description,
            gradient_end_color,
            gradient_start_color,
            is_private,
            ml_models_enabled,
            name,
        )

        if not d.keys() <= _FIELDS:
            update_space_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_space_request

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


def _parse_default_agent_runtime(data: object) -> DefaultAgentRuntime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        default_agent_runtime_type_0 = DefaultAgentRuntime.from_dict(data)

        return default_agent_runtime_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DefaultAgentRuntime | None | Unset, data)


def _parse_default_llm_integration(data: object) -> DefaultLLMIntegration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        default_llm_integration_type_0 = DefaultLLMIntegration.from_dict(data)

        return default_llm_integration_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DefaultLLMIntegration | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DefaultAgentRuntime, DefaultLLMIntegration
    from ..models.default_agent_runtime import DefaultAgentRuntime  # noqa: PLC0415
    from ..models.default_llm_integration import DefaultLLMIntegration  # noqa: PLC0415

    _LAZY_PENDING = False
