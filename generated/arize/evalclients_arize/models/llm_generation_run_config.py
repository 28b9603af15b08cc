from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.input_variable_format import InputVariableFormat, check_input_variable_format
from ..models.llm_generation_run_config_experiment_type import (
    LlmGenerationRunConfigExperimentType,
    check_llm_generation_run_config_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,
    )
    from ..models.llm_message import LLMMessage
    from ..models.tool_config import ToolConfig


T = TypeVar("T", bound="LlmGenerationRunConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "experiment_type",
        "input_variable_format",
        "invocation_parameters",
        "messages",
        "model_name",
        "prompt_version_id",
        "provider_parameters",
        "tool_config",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "ai_integration_id",
        "ai_integration_id",
        False,
        0,
        "ai_integration_id = _j_ai_integration_id\nif not (type(ai_integration_id) is str or ai_integration_id is UNSET):\n    raise TypeError",
    ),
    (
        "experiment_type",
        "experiment_type",
        False,
        0,
        "_experiment_type = _j_experiment_type\nexperiment_type: LlmGenerationRunConfigExperimentType | Unset\nif _experiment_type is UNSET:\n    experiment_type = UNSET\nelse:\n    experiment_type = check_llm_generation_run_config_experiment_type(_experiment_type)",
    ),
    (
        "input_variable_format",
        "input_variable_format",
        False,
        0,
        "_input_variable_format = _j_input_variable_format\ninput_variable_format: InputVariableFormat | Unset\nif _input_variable_format is UNSET:\n    input_variable_format = UNSET\nelse:\n    input_variable_format = check_input_variable_format(_input_variable_format)",
    ),
    ("invocation_parameters", "_invocation_parameters_slot", False, 1, ""),
    ("messages", "_messages_slot", False, 2, ""),
    (
        "model_name",
        "model_name",
        False,
        0,
        "model_name = _j_model_name\nif not (type(model_name) is str or model_name is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_version_id",
        "prompt_version_id",
        False,
        0,
        "prompt_version_id: None | str | Unset = _j_prompt_version_id\n\nif not (prompt_version_id is None or type(prompt_version_id) is str or prompt_version_id is UNSET):\n    raise TypeError",
    ),
    ("provider_parameters", "_provider_parameters_slot", False, 4, ""),
    ("tool_config", "_tool_config_slot", False, 8, ""),
)


