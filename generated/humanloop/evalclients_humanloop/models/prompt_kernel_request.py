from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..drift import strs as _strs
from ..models.model_endpoints import ModelEndpoints, check_model_endpoints
from ..models.model_providers import ModelProviders, check_model_providers
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.prompt_kernel_request_attributes import PromptKernelRequestAttributes
    from ..models.prompt_kernel_request_other_provider_parameters import (
        PromptKernelRequestOtherProviderParameters,
    )
    from ..models.response_format import ResponseFormat
    from ..models.tool_function import ToolFunction


T = TypeVar("T", bound="PromptKernelRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "model",
        "attributes",
        "endpoint",
        "frequency_penalty",
        "linked_tools",
        "max_tokens",
        "other",
        "presence_penalty",
        "provider",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "template",
        "tools",
        "top_p",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "model",
        "model",
        True,
        0,
        "model = _j_model\nif not (type(model) is str):\n    raise TypeError",
    ),
    ("attributes", "_attributes_slot", False, 1, ""),
    (
        "endpoint",
        "endpoint",
        False,
        0,
        "_endpoint = _j_endpoint\nendpoint: ModelEndpoints | Unset\nif _endpoint is UNSET:\n    endpoint = UNSET\nelse:\n    endpoint = check_model_endpoints(_endpoint)",
    ),
    (
        "frequency_penalty",
        "frequency_penalty",
        False,
        0,
        "frequency_penalty = _j_frequency_penalty\nif not (type(frequency_penalty) is float or type(frequency_penalty) is int or frequency_penalty is UNSET):\n    raise TypeError",
    ),
    (
        "linked_tools",
        "linked_tools",
        False,
        0,
        "linked_tools: list[str] = _j_linked_tools\n\nif not ((type(linked_tools) is list and _strs(linked_tools)) or linked_tools is UNSET):\n    raise TypeError",
    ),
    (
        "max_tokens",
        "max_tokens",
        False,
        0,
        "max_tokens = _j_max_tokens\nif not (type(max_tokens) is int or max_tokens is UNSET):\n    raise TypeError",
    ),
    ("other", "_other_slot", False, 2, ""),
    (
        "presence_penalty",
        "presence_penalty",
        False,
        0,
        "presence_penalty = _j_presence_penalty\nif not (type(presence_penalty) is float or type(presence_penalty) is int or presence_penalty is UNSET):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        False,
        0,
        "_provider = _j_provider\nprovider: ModelProviders | Unset\nif _provider is UNSET:\n    provider = UNSET\nelse:\n    provider = check_model_providers(_provider)",
    ),
    ("response_format", "_response_format_slot", False, 4, ""),
    (
        "seed",
        "seed",
        False,
        0,
        "seed = _j_seed\nif not (type(seed) is int or seed is UNSET):\n    raise TypeError",
    ),
    (
        "stop",
        "stop",
        False,
        0,
        "_stop = _j_stop\nstop = _stop if _stop is UNSET else _parse_stop(_stop)",
    ),
    (
        "temperature",
        "temperature",
        False,
        0,
        "temperature = _j_temperature\nif not (type(temperature) is float or type(temperature) is int or temperature is UNSET):\n    raise TypeError",
    ),
    ("template", "_template_slot", False, 8, ""),
    ("tools", "_tools_slot", False, 16, ""),
    (
        "top_p",
        "top_p",
        False,
        0,
        "top_p = _j_top_p\nif not (type(top_p) is float or type(top_p) is int or top_p is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class PromptKernelRequest:
    """
    Attributes:
        model (str): The model instance used, e.g. `gpt-4`. See [supported
            models](https://humanloop.com/docs/reference/supported-models)
        attributes (PromptKernelRequestAttributes | Unset): Additional fields to describe the Prompt. Helpful to
            separate Prompt versions from each other with details on how they were created or used.
        endpoint (ModelEndpoints | Unset): Supported model provider endpoints. Default: 'chat'.
        frequency_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on how
            frequently they appear in the generation so far. Default: 0.0.
        linked_tools (list[str] | Unset): The IDs of the Tools in your organization that the model can choose to call if
            Tool calling is supported. The default deployed version of that tool is called.
        max_tokens (int | Unset): The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically
            calculate the maximum number of tokens to generate given the length of the prompt Default: -1.
        other (PromptKernelRequestOtherProviderParameters | Unset): Other parameter values to be passed to the provider
            call.
        presence_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the generation so far. Default: 0.0.
        provider (ModelProviders | Unset): Supported model providers. Default: 'openai'.
        response_format (ResponseFormat | Unset): Response format of the model.
        seed (int | Unset): If specified, model will make a best effort to sample deterministically, but it is not
            guaranteed.
        stop (list[str] | str | Unset): The string (or list of strings) after which the model will stop generating. The
            returned text will not contain the stop sequence.
        temperature (float | Unset): What sampling temperature to use when making a generation. Higher values means the
            model will be more creative. Default: 1.0.
        template (list[ChatMessage] | str | Unset): The template contains the main structure and instructions for the
            model, including input variables for dynamic values.

            For chat models, provide the template as a ChatTemplate (a list of messages), e.g. a system message, followed by
            a user message with an input variable.
            For completion models, provide a prompt template as a string.

            Input variables should be specified with double curly bracket syntax: `{{input_name}}`.
        tools (list[ToolFunction] | Unset): The tool specification that the model can choose to call if Tool calling is
            supported.
        top_p (float | Unset): An alternative to sampling with temperature, called nucleus sampling, where the model
            considers the results of the tokens with top_p probability mass. Default: 1.0.
    """

    model: str | Unset
    attributes: PromptKernelRequestAttributes | Unset = UNSET
    endpoint: ModelEndpoints | Unset = "chat"
    frequency_penalty: float | Unset = 0.0
    linked_tools: list[str] | Unset = UNSET
    max_tokens: int | Unset = -1
    other: PromptKernelRequestOtherProviderParameters | Unset = UNSET
    presence_penalty: float | Unset = 0.0
    provider: ModelProviders | Unset = "openai"
    response_format: ResponseFormat | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    temperature: float | Unset = 1.0
    template: list[ChatMessage] | str | Unset = UNSET
    tools: list[ToolFunction] | Unset = UNSET
    top_p: float | Unset = 1.0
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
        model = self.model

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        try:
            endpoint: str | Unset = UNSET
            if not isinstance(self.endpoint, Unset):
                endpoint = self.endpoint

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            endpoint = _as_json(self.endpoint)

        frequency_penalty = self.frequency_penalty

        try:
            linked_tools: list[str] | Unset = UNSET
            if not isinstance(self.linked_tools, Unset):
                linked_tools = self.linked_tools

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            linked_tools = _as_json(self.linked_tools)

        max_tokens = self.max_tokens

        try:
            other: dict[str, Any] | Unset = UNSET
            if not isinstance(self.other, Unset):
                other = self.other.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            other = _as_json(self.other)

        presence_penalty = self.presence_penalty

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        try:
            response_format: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response_format, Unset):
                response_format = self.response_format.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            response_format = _as_json(self.response_format)

        seed = self.seed

        try:
            stop: list[str] | str | Unset
            if isinstance(self.stop, Unset):
                stop = UNSET
            elif isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop = _as_json(self.stop)

        temperature = self.temperature

        try:
            template: list[dict[str, Any]] | str | Unset
            if isinstance(self.template, Unset):
                template = UNSET
            elif isinstance(self.template, list):
                template = []
                for template_type_1_item_data in self.template:
                    template_type_1_item = template_type_1_item_data.to_dict()
                    template.append(template_type_1_item)

            else:
                template = self.template
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            template = _as_json(self.template)

        try:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item = tools_item_data.to_dict()
                    tools.append(tools_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tools = _as_json(self.tools)

        top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if linked_tools is not UNSET:
            field_dict["linked_tools"] = linked_tools
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if other is not UNSET:
            field_dict["other"] = other
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if provider is not UNSET:
            field_dict["provider"] = provider
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if template is not UNSET:
            field_dict["template"] = template
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

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
            model = d["model"]
            if not (type(model) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "str", "type", _drifted)

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: PromptKernelRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = PromptKernelRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "PromptKernelRequestAttributes", "type", _drifted
                )

        try:
            _endpoint = d.get("endpoint", UNSET)
            endpoint: ModelEndpoints | Unset
            if _endpoint is UNSET:
                endpoint = UNSET
            else:
                endpoint = check_model_endpoints(_endpoint)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            endpoint, _drifted = _keep(
                cls, d, "endpoint", "one of chat, complete, edit", "enum", _drifted
            )

        try:
            frequency_penalty = d.get("frequency_penalty", UNSET)
            if not (
                type(frequency_penalty) is float
                or type(frequency_penalty) is int
                or frequency_penalty is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            frequency_penalty, _drifted = _keep(
                cls, d, "frequency_penalty", "float", "type", _drifted
            )

        try:
            linked_tools: list[str] = d.get("linked_tools", UNSET)

            if not ((type(linked_tools) is list and _strs(linked_tools)) or linked_tools is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            linked_tools, _drifted = _keep(cls, d, "linked_tools", "list[str]", "type", _drifted)

        try:
            max_tokens = d.get("max_tokens", UNSET)
            if not (type(max_tokens) is int or max_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_tokens, _drifted = _keep(cls, d, "max_tokens", "int", "type", _drifted)

        _other_raw = d.get("other", UNSET)
        if _other_raw is UNSET:
            other = UNSET
        elif not _strict:
            other = _other_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _other = d.get("other", UNSET)
                other: PromptKernelRequestOtherProviderParameters | Unset
                if _other is UNSET:
                    other = UNSET
                else:
                    other = PromptKernelRequestOtherProviderParameters.from_dict(_other)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                other, _drifted = _keep(
                    cls, d, "other", "PromptKernelRequestOtherProviderParameters", "type", _drifted
                )

        try:
            presence_penalty = d.get("presence_penalty", UNSET)
            if not (
                type(presence_penalty) is float
                or type(presence_penalty) is int
                or presence_penalty is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            presence_penalty, _drifted = _keep(
                cls, d, "presence_penalty", "float", "type", _drifted
            )

        try:
            _provider = d.get("provider", UNSET)
            provider: ModelProviders | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_model_providers(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(
                cls,
                d,
                "provider",
                "one of anthropic, bedrock, cohere, google, groq, mock, openai, openai_azure, replicate",
                "enum",
                _drifted,
            )

        _response_format_raw = d.get("response_format", UNSET)
        if _response_format_raw is UNSET:
            response_format = UNSET
        elif not _strict:
            response_format = _response_format_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _response_format = d.get("response_format", UNSET)
                response_format: ResponseFormat | Unset
                if _response_format is UNSET:
                    response_format = UNSET
                else:
                    response_format = ResponseFormat.from_dict(_response_format)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                response_format, _drifted = _keep(
                    cls, d, "response_format", "ResponseFormat", "type", _drifted
                )

        try:
            seed = d.get("seed", UNSET)
            if not (type(seed) is int or seed is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            seed, _drifted = _keep(cls, d, "seed", "int", "type", _drifted)

        try:
            _stop = d.get("stop", UNSET)
            stop = _stop if _stop is UNSET else _parse_stop(_stop)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stop, _drifted = _keep(cls, d, "stop", "list[str] | str", "union", _drifted)

        try:
            temperature = d.get("temperature", UNSET)
            if not (type(temperature) is float or type(temperature) is int or temperature is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            temperature, _drifted = _keep(cls, d, "temperature", "float", "type", _drifted)

        _template_raw = d.get("template", UNSET)
        if _template_raw is UNSET:
            template = UNSET
        elif not _strict:
            template = _template_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _template = d.get("template", UNSET)
                template = _template if _template is UNSET else _parse_template(_template)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                template, _drifted = _keep(
                    cls, d, "template", "list[ChatMessage] | str", "union", _drifted
                )

        _tools_raw = d.get("tools", UNSET)
        if _tools_raw is UNSET:
            tools = UNSET
        elif not _strict:
            tools = _tools_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _tools = d.get("tools", UNSET)
                tools: list[ToolFunction] | Unset = UNSET
                if _tools is not UNSET:
                    tools = [ToolFunction.from_dict(tools_item_data) for tools_item_data in _tools]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tools, _drifted = _keep_each(
                    cls,
                    d,
                    "tools",
                    "list[ToolFunction]",
                    "type",
                    lambda tools_item_data: ToolFunction.from_dict(tools_item_data),
                    _drifted,
                )

        try:
            top_p = d.get("top_p", UNSET)
            if not (type(top_p) is float or type(top_p) is int or top_p is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_p, _drifted = _keep(cls, d, "top_p", "float", "type", _drifted)

        _prompt_kernel_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_kernel_request_.model = model
        _prompt_kernel_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _prompt_kernel_request_.endpoint = endpoint
        _prompt_kernel_request_.frequency_penalty = frequency_penalty
        _prompt_kernel_request_.linked_tools = linked_tools
        _prompt_kernel_request_.max_tokens = max_tokens
        _prompt_kernel_request_._other_slot = other  # type: ignore[attr-defined]
        _prompt_kernel_request_.presence_penalty = presence_penalty
        _prompt_kernel_request_.provider = provider
        _prompt_kernel_request_._response_format_slot = response_format  # type: ignore[attr-defined]
        _prompt_kernel_request_.seed = seed
        _prompt_kernel_request_.stop = stop
        _prompt_kernel_request_.temperature = temperature
        _prompt_kernel_request_._template_slot = template  # type: ignore[attr-defined]
        _prompt_kernel_request_._tools_slot = tools  # type: ignore[attr-defined]
        _prompt_kernel_request_.top_p = top_p
        _prompt_kernel_request_.additional_properties = {}
        _prompt_kernel_request_._pending = _pending

        if _extra:
            _prompt_kernel_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_kernel_request_, _drifted)
        return _prompt_kernel_request_

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


def _parse_stop(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        stop_type_1: list[str] = data

        return stop_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str | Unset, data)


def _parse_template(data: object) -> list[ChatMessage] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        template_type_1 = [
            ChatMessage.from_dict(template_type_1_item_data) for template_type_1_item_data in data
        ]

        return template_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ChatMessage] | str | Unset, data)


def _decode_attributes(self: PromptKernelRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: PromptKernelRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = PromptKernelRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "PromptKernelRequestAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(PromptKernelRequest, "attributes", 1, _decode_attributes)


def _decode_other(self: PromptKernelRequest, raw: Any) -> Any:
    """``other`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _other = raw
        other: PromptKernelRequestOtherProviderParameters | Unset
        if _other is UNSET:
            other = UNSET
        else:
            other = PromptKernelRequestOtherProviderParameters.from_dict(_other)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        other, _drifted = _keep(
            type(self),
            {"other": raw},
            "other",
            "PromptKernelRequestOtherProviderParameters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return other


_lazy(PromptKernelRequest, "other", 2, _decode_other)


def _decode_response_format(self: PromptKernelRequest, raw: Any) -> Any:
    """``response_format`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _response_format = raw
        response_format: ResponseFormat | Unset
        if _response_format is UNSET:
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        response_format, _drifted = _keep(
            type(self),
            {"response_format": raw},
            "response_format",
            "ResponseFormat",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return response_format


_lazy(PromptKernelRequest, "response_format", 4, _decode_response_format)


def _decode_template(self: PromptKernelRequest, raw: Any) -> Any:
    """``template`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _template = raw
        template = _template if _template is UNSET else _parse_template(_template)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        template, _drifted = _keep(
            type(self), {"template": raw}, "template", "list[ChatMessage] | str", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return template


_lazy(PromptKernelRequest, "template", 8, _decode_template)


def _decode_tools(self: PromptKernelRequest, raw: Any) -> Any:
    """``tools`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tools = raw
        tools: list[ToolFunction] | Unset = UNSET
        if _tools is not UNSET:
            tools = [ToolFunction.from_dict(tools_item_data) for tools_item_data in _tools]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tools, _drifted = _keep_each(
            type(self),
            {"tools": raw},
            "tools",
            "list[ToolFunction]",
            "type",
            lambda tools_item_data: ToolFunction.from_dict(tools_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tools


_lazy(PromptKernelRequest, "tools", 16, _decode_tools)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ChatMessage, \
        PromptKernelRequestAttributes, \
        PromptKernelRequestOtherProviderParameters, \
        ResponseFormat, \
        ToolFunction
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.prompt_kernel_request_attributes import PromptKernelRequestAttributes  # noqa: PLC0415
    from ..models.prompt_kernel_request_other_provider_parameters import (
        PromptKernelRequestOtherProviderParameters,  # noqa: PLC0415
    )
    from ..models.response_format import ResponseFormat  # noqa: PLC0415
    from ..models.tool_function import ToolFunction  # noqa: PLC0415

    _LAZY_PENDING = False
