from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_config_headers_type_0 import UpdateAgentConfigHeadersType0
    from ..models.update_agent_config_input_schema import UpdateAgentConfigInputSchema
    from ..models.update_agent_request_preset_input import UpdateAgentRequestPresetInput


T = TypeVar("T", bound="UpdateAgentConfig")
_FIELDS = frozenset(
    {
        "endpoint",
        "headers",
        "input_schema",
        "request_presets",
    }
)


@_attrs_define
class UpdateAgentConfig:
    """Partial agent config for PATCH. All collection fields are replace-on-provide.

    Attributes:
        endpoint (str | Unset): New HTTPS endpoint URL. Validated server-side and must resolve to a public address.
        headers (None | Unset | UpdateAgentConfigHeadersType0): Replace-on-provide. Pass `null` (or `{}`) to clear all
            headers. Encrypted at rest; never returned in responses.
        input_schema (UpdateAgentConfigInputSchema | Unset): New JSON Schema for the request payload shape.
        request_presets (list[UpdateAgentRequestPresetInput] | Unset): Replace-on-provide preset list, matched by
            `name`: existing names update in place (preserving id/timestamps), new names insert, removed names delete.
    """

    endpoint: str | Unset = UNSET
    headers: None | Unset | UpdateAgentConfigHeadersType0 = UNSET
    input_schema: UpdateAgentConfigInputSchema | Unset = UNSET
    request_presets: list[UpdateAgentRequestPresetInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        endpoint = self.endpoint

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, UpdateAgentConfigHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

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
        if headers is not UNSET:
            field_dict["headers"] = headers
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

        headers = _parse_headers(d.get("headers", UNSET))

        _input_schema = d.get("input_schema", UNSET)
        input_schema: UpdateAgentConfigInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            input_schema = UpdateAgentConfigInputSchema.from_dict(_input_schema)

        _request_presets = d.get("request_presets", UNSET)
        request_presets: list[UpdateAgentRequestPresetInput] | Unset = UNSET
        if _request_presets is not UNSET:
            request_presets = [
                UpdateAgentRequestPresetInput.from_dict(request_presets_item_data)
                for request_presets_item_data in _request_presets
            ]

        update_agent_config = cls(
            endpoint,
            headers,
            input_schema,
            request_presets,
        )

        if not d.keys() <= _FIELDS:
            update_agent_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_agent_config

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


def _parse_headers(data: object) -> None | Unset | UpdateAgentConfigHeadersType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = UpdateAgentConfigHeadersType0.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UpdateAgentConfigHeadersType0, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        UpdateAgentConfigHeadersType0, \
        UpdateAgentConfigInputSchema, \
        UpdateAgentRequestPresetInput
    from ..models.update_agent_config_headers_type_0 import UpdateAgentConfigHeadersType0  # noqa: PLC0415
    from ..models.update_agent_config_input_schema import UpdateAgentConfigInputSchema  # noqa: PLC0415
    from ..models.update_agent_request_preset_input import UpdateAgentRequestPresetInput  # noqa: PLC0415

    _LAZY_PENDING = False
