from __future__ import annotations

import datetime
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
from ..models.prompt_log_update_request_tool_choice_type_0 import (
    PromptLogUpdateRequestToolChoiceType0,
    check_prompt_log_update_request_tool_choice_type_0,
)
from ..models.prompt_log_update_request_tool_choice_type_1 import (
    PromptLogUpdateRequestToolChoiceType1,
    check_prompt_log_update_request_tool_choice_type_1,
)
from ..models.prompt_log_update_request_tool_choice_type_2 import (
    PromptLogUpdateRequestToolChoiceType2,
    check_prompt_log_update_request_tool_choice_type_2,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.prompt_log_update_request_inputs import PromptLogUpdateRequestInputs
    from ..models.prompt_log_update_request_metadata import PromptLogUpdateRequestMetadata
    from ..models.prompt_log_update_request_provider_request import (
        PromptLogUpdateRequestProviderRequest,
    )
    from ..models.prompt_log_update_request_provider_response import (
        PromptLogUpdateRequestProviderResponse,
    )
    from ..models.tool_choice import ToolChoice


T = TypeVar("T", bound="PromptLogUpdateRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "end_time",
        "error",
        "finish_reason",
        "inputs",
        "messages",
        "metadata",
        "output",
        "output_cost",
        "output_message",
        "output_tokens",
        "prompt_cost",
        "prompt_tokens",
        "provider_latency",
        "provider_request",
        "provider_response",
        "source",
        "start_time",
        "stdout",
        "tool_choice",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    ("end_time", "_end_time_slot", False, 2, ""),
    (
        "error",
        "error",
        False,
        0,
        "error = _j_error\nif not (type(error) is str or error is UNSET):\n    raise TypeError",
    ),
    (
        "finish_reason",
        "finish_reason",
        False,
        0,
        "finish_reason = _j_finish_reason\nif not (type(finish_reason) is str or finish_reason is UNSET):\n    raise TypeError",
    ),
    ("inputs", "_inputs_slot", False, 4, ""),
    ("messages", "_messages_slot", False, 8, ""),
    ("metadata", "_metadata_slot", False, 16, ""),
    (
        "output",
        "output",
        False,
        0,
        "output = _j_output\nif not (type(output) is str or output is UNSET):\n    raise TypeError",
    ),
    (
        "output_cost",
        "output_cost",
        False,
        0,
        "output_cost = _j_output_cost\nif not (type(output_cost) is float or type(output_cost) is int or output_cost is UNSET):\n    raise TypeError",
    ),
    ("output_message", "_output_message_slot", False, 32, ""),
    (
        "output_tokens",
        "output_tokens",
        False,
        0,
        "output_tokens = _j_output_tokens\nif not (type(output_tokens) is int or output_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_cost",
        "prompt_cost",
        False,
        0,
        "prompt_cost = _j_prompt_cost\nif not (type(prompt_cost) is float or type(prompt_cost) is int or prompt_cost is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_tokens",
        "prompt_tokens",
        False,
        0,
        "prompt_tokens = _j_prompt_tokens\nif not (type(prompt_tokens) is int or prompt_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "provider_latency",
        "provider_latency",
        False,
        0,
        "provider_latency = _j_provider_latency\nif not (type(provider_latency) is float or type(provider_latency) is int or provider_latency is UNSET):\n    raise TypeError",
    ),
    ("provider_request", "_provider_request_slot", False, 64, ""),
    ("provider_response", "_provider_response_slot", False, 128, ""),
    (
        "source",
        "source",
        False,
        0,
        "source = _j_source\nif not (type(source) is str or source is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 256, ""),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
    ("tool_choice", "_tool_choice_slot", False, 512, ""),
)


@_attrs_define
class PromptLogUpdateRequest:
    """Request for updating a Prompt log.

    Attributes:
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        error (str | Unset): Error message if the log is an error.
        finish_reason (str | Unset): Reason the generation finished.
        inputs (PromptLogUpdateRequestInputs | Unset): The inputs passed to the prompt template.
        messages (list[ChatMessage] | Unset): The messages passed to the to provider chat endpoint.
        metadata (PromptLogUpdateRequestMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        output_cost (float | Unset): Cost in dollars associated to the tokens in the output.
        output_message (ChatMessage | Unset):
        output_tokens (int | Unset): Number of tokens in the output generated by the model.
        prompt_cost (float | Unset): Cost in dollars associated to the tokens in the prompt.
        prompt_tokens (int | Unset): Number of tokens in the prompt used to generate the output.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (PromptLogUpdateRequestProviderRequest | Unset): Raw request sent to provider.
        provider_response (PromptLogUpdateRequestProviderResponse | Unset): Raw response received the provider.
        source (str | Unset): Identifies where the model was called from.
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
        tool_choice (PromptLogUpdateRequestToolChoiceType0 | PromptLogUpdateRequestToolChoiceType1 |
            PromptLogUpdateRequestToolChoiceType2 | ToolChoice | Unset): Controls how the model uses tools. The following
            options are supported:
            - `'none'` means the model will not call any tool and instead generates a message; this is the default when no
            tools are provided as part of the Prompt.
            - `'auto'` means the model can decide to call one or more of the provided tools; this is the default when tools
            are provided as part of the Prompt.
            - `'required'` means the model can decide to call one or more of the provided tools.
            - `{'type': 'function', 'function': {name': <TOOL_NAME>}}` forces the model to use the named function.
    """

    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    inputs: PromptLogUpdateRequestInputs | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    metadata: PromptLogUpdateRequestMetadata | Unset = UNSET
    output: str | Unset = UNSET
    output_cost: float | Unset = UNSET
    output_message: ChatMessage | Unset = UNSET
    output_tokens: int | Unset = UNSET
    prompt_cost: float | Unset = UNSET
    prompt_tokens: int | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: PromptLogUpdateRequestProviderRequest | Unset = UNSET
    provider_response: PromptLogUpdateRequestProviderResponse | Unset = UNSET
    source: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
    tool_choice: (
        PromptLogUpdateRequestToolChoiceType0
        | PromptLogUpdateRequestToolChoiceType1
        | PromptLogUpdateRequestToolChoiceType2
        | ToolChoice
        | Unset
    ) = UNSET
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
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        error = self.error

        finish_reason = self.finish_reason

        try:
            inputs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.inputs, Unset):
                inputs = self.inputs.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                for messages_item_data in self.messages:
                    messages_item = messages_item_data.to_dict()
                    messages.append(messages_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            messages = _as_json(self.messages)

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        output = self.output

        output_cost = self.output_cost

        try:
            output_message: dict[str, Any] | Unset = UNSET
            if not isinstance(self.output_message, Unset):
                output_message = self.output_message.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            output_message = _as_json(self.output_message)

        output_tokens = self.output_tokens

        prompt_cost = self.prompt_cost

        prompt_tokens = self.prompt_tokens

        provider_latency = self.provider_latency

        try:
            provider_request: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_request, Unset):
                provider_request = self.provider_request.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_request = _as_json(self.provider_request)

        try:
            provider_response: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_response, Unset):
                provider_response = self.provider_response.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_response = _as_json(self.provider_response)

        source = self.source

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        stdout = self.stdout

        try:
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, str):
                tool_choice = self.tool_choice
            elif isinstance(self.tool_choice, str):
                tool_choice = self.tool_choice
            elif isinstance(self.tool_choice, str):
                tool_choice = self.tool_choice
            else:
                tool_choice = self.tool_choice.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_choice = _as_json(self.tool_choice)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if error is not UNSET:
            field_dict["error"] = error
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if output_cost is not UNSET:
            field_dict["output_cost"] = output_cost
        if output_message is not UNSET:
            field_dict["output_message"] = output_message
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if prompt_cost is not UNSET:
            field_dict["prompt_cost"] = prompt_cost
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if provider_latency is not UNSET:
            field_dict["provider_latency"] = provider_latency
        if provider_request is not UNSET:
            field_dict["provider_request"] = provider_request
        if provider_response is not UNSET:
            field_dict["provider_response"] = provider_response
        if source is not UNSET:
            field_dict["source"] = source
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time: datetime.datetime | Unset
                if _end_time is UNSET:
                    end_time = UNSET
                else:
                    end_time = datetime.datetime.fromisoformat(_end_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            error = d.get("error", UNSET)
            if not (type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "str", "type", _drifted)

        try:
            finish_reason = d.get("finish_reason", UNSET)
            if not (type(finish_reason) is str or finish_reason is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            finish_reason, _drifted = _keep(cls, d, "finish_reason", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is UNSET:
            inputs = UNSET
        elif not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: PromptLogUpdateRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = PromptLogUpdateRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "PromptLogUpdateRequestInputs", "type", _drifted
                )

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _messages = d.get("messages", UNSET)
                messages: list[ChatMessage] | Unset = UNSET
                if _messages is not UNSET:
                    messages = [
                        ChatMessage.from_dict(messages_item_data)
                        for messages_item_data in _messages
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                messages, _drifted = _keep_each(
                    cls,
                    d,
                    "messages",
                    "list[ChatMessage]",
                    "type",
                    lambda messages_item_data: ChatMessage.from_dict(messages_item_data),
                    _drifted,
                )

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: PromptLogUpdateRequestMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = PromptLogUpdateRequestMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "PromptLogUpdateRequestMetadata", "type", _drifted
                )

        try:
            output = d.get("output", UNSET)
            if not (type(output) is str or output is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "str", "type", _drifted)

        try:
            output_cost = d.get("output_cost", UNSET)
            if not (type(output_cost) is float or type(output_cost) is int or output_cost is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_cost, _drifted = _keep(cls, d, "output_cost", "float", "type", _drifted)

        _output_message_raw = d.get("output_message", UNSET)
        if _output_message_raw is UNSET:
            output_message = UNSET
        elif not _strict:
            output_message = _output_message_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _output_message = d.get("output_message", UNSET)
                output_message: ChatMessage | Unset
                if _output_message is UNSET:
                    output_message = UNSET
                else:
                    output_message = ChatMessage.from_dict(_output_message)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                output_message, _drifted = _keep(
                    cls, d, "output_message", "ChatMessage", "type", _drifted
                )

        try:
            output_tokens = d.get("output_tokens", UNSET)
            if not (type(output_tokens) is int or output_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_tokens, _drifted = _keep(cls, d, "output_tokens", "int", "type", _drifted)

        try:
            prompt_cost = d.get("prompt_cost", UNSET)
            if not (type(prompt_cost) is float or type(prompt_cost) is int or prompt_cost is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_cost, _drifted = _keep(cls, d, "prompt_cost", "float", "type", _drifted)

        try:
            prompt_tokens = d.get("prompt_tokens", UNSET)
            if not (type(prompt_tokens) is int or prompt_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_tokens, _drifted = _keep(cls, d, "prompt_tokens", "int", "type", _drifted)

        try:
            provider_latency = d.get("provider_latency", UNSET)
            if not (
                type(provider_latency) is float
                or type(provider_latency) is int
                or provider_latency is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider_latency, _drifted = _keep(
                cls, d, "provider_latency", "float", "type", _drifted
            )

        _provider_request_raw = d.get("provider_request", UNSET)
        if _provider_request_raw is UNSET:
            provider_request = UNSET
        elif not _strict:
            provider_request = _provider_request_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _provider_request = d.get("provider_request", UNSET)
                provider_request: PromptLogUpdateRequestProviderRequest | Unset
                if _provider_request is UNSET:
                    provider_request = UNSET
                else:
                    provider_request = PromptLogUpdateRequestProviderRequest.from_dict(
                        _provider_request
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_request, _drifted = _keep(
                    cls,
                    d,
                    "provider_request",
                    "PromptLogUpdateRequestProviderRequest",
                    "type",
                    _drifted,
                )

        _provider_response_raw = d.get("provider_response", UNSET)
        if _provider_response_raw is UNSET:
            provider_response = UNSET
        elif not _strict:
            provider_response = _provider_response_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _provider_response = d.get("provider_response", UNSET)
                provider_response: PromptLogUpdateRequestProviderResponse | Unset
                if _provider_response is UNSET:
                    provider_response = UNSET
                else:
                    provider_response = PromptLogUpdateRequestProviderResponse.from_dict(
                        _provider_response
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_response, _drifted = _keep(
                    cls,
                    d,
                    "provider_response",
                    "PromptLogUpdateRequestProviderResponse",
                    "type",
                    _drifted,
                )

        try:
            source = d.get("source", UNSET)
            if not (type(source) is str or source is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(cls, d, "source", "str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 256
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time: datetime.datetime | Unset
                if _start_time is UNSET:
                    start_time = UNSET
                else:
                    start_time = datetime.datetime.fromisoformat(_start_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        try:
            stdout = d.get("stdout", UNSET)
            if not (type(stdout) is str or stdout is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stdout, _drifted = _keep(cls, d, "stdout", "str", "type", _drifted)

        _tool_choice_raw = d.get("tool_choice", UNSET)
        if _tool_choice_raw is UNSET:
            tool_choice = UNSET
        elif not _strict:
            tool_choice = _tool_choice_raw  # decoded on first read
            _pending |= 512
        else:
            try:
                _tool_choice = d.get("tool_choice", UNSET)
                tool_choice = (
                    _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_choice, _drifted = _keep(
                    cls,
                    d,
                    "tool_choice",
                    "PromptLogUpdateRequestToolChoiceType0 | PromptLogUpdateRequestToolChoiceType1 | PromptLogUpdateRequestToolChoiceType2 | ToolChoice",
                    "union",
                    _drifted,
                )

        _prompt_log_update_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_log_update_request_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_log_update_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _prompt_log_update_request_.error = error
        _prompt_log_update_request_.finish_reason = finish_reason
        _prompt_log_update_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _prompt_log_update_request_._messages_slot = messages  # type: ignore[attr-defined]
        _prompt_log_update_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _prompt_log_update_request_.output = output
        _prompt_log_update_request_.output_cost = output_cost
        _prompt_log_update_request_._output_message_slot = output_message  # type: ignore[attr-defined]
        _prompt_log_update_request_.output_tokens = output_tokens
        _prompt_log_update_request_.prompt_cost = prompt_cost
        _prompt_log_update_request_.prompt_tokens = prompt_tokens
        _prompt_log_update_request_.provider_latency = provider_latency
        _prompt_log_update_request_._provider_request_slot = provider_request  # type: ignore[attr-defined]
        _prompt_log_update_request_._provider_response_slot = provider_response  # type: ignore[attr-defined]
        _prompt_log_update_request_.source = source
        _prompt_log_update_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _prompt_log_update_request_.stdout = stdout
        _prompt_log_update_request_._tool_choice_slot = tool_choice  # type: ignore[attr-defined]
        _prompt_log_update_request_.additional_properties = {}
        _prompt_log_update_request_._pending = _pending

        if _extra:
            _prompt_log_update_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_log_update_request_, _drifted)
        return _prompt_log_update_request_

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


def _parse_tool_choice(
    data: object,
) -> (
    PromptLogUpdateRequestToolChoiceType0
    | PromptLogUpdateRequestToolChoiceType1
    | PromptLogUpdateRequestToolChoiceType2
    | ToolChoice
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_prompt_log_update_request_tool_choice_type_0(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_1 = check_prompt_log_update_request_tool_choice_type_1(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_2 = check_prompt_log_update_request_tool_choice_type_2(data)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_choice_type_3 = ToolChoice.from_dict(data)

    return tool_choice_type_3


def _decode_created_at(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(PromptLogUpdateRequest, "created_at", 1, _decode_created_at)


def _decode_end_time(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(PromptLogUpdateRequest, "end_time", 2, _decode_end_time)


def _decode_inputs(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: PromptLogUpdateRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = PromptLogUpdateRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "PromptLogUpdateRequestInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(PromptLogUpdateRequest, "inputs", 4, _decode_inputs)


def _decode_messages(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``messages`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _messages = raw
        messages: list[ChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = [
                ChatMessage.from_dict(messages_item_data) for messages_item_data in _messages
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        messages, _drifted = _keep_each(
            type(self),
            {"messages": raw},
            "messages",
            "list[ChatMessage]",
            "type",
            lambda messages_item_data: ChatMessage.from_dict(messages_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return messages


_lazy(PromptLogUpdateRequest, "messages", 8, _decode_messages)


def _decode_metadata(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: PromptLogUpdateRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PromptLogUpdateRequestMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "PromptLogUpdateRequestMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(PromptLogUpdateRequest, "metadata", 16, _decode_metadata)


def _decode_output_message(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``output_message`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _output_message = raw
        output_message: ChatMessage | Unset
        if _output_message is UNSET:
            output_message = UNSET
        else:
            output_message = ChatMessage.from_dict(_output_message)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        output_message, _drifted = _keep(
            type(self), {"output_message": raw}, "output_message", "ChatMessage", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return output_message


_lazy(PromptLogUpdateRequest, "output_message", 32, _decode_output_message)


def _decode_provider_request(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``provider_request`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_request = raw
        provider_request: PromptLogUpdateRequestProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = PromptLogUpdateRequestProviderRequest.from_dict(_provider_request)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_request, _drifted = _keep(
            type(self),
            {"provider_request": raw},
            "provider_request",
            "PromptLogUpdateRequestProviderRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_request


_lazy(PromptLogUpdateRequest, "provider_request", 64, _decode_provider_request)


def _decode_provider_response(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``provider_response`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_response = raw
        provider_response: PromptLogUpdateRequestProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = PromptLogUpdateRequestProviderResponse.from_dict(_provider_response)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_response, _drifted = _keep(
            type(self),
            {"provider_response": raw},
            "provider_response",
            "PromptLogUpdateRequestProviderResponse",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_response


_lazy(PromptLogUpdateRequest, "provider_response", 128, _decode_provider_response)


def _decode_start_time(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(PromptLogUpdateRequest, "start_time", 256, _decode_start_time)


def _decode_tool_choice(self: PromptLogUpdateRequest, raw: Any) -> Any:
    """``tool_choice`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_choice = raw
        tool_choice = _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_choice, _drifted = _keep(
            type(self),
            {"tool_choice": raw},
            "tool_choice",
            "PromptLogUpdateRequestToolChoiceType0 | PromptLogUpdateRequestToolChoiceType1 | PromptLogUpdateRequestToolChoiceType2 | ToolChoice",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_choice


_lazy(PromptLogUpdateRequest, "tool_choice", 512, _decode_tool_choice)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ChatMessage, \
        PromptLogUpdateRequestInputs, \
        PromptLogUpdateRequestMetadata, \
        PromptLogUpdateRequestProviderRequest, \
        PromptLogUpdateRequestProviderResponse, \
        ToolChoice
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.prompt_log_update_request_inputs import PromptLogUpdateRequestInputs  # noqa: PLC0415
    from ..models.prompt_log_update_request_metadata import PromptLogUpdateRequestMetadata  # noqa: PLC0415
    from ..models.prompt_log_update_request_provider_request import (
        PromptLogUpdateRequestProviderRequest,  # noqa: PLC0415
    )
    from ..models.prompt_log_update_request_provider_response import (
        PromptLogUpdateRequestProviderResponse,  # noqa: PLC0415
    )
    from ..models.tool_choice import ToolChoice  # noqa: PLC0415

    _LAZY_PENDING = False