@_attrs_define
class LlmGenerationRunConfig:
    """Configuration for running an LLM prompt against each dataset example.

    Attributes:
        ai_integration_id (str | Unset): AI integration identifier (base64).
        experiment_type (LlmGenerationRunConfigExperimentType | Unset): Discriminator. Must be `"LLM_GENERATION"`.
        input_variable_format (InputVariableFormat | Unset): The format for input variables in the prompt messages.
            Defaults to `F_STRING` if not provided. - `F_STRING`: Single curly braces ({variable_name}) - `MUSTACHE`: Double
            curly braces ({{variable_name}}) - `NONE`: **Deprecated.** Treated as `F_STRING`. Will be removed in a future
            version.
        invocation_parameters (InvocationParams | Unset): Parameters for the LLM invocation
        messages (list[LLMMessage] | Unset): Array of message objects (at least one).
        model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
        prompt_version_id (None | str | Unset): Prompt version identifier (base64). Links to a Prompt Hub version for
            traceability.
        provider_parameters (LlmGenerationRunConfigProviderParameters | Unset): Provider-specific parameters. Defaults
            to `{}` (no overrides) if omitted.
        tool_config (ToolConfig | Unset): Tool configuration for the LLM invocation
    """

    ai_integration_id: str | Unset = UNSET
    experiment_type: LlmGenerationRunConfigExperimentType | Unset = UNSET
    input_variable_format: InputVariableFormat | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    messages: list[LLMMessage] | Unset = UNSET
    model_name: str | Unset = UNSET
    prompt_version_id: None | str | Unset = UNSET
    provider_parameters: LlmGenerationRunConfigProviderParameters | Unset = UNSET
    tool_config: ToolConfig | Unset = UNSET
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
        ai_integration_id = self.ai_integration_id

        try:
            experiment_type: str | Unset = UNSET
            if not isinstance(self.experiment_type, Unset):
                experiment_type = self.experiment_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_type = _as_json(self.experiment_type)

        try:
            input_variable_format: str | Unset = UNSET
            if not isinstance(self.input_variable_format, Unset):
                input_variable_format = self.input_variable_format

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_variable_format = _as_json(self.input_variable_format)

        try:
            invocation_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invocation_parameters, Unset):
                invocation_parameters = self.invocation_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_parameters = _as_json(self.invocation_parameters)

        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                for messages_item_data in self.messages:
                    messages_item = messages_item_data.to_dict()
                    messages.append(messages_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            messages = _as_json(self.messages)

        model_name = self.model_name

        prompt_version_id: None | str | Unset
        if isinstance(self.prompt_version_id, Unset):
            prompt_version_id = UNSET
        else:
            prompt_version_id = self.prompt_version_id

        try:
            provider_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_parameters, Unset):
                provider_parameters = self.provider_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_parameters = _as_json(self.provider_parameters)

        try:
            tool_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tool_config, Unset):
                tool_config = self.tool_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_config = _as_json(self.tool_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_integration_id is not UNSET:
            field_dict["ai_integration_id"] = ai_integration_id
        if experiment_type is not UNSET:
            field_dict["experiment_type"] = experiment_type
        if input_variable_format is not UNSET:
            field_dict["input_variable_format"] = input_variable_format
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if messages is not UNSET:
            field_dict["messages"] = messages
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if prompt_version_id is not UNSET:
            field_dict["prompt_version_id"] = prompt_version_id
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config

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
        try:
            ai_integration_id = d.get("ai_integration_id", UNSET)
            if not (type(ai_integration_id) is str or ai_integration_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ai_integration_id, _drifted = _keep(
                cls, d, "ai_integration_id", "str", "type", _drifted
            )

        try:
            _experiment_type = d.get("experiment_type", UNSET)
            experiment_type: LlmGenerationRunConfigExperimentType | Unset
            if _experiment_type is UNSET:
                experiment_type = UNSET
            else:
                experiment_type = check_llm_generation_run_config_experiment_type(_experiment_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_type, _drifted = _keep(
                cls, d, "experiment_type", "one of LLM_GENERATION", "enum", _drifted
            )

        try:
            _input_variable_format = d.get("input_variable_format", UNSET)
            input_variable_format: InputVariableFormat | Unset
            if _input_variable_format is UNSET:
                input_variable_format = UNSET
            else:
                input_variable_format = check_input_variable_format(_input_variable_format)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_variable_format, _drifted = _keep(
                cls, d, "input_variable_format", "one of F_STRING, MUSTACHE, NONE", "enum", _drifted
            )

        _invocation_parameters_raw = d.get("invocation_parameters", UNSET)
        if _invocation_parameters_raw is UNSET:
            invocation_parameters = UNSET
        elif not _strict:
            invocation_parameters = _invocation_parameters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _invocation_parameters = d.get("invocation_parameters", UNSET)
                invocation_parameters: InvocationParams | Unset
                if _invocation_parameters is UNSET:
                    invocation_parameters = UNSET
                else:
                    invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_parameters, _drifted = _keep(
                    cls, d, "invocation_parameters", "InvocationParams", "type", _drifted
                )

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _messages = d.get("messages", UNSET)
                messages: list[LLMMessage] | Unset = UNSET
                if _messages is not UNSET:
                    messages = [
                        LLMMessage.from_dict(messages_item_data) for messages_item_data in _messages
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                messages, _drifted = _keep_each(
                    cls,
                    d,
                    "messages",
                    "list[LLMMessage]",
                    "type",
                    lambda messages_item_data: LLMMessage.from_dict(messages_item_data),
                    _drifted,
                )

        try:
            model_name = d.get("model_name", UNSET)
            if not (type(model_name) is str or model_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_name, _drifted = _keep(cls, d, "model_name", "str", "type", _drifted)

        try:
            prompt_version_id: None | str | Unset = d.get("prompt_version_id", UNSET)

            if not (
                prompt_version_id is None
                or type(prompt_version_id) is str
                or prompt_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_version_id, _drifted = _keep(
                cls, d, "prompt_version_id", "None | str", "type", _drifted
            )

        _provider_parameters_raw = d.get("provider_parameters", UNSET)
        if _provider_parameters_raw is UNSET:
            provider_parameters = UNSET
        elif not _strict:
            provider_parameters = _provider_parameters_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _provider_parameters = d.get("provider_parameters", UNSET)
                provider_parameters: LlmGenerationRunConfigProviderParameters | Unset
                if _provider_parameters is UNSET:
                    provider_parameters = UNSET
                else:
                    provider_parameters = LlmGenerationRunConfigProviderParameters.from_dict(
                        _provider_parameters
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_parameters, _drifted = _keep(
                    cls,
                    d,
                    "provider_parameters",
                    "LlmGenerationRunConfigProviderParameters",
                    "type",
                    _drifted,
                )

        _tool_config_raw = d.get("tool_config", UNSET)
        if _tool_config_raw is UNSET:
            tool_config = UNSET
        elif not _strict:
            tool_config = _tool_config_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _tool_config = d.get("tool_config", UNSET)
                tool_config: ToolConfig | Unset
                if _tool_config is UNSET:
                    tool_config = UNSET
                else:
                    tool_config = ToolConfig.from_dict(_tool_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_config, _drifted = _keep(cls, d, "tool_config", "ToolConfig", "type", _drifted)

        _llm_generation_run_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _llm_generation_run_config_.ai_integration_id = ai_integration_id
        _llm_generation_run_config_.experiment_type = experiment_type
        _llm_generation_run_config_.input_variable_format = input_variable_format
        _llm_generation_run_config_._invocation_parameters_slot = invocation_parameters  # type: ignore[attr-defined]
        _llm_generation_run_config_._messages_slot = messages  # type: ignore[attr-defined]
        _llm_generation_run_config_.model_name = model_name
        _llm_generation_run_config_.prompt_version_id = prompt_version_id
        _llm_generation_run_config_._provider_parameters_slot = provider_parameters  # type: ignore[attr-defined]
        _llm_generation_run_config_._tool_config_slot = tool_config  # type: ignore[attr-defined]
        _llm_generation_run_config_.additional_properties = {}
        _llm_generation_run_config_._pending = _pending

        if _extra:
            _llm_generation_run_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_llm_generation_run_config_, _drifted)
        return _llm_generation_run_config_

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


def _decode_invocation_parameters(self: LlmGenerationRunConfig, raw: Any) -> Any:
    """``invocation_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _invocation_parameters = raw
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_parameters, _drifted = _keep(
            type(self),
            {"invocation_parameters": raw},
            "invocation_parameters",
            "InvocationParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_parameters


_lazy(LlmGenerationRunConfig, "invocation_parameters", 1, _decode_invocation_parameters)


def _decode_messages(self: LlmGenerationRunConfig, raw: Any) -> Any:
    """``messages`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _messages = raw
        messages: list[LLMMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = [
                LLMMessage.from_dict(messages_item_data) for messages_item_data in _messages
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        messages, _drifted = _keep_each(
            type(self),
            {"messages": raw},
            "messages",
            "list[LLMMessage]",
            "type",
            lambda messages_item_data: LLMMessage.from_dict(messages_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return messages


_lazy(LlmGenerationRunConfig, "messages", 2, _decode_messages)


def _decode_provider_parameters(self: LlmGenerationRunConfig, raw: Any) -> Any:
    """``provider_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_parameters = raw
        provider_parameters: LlmGenerationRunConfigProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = LlmGenerationRunConfigProviderParameters.from_dict(
                _provider_parameters
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_parameters, _drifted = _keep(
            type(self),
            {"provider_parameters": raw},
            "provider_parameters",
            "LlmGenerationRunConfigProviderParameters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_parameters


_lazy(LlmGenerationRunConfig, "provider_parameters", 4, _decode_provider_parameters)


def _decode_tool_config(self: LlmGenerationRunConfig, raw: Any) -> Any:
    """``tool_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_config = raw
        tool_config: ToolConfig | Unset
        if _tool_config is UNSET:
            tool_config = UNSET
        else:
            tool_config = ToolConfig.from_dict(_tool_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_config, _drifted = _keep(
            type(self), {"tool_config": raw}, "tool_config", "ToolConfig", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_config


_lazy(LlmGenerationRunConfig, "tool_config", 8, _decode_tool_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        InvocationParams, \
        LlmGenerationRunConfigProviderParameters, \
        LLMMessage, \
        ToolConfig
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,  # noqa: PLC0415
    )
    from ..models.llm_message import LLMMessage  # noqa: PLC0415
    from ..models.tool_config import ToolConfig  # noqa: PLC0415

    _LAZY_PENDING = False
