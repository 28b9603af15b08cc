from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_request_preset_input_config import (
        CreateAgentRequestPresetInputConfig,
    )


T = TypeVar("T", bound="CreateAgentRequestPresetInput")
_FIELDS = frozenset(
    {
        "config",
        "name",
        "description",
    }
)


@_attrs_define
class CreateAgentRequestPresetInput:
    """Write shape for an agent request preset on create. Server-generated fields (`id`, `created_at`, `updated_at`) are
    not accepted on input.

        Attributes:
            config (CreateAgentRequestPresetInputConfig): Partial request body. Validated against the parent integration's
                `input_schema` with `required` dropped.
            name (str): Preset name (unique within the integration). Length 1-255.
            description (None | str | Unset): Optional preset description (length 0-1024).
    """

    config: CreateAgentRequestPresetInputConfig
    name: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config = self.config.to_dict()

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        config = CreateAgentRequestPresetInputConfig.from_dict(d["config"])

        name = d["name"]

        description: None | str | Unset = d.get("description", UNSET)

        create_agent_request_preset_input = cls(
            config,
            name,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_agent_request_preset_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_agent_request_preset_input

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
    global _LAZY_PENDING, CreateAgentRequestPresetInputConfig
    from ..models.create_agent_request_preset_input_config import (
        CreateAgentRequestPresetInputConfig,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
