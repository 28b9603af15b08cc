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
from ..models.input_variable_format import InputVariableFormat, check_input_variable_format
from ..models.llm_provider import LlmProvider, check_llm_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.llm_message_request import LLMMessageRequest
    from ..models.provider_params_request import ProviderParamsRequest


T = TypeVar("T", bound="CreatePromptVersionRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "commit_message",
        "messages",
        "provider",
        "input_variable_format",
        "invocation_params",
        "model",
        "provider_params",
    }
)


@_attrs_define
class CreatePromptVersionRequest:
    """Prompt version creation parameters.

    Attributes:
        commit_message (str): Commit message describing this version
        messages (list[LLMMessageRequest]): The messages that make up the prompt template
        provider (LlmProvider): The LLM provider to use
        input_variable_format (InputVariableFormat | Unset): The format for input variables in the prompt messages.
            Defaults to `F_STRING` if not provided. - `F_STRING`: Single curly braces ({variable_name}) - `MUSTACHE`: Double
            curly braces ({{variable_name}}) - `NONE`: **Deprecated.** Treated as `F_STRING`. Will be removed in a future
            version.
        invocation_params (InvocationParamsRequest | Unset): Parameters for the LLM invocation in a write request
            (strict form of InvocationParams; leaf schemas use *Request variants)
        model (str | Unset): The model to use for the call. Optional. If omitted, no default model is set on the
            version.
        provider_params (ProviderParamsRequest | Unset): Provider-specific parameters in a write request (strict form of
            ProviderParams; leaf schemas use *Request variants)
    """

    commit_message: str | Unset
    messages: list[LLMMessageRequest] | Unset
    provider: LlmProvider | Unset
    input_variable_format: InputVariableFormat | Unset = UNSET
    invocation_params: InvocationParamsRequest | Unset = UNSET
    model: str | Unset = UNSET
    provider_params: ProviderParamsRequest | Unset = UNSET
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
        commit_message = self.commit_message

        try:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            messages = _as_json(self.messages)

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        try:
            input_variable_format: str | Unset = UNSET
            if not isinstance(self.input_variable_format, Unset):
                input_variable_format = self.input_variable_format

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_variable_format = _as_json(self.input_variable_format)

        try:
            invocation_params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invocation_params, Unset):
                invocation_params = self.invocation_params.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_params = _as_json(self.invocation_params)

        model = self.model

        try:
            provider_params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_params, Unset):
                provider_params = self.provider_params.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_params = _as_json(self.provider_params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "messages": messages,
                "provider": provider,
            }
        )
        if input_variable_format is not UNSET:
            field_dict["input_variable_format"] = input_variable_format
        if invocation_params is not UNSET:
            field_dict["invocation_params"] = invocation_params
        if model is not UNSET:
            field_dict["model"] = model
        if provider_params is not UNSET:
            field_dict["provider_params"] = provider_params

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
            commit_message = d["commit_message"]
            if not (type(commit_message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is not UNSET and not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                messages = [
                    LLMMessageRequest.from_dict(messages_item_data)
                    for messages_item_data in d["messages"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                messages, _drifted = _keep_each(
                    cls,
                    d,
                    "messages",
                    "list[LLMMessageRequest]",
                    "type",
                    lambda messages_item_data: LLMMessageRequest.from_dict(messages_item_data),
                    _drifted,
                )

        try:
            provider = check_llm_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(
                cls,
                d,
                "provider",
                "one of ANTHROPIC, AWS_BEDROCK, AZURE_OPEN_AI, CUSTOM, OPEN_AI, VERTEX_AI",
                "enum",
                _drifted,
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

        _invocation_params_raw = d.get("invocation_params", UNSET)
        if _invocation_params_raw is UNSET:
            invocation_params = UNSET
        elif not _strict:
            invocation_params = _invocation_params_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _invocation_params = d.get("invocation_params", UNSET)
                invocation_params: InvocationParamsRequest | Unset
                if _invocation_params is UNSET:
                    invocation_params = UNSET
                else:
                    invocation_params = InvocationParamsRequest.from_dict(_invocation_params)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_params, _drifted = _keep(
                    cls, d, "invocation_params", "InvocationParamsRequest", "type", _drifted
                )

        try:
            model = d.get("model", UNSET)
            if not (type(model) is str or model is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "str", "type", _drifted)

        _provider_params_raw = d.get("provider_params", UNSET)
        if _provider_params_raw is UNSET:
            provider_params = UNSET
        elif not _strict:
            provider_params = _provider_params_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _provider_params = d.get("provider_params", UNSET)
                provider_params: ProviderParamsRequest | Unset
                if _provider_params is UNSET:
                    provider_params = UNSET
                else:
                    provider_params = ProviderParamsRequest.from_dict(_provider_params)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_params, _drifted = _keep(
                    cls, d, "provider_params", "ProviderParamsRequest", "type", _drifted
                )

        _create_prompt_version_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_prompt_version_request_.commit_message = commit_message
        _create_prompt_version_request_._messages_slot = messages  # type: ignore[attr-defined]
        _create_prompt_version_request_.provider = provider
        _create_prompt_version_request_.input_variable_format = input_variable_format
        _create_prompt_version_request_._invocation_params_slot = invocation_params  # type: ignore[attr-defined]
        _create_prompt_version_request_.model = model
        _create_prompt_version_request_._provider_params_slot = provider_params  # type: ignore[attr-defined]
        _create_prompt_version_request_.additional_properties = {}
        _create_prompt_version_request_._pending = _pending

        if _extra:
            _create_prompt_version_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_prompt_version_request_, _drifted)
        return _create_prompt_version_request_

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


def _decode_messages(self: CreatePromptVersionRequest, raw: Any) -> Any:
    """``messages`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        messages = [LLMMessageRequest.from_dict(messages_item_data) for messages_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        messages, _drifted = _keep_each(
            type(self),
            {"messages": raw},
            "messages",
            "list[LLMMessageRequest]",
            "type",
            lambda messages_item_data: LLMMessageRequest.from_dict(messages_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return messages


_lazy(CreatePromptVersionRequest, "messages", 1, _decode_messages)


def _decode_invocation_params(self: CreatePromptVersionRequest, raw: Any) -> Any:
    """``invocation_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _invocation_params = raw
        invocation_params: InvocationParamsRequest | Unset
        if _invocation_params is UNSET:
            invocation_params = UNSET
        else:
            invocation_params = InvocationParamsRequest.from_dict(_invocation_params)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_params, _drifted = _keep(
            type(self),
            {"invocation_params": raw},
            "invocation_params",
            "InvocationParamsRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_params


_lazy(CreatePromptVersionRequest, "invocation_params", 2, _decode_invocation_params)


def _decode_provider_params(self: CreatePromptVersionRequest, raw: Any) -> Any:
    """``provider_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_params = raw
        provider_params: ProviderParamsRequest | Unset
        if _provider_params is UNSET:
            provider_params = UNSET
        else:
            provider_params = ProviderParamsRequest.from_dict(_provider_params)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_params, _drifted = _keep(
            type(self),
            {"provider_params": raw},
            "provider_params",
            "ProviderParamsRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_params


_lazy(CreatePromptVersionRequest, "provider_params", 4, _decode_provider_params)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, InvocationParamsRequest, LLMMessageRequest, ProviderParamsRequest
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.llm_message_request import LLMMessageRequest  # noqa: PLC0415
    from ..models.provider_params_request import ProviderParamsRequest  # noqa: PLC0415

    _LAZY_PENDING = False
