from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_agent_runtime import DefaultAgentRuntime
    from ..models.default_llm_integration import DefaultLLMIntegration


T = TypeVar("T", bound="UpdateSpaceRequest")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("default_agent_runtime", "_default_agent_runtime_slot", False, 1, ""),
    ("default_llm_integration", "_default_llm_integration_slot", False, 2, ""),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "gradient_end_color",
        "gradient_end_color",
        False,
        0,
        "gradient_end_color = _j_gradient_end_color\nif not (type(gradient_end_color) is str or gradient_end_color is UNSET):\n    raise TypeError",
    ),
    (
        "gradient_start_color",
        "gradient_start_color",
        False,
        0,
        "gradient_start_color = _j_gradient_start_color\nif not (type(gradient_start_color) is str or gradient_start_color is UNSET):\n    raise TypeError",
    ),
    (
        "is_private",
        "is_private",
        False,
        0,
        "is_private = _j_is_private\nif not (type(is_private) is bool or is_private is UNSET):\n    raise TypeError",
    ),
    (
        "ml_models_enabled",
        "ml_models_enabled",
        False,
        0,
        "ml_models_enabled = _j_ml_models_enabled\nif not (type(ml_models_enabled) is bool or ml_models_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
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
            default_agent_runtime: dict[str, Any] | None | Unset
            if isinstance(self.default_agent_runtime, Unset):
                default_agent_runtime = UNSET
            elif isinstance(self.default_agent_runtime, DefaultAgentRuntime):
                default_agent_runtime = self.default_agent_runtime.to_dict()
            else:
                default_agent_runtime = self.default_agent_runtime
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            default_agent_runtime = _as_json(self.default_agent_runtime)

        try:
            default_llm_integration: dict[str, Any] | None | Unset
            if isinstance(self.default_llm_integration, Unset):
                default_llm_integration = UNSET
            elif isinstance(self.default_llm_integration, DefaultLLMIntegration):
                default_llm_integration = self.default_llm_integration.to_dict()
            else:
                default_llm_integration = self.default_llm_integration
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            default_llm_integration = _as_json(self.default_llm_integration)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _default_agent_runtime_raw = d.get("default_agent_runtime", UNSET)
        if _default_agent_runtime_raw is UNSET:
            default_agent_runtime = UNSET
        elif not _strict:
            default_agent_runtime = _default_agent_runtime_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _default_agent_runtime = d.get("default_agent_runtime", UNSET)
                default_agent_runtime = (
                    _default_agent_runtime
                    if _default_agent_runtime is None or _default_agent_runtime is UNSET
                    else _parse_default_agent_runtime(_default_agent_runtime)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                default_agent_runtime, _drifted = _keep(
                    cls, d, "default_agent_runtime", "DefaultAgentRuntime | None", "union", _drifted
                )

        _default_llm_integration_raw = d.get("default_llm_integration", UNSET)
        if _default_llm_integration_raw is UNSET:
            default_llm_integration = UNSET
        elif not _strict:
            default_llm_integration = _default_llm_integration_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _default_llm_integration = d.get("default_llm_integration", UNSET)
                default_llm_integration = (
                    _default_llm_integration
                    if _default_llm_integration is None or _default_llm_integration is UNSET
                    else _parse_default_llm_integration(_default_llm_integration)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                default_llm_integration, _drifted = _keep(
                    cls,
                    d,
                    "default_llm_integration",
                    "DefaultLLMIntegration | None",
                    "union",
                    _drifted,
                )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            gradient_end_color = d.get("gradient_end_color", UNSET)
            if not (type(gradient_end_color) is str or gradient_end_color is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            gradient_end_color, _drifted = _keep(
                cls, d, "gradient_end_color", "str", "type", _drifted
            )

        try:
            gradient_start_color = d.get("gradient_start_color", UNSET)
            if not (type(gradient_start_color) is str or gradient_start_color is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            gradient_start_color, _drifted = _keep(
                cls, d, "gradient_start_color", "str", "type", _drifted
            )

        try:
            is_private = d.get("is_private", UNSET)
            if not (type(is_private) is bool or is_private is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_private, _drifted = _keep(cls, d, "is_private", "bool", "type", _drifted)

        try:
            ml_models_enabled = d.get("ml_models_enabled", UNSET)
            if not (type(ml_models_enabled) is bool or ml_models_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ml_models_enabled, _drifted = _keep(
                cls, d, "ml_models_enabled", "bool", "type", _drifted
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _update_space_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_space_request_._default_agent_runtime_slot = default_agent_runtime  # type: ignore[attr-defined]
        _update_space_request_._default_llm_integration_slot = default_llm_integration  # type: ignore[attr-defined]
        _update_space_request_.description = description
        _update_space_request_.gradient_end_color = gradient_end_color
        _update_space_request_.gradient_start_color = gradient_start_color
        _update_space_request_.is_private = is_private
        _update_space_request_.ml_models_enabled = ml_models_enabled
        _update_space_request_.name = name
        _update_space_request_.additional_properties = {}
        _update_space_request_._pending = _pending

        if _extra:
            _update_space_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_space_request_, _drifted)
        return _update_space_request_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_default_agent_runtime(self: UpdateSpaceRequest, raw: Any) -> Any:
    """``default_agent_runtime`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _default_agent_runtime = raw
        default_agent_runtime = (
            _default_agent_runtime
            if _default_agent_runtime is None or _default_agent_runtime is UNSET
            else _parse_default_agent_runtime(_default_agent_runtime)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        default_agent_runtime, _drifted = _keep(
            type(self),
            {"default_agent_runtime": raw},
            "default_agent_runtime",
            "DefaultAgentRuntime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return default_agent_runtime


_lazy(UpdateSpaceRequest, "default_agent_runtime", 1, _decode_default_agent_runtime)


def _decode_default_llm_integration(self: UpdateSpaceRequest, raw: Any) -> Any:
    """``default_llm_integration`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _default_llm_integration = raw
        default_llm_integration = (
            _default_llm_integration
            if _default_llm_integration is None or _default_llm_integration is UNSET
            else _parse_default_llm_integration(_default_llm_integration)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        default_llm_integration, _drifted = _keep(
            type(self),
            {"default_llm_integration": raw},
            "default_llm_integration",
            "DefaultLLMIntegration | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return default_llm_integration


_lazy(UpdateSpaceRequest, "default_llm_integration", 2, _decode_default_llm_integration)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DefaultAgentRuntime, DefaultLLMIntegration
    from ..models.default_agent_runtime import DefaultAgentRuntime  # noqa: PLC0415
    from ..models.default_llm_integration import DefaultLLMIntegration  # noqa: PLC0415

    _LAZY_PENDING = False
