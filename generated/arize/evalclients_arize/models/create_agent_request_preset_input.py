from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_request_preset_input_config import (
        CreateAgentRequestPresetInputConfig,
    )


T = TypeVar("T", bound="CreateAgentRequestPresetInput")
_new = object.__new__
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

    config: CreateAgentRequestPresetInputConfig | Unset
    name: str | Unset
    description: None | str | Unset = UNSET
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
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            config = _as_json(self.config)

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
        _config_raw = d.get("config", UNSET)
        if _config_raw is not UNSET and not _strict:
            config = _config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                config = CreateAgentRequestPresetInputConfig.from_dict(d["config"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                config, _drifted = _keep(
                    cls, d, "config", "CreateAgentRequestPresetInputConfig", "type", _drifted
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _create_agent_request_preset_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_agent_request_preset_input_._config_slot = config  # type: ignore[attr-defined]
        _create_agent_request_preset_input_.name = name
        _create_agent_request_preset_input_.description = description
        _create_agent_request_preset_input_.additional_properties = {}
        _create_agent_request_preset_input_._pending = _pending

        if _extra:
            _create_agent_request_preset_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_agent_request_preset_input_, _drifted)
        return _create_agent_request_preset_input_

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


def _decode_config(self: CreateAgentRequestPresetInput, raw: Any) -> Any:
    """``config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        config = CreateAgentRequestPresetInputConfig.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        config, _drifted = _keep(
            type(self),
            {"config": raw},
            "config",
            "CreateAgentRequestPresetInputConfig",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return config


_lazy(CreateAgentRequestPresetInput, "config", 1, _decode_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateAgentRequestPresetInputConfig
    from ..models.create_agent_request_preset_input_config import (
        CreateAgentRequestPresetInputConfig,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
