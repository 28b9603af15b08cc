from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config_input_schema import AgentConfigInputSchema
    from ..models.agent_request_preset import AgentRequestPreset


T = TypeVar("T", bound="AgentConfig")
_FIELDS = frozenset(
    {
        "endpoint",
        "has_headers",
        "input_schema",
        "request_presets",
    }
)


@_attrs_define
class AgentConfig:
    """Configuration for `type: AGENT` integrations: a customer-hosted HTTPS endpoint plus a JSON Schema describing the
    request payload.

        Attributes:
            endpoint (str | Unset): HTTPS endpoint URL Arize calls for replay. Validated server-side for SSRF (must resolve
                to a public address).
            has_headers (bool | Unset): Whether any headers are configured. Read-only — derived from `headers` on write.
                Header values are never returned.
            input_schema (AgentConfigInputSchema | Unset): JSON Schema (Draft-07) the endpoint's request body conforms to.
            request_presets (list[AgentRequestPreset] | Unset): Named, reusable request payloads. Replace-on-provide on
                PATCH. Always present; an integration with no presets returns `[]`.
    """

    endpoint: str | Unset = UNSET
    has_headers: bool | Unset = UNSET
    input_schema: AgentConfigInputSchema | Unset = UNSET
    request_presets: list[AgentRequestPreset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        endpoint = self.endpoint

        has_headers = self.has_headers

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        request_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_presets, Unset):
            request_presets = []
            for request_presets_item_data in self.request_presets:
                request_presets_item = request_presets_item_data.to_dict()
                request_presets.append(request_presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if has_headers is not UNSET:
            field_dict["has_headers"] = has_headers
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if request_presets is not UNSET:
            field_dict["request_presets"] = request_presets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        endpoint = d.get("endpoint", UNSET)

        has_headers = d.get("has_headers", UNSET)

        _input_schema = d.get("input_schema", UNSET)
        input_schema: AgentConfigInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            input_schema = AgentConfigInputSchema.from_dict(_input_schema)

        _request_presets = d.get("request_presets", UNSET)
        request_presets: list[AgentRequestPreset] | Unset = UNSET
        if _request_presets is not UNSET:
            request_presets = [
                AgentRequestPreset.from_dict(request_presets_item_data)
                for request_presets_item_data in _request_presets
            ]

        agent_config = cls(
            endpoint,
            has_headers,
            input_schema,
            request_presets,
        )

        if not d.keys() <= _FIELDS:
            agent_config.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return agent_config

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
    global _LAZY_PENDING, AgentConfigInputSchema, AgentRequestPreset
    from ..models.agent_config_input_schema import AgentConfigInputSchema  # noqa: PLC0415
    from ..models.agent_request_preset import AgentRequestPreset  # noqa: PLC0415

    _LAZY_PENDING = False
