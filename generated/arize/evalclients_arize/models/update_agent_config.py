from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_config_headers_type_0 import UpdateAgentConfigHeadersType0
    from ..models.update_agent_config_input_schema import UpdateAgentConfigInputSchema
    from ..models.update_agent_request_preset_input import UpdateAgentRequestPresetInput


T = TypeVar("T", bound="UpdateAgentConfig")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        endpoint = self.endpoint

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, UpdateAgentConfigHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        try:
            input_schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.input_schema, Unset):
                input_schema = self.input_schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_schema = _as_json(self.input_schema)

        try:
            request_presets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.request_presets, Unset):
                request_presets = []
                for request_presets_item_data in self.request_presets:
                    request_presets_item = request_presets_item_data.to_dict()
                    request_presets.append(request_presets_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            request_presets = _as_json(self.request_presets)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            endpoint = d.get("endpoint", UNSET)
            if not (type(endpoint) is str or endpoint is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            endpoint, _drifted = _keep(cls, d, "endpoint", "str", "type", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers = (
                    _headers if _headers is None or _headers is UNSET else _parse_headers(_headers)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "None | UpdateAgentConfigHeadersType0", "union", _drifted
                )

        _input_schema_raw = d.get("input_schema", UNSET)
        if _input_schema_raw is UNSET:
            input_schema = UNSET
        elif not _strict:
            input_schema = _input_schema_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _input_schema = d.get("input_schema", UNSET)
                input_schema: UpdateAgentConfigInputSchema | Unset
                if _input_schema is UNSET:
                    input_schema = UNSET
                else:
                    input_schema = UpdateAgentConfigInputSchema.from_dict(_input_schema)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                input_schema, _drifted = _keep(
                    cls, d, "input_schema", "UpdateAgentConfigInputSchema", "type", _drifted
                )

        _request_presets_raw = d.get("request_presets", UNSET)
        if _request_presets_raw is UNSET:
            request_presets = UNSET
        elif not _strict:
            request_presets = _request_presets_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _request_presets = d.get("request_presets", UNSET)
                request_presets: list[UpdateAgentRequestPresetInput] | Unset = UNSET
                if _request_presets is not UNSET:
                    request_presets = [
                        UpdateAgentRequestPresetInput.from_dict(request_presets_item_data)
                        for request_presets_item_data in _request_presets
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                request_presets, _drifted = _keep_each(
                    cls,
                    d,
                    "request_presets",
                    "list[UpdateAgentRequestPresetInput]",
                    "type",
                    lambda request_presets_item_data: UpdateAgentRequestPresetInput.from_dict(
                        request_presets_item_data
                    ),
                    _drifted,
                )

        _update_agent_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_agent_config_.endpoint = endpoint
        _update_agent_config_._headers_slot = headers  # type: ignore[attr-defined]
        _update_agent_config_._input_schema_slot = input_schema  # type: ignore[attr-defined]
        _update_agent_config_._request_presets_slot = request_presets  # type: ignore[attr-defined]
        _update_agent_config_.additional_properties = {}
        _update_agent_config_._pending = _pending

        if _extra:
            _update_agent_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_agent_config_, _drifted)
        return _update_agent_config_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_headers(self: UpdateAgentConfig, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers = _headers if _headers is None or _headers is UNSET else _parse_headers(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self),
            {"headers": raw},
            "headers",
            "None | UpdateAgentConfigHeadersType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(UpdateAgentConfig, "headers", 1, _decode_headers)


def _decode_input_schema(self: UpdateAgentConfig, raw: Any) -> Any:
    """``input_schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _input_schema = raw
        input_schema: UpdateAgentConfigInputSchema | Unset
        if _input_schema is UNSET:
            input_schema = UNSET
        else:
            input_schema = UpdateAgentConfigInputSchema.from_dict(_input_schema)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        input_schema, _drifted = _keep(
            type(self),
            {"input_schema": raw},
            "input_schema",
            "UpdateAgentConfigInputSchema",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return input_schema


_lazy(UpdateAgentConfig, "input_schema", 2, _decode_input_schema)


def _decode_request_presets(self: UpdateAgentConfig, raw: Any) -> Any:
    """``request_presets`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _request_presets = raw
        request_presets: list[UpdateAgentRequestPresetInput] | Unset = UNSET
        if _request_presets is not UNSET:
            request_presets = [
                UpdateAgentRequestPresetInput.from_dict(request_presets_item_data)
                for request_presets_item_data in _request_presets
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        request_presets, _drifted = _keep_each(
            type(self),
            {"request_presets": raw},
            "request_presets",
            "list[UpdateAgentRequestPresetInput]",
            "type",
            lambda request_presets_item_data: UpdateAgentRequestPresetInput.from_dict(
                request_presets_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return request_presets


_lazy(UpdateAgentConfig, "request_presets", 4, _decode_request_presets)

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
