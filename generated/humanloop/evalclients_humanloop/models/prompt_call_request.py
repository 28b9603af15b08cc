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
from ..models.prompt_call_request_tool_choice_type_0 import (
    PromptCallRequestToolChoiceType0,
    check_prompt_call_request_tool_choice_type_0,
)
from ..models.prompt_call_request_tool_choice_type_1 import (
    PromptCallRequestToolChoiceType1,
    check_prompt_call_request_tool_choice_type_1,
)
from ..models.prompt_call_request_tool_choice_type_2 import (
    PromptCallRequestToolChoiceType2,
    check_prompt_call_request_tool_choice_type_2,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.prompt_call_request_inputs import PromptCallRequestInputs
    from ..models.prompt_call_request_metadata import PromptCallRequestMetadata
    from ..models.prompt_kernel_request import PromptKernelRequest
    from ..models.provider_api_keys import ProviderApiKeys
    from ..models.tool_choice import ToolChoice


T = TypeVar("T", bound="PromptCallRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "batch_id",
        "end_time",
        "environment",
        "id",
        "inputs",
        "logprobs",
        "messages",
        "metadata",
        "num_samples",
        "path",
        "prompt",
        "provider_api_keys",
        "return_inputs",
        "save",
        "source",
        "source_datapoint_id",
        "start_time",
        "stream",
        "suffix",
        "tool_choice",
        "trace_parent_id",
        "user",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "batch_id",
        "batch_id",
        False,
        0,
        "batch_id = _j_batch_id\nif not (type(batch_id) is str or batch_id is UNSET):\n    raise TypeError",
    ),
    ("end_time", "_end_time_slot", False, 1, ""),
    (
        "environment",
        "environment",
        False,
        0,
        "environment = _j_environment\nif not (type(environment) is str or environment is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("inputs", "_inputs_slot", False, 2, ""),
    (
        "logprobs",
        "logprobs",
        False,
        0,
        "logprobs = _j_logprobs\nif not (type(logprobs) is int or logprobs is UNSET):\n    raise TypeError",
    ),
    ("messages", "_messages_slot", False, 4, ""),
    ("metadata", "_metadata_slot", False, 8, ""),
    (
        "num_samples",
        "num_samples",
        False,
        0,
        "num_samples = _j_num_samples\nif not (type(num_samples) is int or num_samples is UNSET):\n    raise TypeError",
    ),
    (
        "path",
        "path",
        False,
        0,
        "path = _j_path\nif not (type(path) is str or path is UNSET):\n    raise TypeError",
    ),
    ("prompt", "_prompt_slot", False, 16, ""),
    ("provider_api_keys", "_provider_api_keys_slot", False, 32, ""),
    (
        "return_inputs",
        "return_inputs",
        False,
        0,
        "return_inputs = _j_return_inputs\nif not (type(return_inputs) is bool or return_inputs is UNSET):\n    raise TypeError",
    ),
    (
        "save",
        "save",
        False,
        0,
        "save = _j_save\nif not (type(save) is bool or save is UNSET):\n    raise TypeError",
    ),
    (
        "source",
        "source",
        False,
        0,
        "source = _j_source\nif not (type(source) is str or source is UNSET):\n    raise TypeError",
    ),
    (
        "source_datapoint_id",
        "source_datapoint_id",
        False,
        0,
        "source_datapoint_id = _j_source_datapoint_id\nif not (type(source_datapoint_id) is str or source_datapoint_id is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 64, ""),
    (
        "stream",
        "stream",
        False,
        0,
        "stream = _j_stream\nif not (type(stream) is bool or stream is UNSET):\n    raise TypeError",
    ),
    (
        "suffix",
        "suffix",
        False,
        0,
        "suffix = _j_suffix\nif not (type(suffix) is str or suffix is UNSET):\n    raise TypeError",
    ),
    ("tool_choice", "_tool_choice_slot", False, 128, ""),
    (
        "trace_parent_id",
        "trace_parent_id",
        False,
        0,
        "trace_parent_id = _j_trace_parent_id\nif not (type(trace_parent_id) is str or trace_parent_id is UNSET):\n    raise TypeError",
    ),
    (
        "user",
        "user",
        False,
        0,
        "user = _j_user\nif not (type(user) is str or user is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class PromptCallRequest:
    """Base request for any generations/logs. Contains relational fields such as session id or parent id.

    Attributes:
        batch_id (str | Unset): Unique identifier for the Batch to add this Batch to. Batches are used to group Logs
            together for Evaluations. A Batch will be created if one with the given ID does not exist.
        end_time (datetime.datetime | Unset): When the logged event ended.
        environment (str | Unset): The name of the Environment the Log is associated to.
        id (str | Unset): ID for an existing Prompt.
        inputs (PromptCallRequestInputs | Unset): The inputs passed to the prompt template.
        logprobs (int | Unset): Include the log probabilities of the top n tokens in the provider_response
        messages (list[ChatMessage] | Unset): The messages passed to the to provider chat endpoint.
        metadata (PromptCallRequestMetadata | Unset): Any additional metadata to record.
        num_samples (int | Unset): The number of generations. Default: 1.
        path (str | Unset): Path of the Prompt, including the name. This locates the Prompt in the Humanloop filesystem
            and is used as as a unique identifier. For example: `folder/name` or just `name`.
        prompt (PromptKernelRequest | Unset):
        provider_api_keys (ProviderApiKeys | Unset):
        return_inputs (bool | Unset): Whether to return the inputs in the response. If false, the response will contain
            an empty dictionary under inputs. This is useful for reducing the size of the response. Defaults to true.
            Default: True.
        save (bool | Unset): Whether the request/response payloads will be stored on Humanloop. Default: True.
        source (str | Unset): Identifies where the model was called from.
        source_datapoint_id (str | Unset): Unique identifier for the Datapoint that this Log is derived from. This can
            be used by Humanloop to associate Logs to Evaluations. If provided, Humanloop will automatically associate this
            Log to Evaluations that require a Log for this Datapoint-Version pair.
        start_time (datetime.datetime | Unset): When the logged event started.
        stream (bool | Unset): If true, tokens will be sent as data-only server-sent events. If num_samples > 1, samples
            are streamed back independently. Default: False.
        suffix (str | Unset): The suffix that comes after a completion of inserted text. Useful for completions that act
            like inserts.
        tool_choice (PromptCallRequestToolChoiceType0 | PromptCallRequestToolChoiceType1 |
            PromptCallRequestToolChoiceType2 | ToolChoice | Unset): Controls how the model uses tools. The following options
            are supported:
            - `'none'` means the model will not call any tool and instead generates a message; this is the default when no
            tools are provided as part of the Prompt.
            - `'auto'` means the model can decide to call one or more of the provided tools; this is the default when tools
            are provided as part of the Prompt.
            - `'required'` means the model can decide to call one or more of the provided tools.
            - `{'type': 'function', 'function': {name': <TOOL_NAME>}}` forces the model to use the named function.
        trace_parent_id (str | Unset): The ID of the parent Log to nest this Log under in a Trace.
        user (str | Unset): End-user ID related to the Log.
    """

    batch_id: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    environment: str | Unset = UNSET
    id: str | Unset = UNSET
    inputs: PromptCallRequestInputs | Unset = UNSET
    logprobs: int | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    metadata: PromptCallRequestMetadata | Unset = UNSET
    num_samples: int | Unset = 1
    path: str | Unset = UNSET
    prompt: PromptKernelRequest | Unset = UNSET
    provider_api_keys: ProviderApiKeys | Unset = UNSET
    return_inputs: bool | Unset = True
    save: bool | Unset = True
    source: str | Unset = UNSET
    source_datapoint_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stream: bool | Unset = False
    suffix: str | Unset = UNSET
    tool_choice: (
        PromptCallRequestToolChoiceType0
        | PromptCallRequestToolChoiceType1
        | PromptCallRequestToolChoiceType2
        | ToolChoice
        | Unset
    ) = UNSET
    trace_parent_id: str | Unset = UNSET
    user: str | Unset = UNSET
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
        batch_id = self.batch_id

        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment = self.environment

        id = self.id

        try:
            inputs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.inputs, Unset):
                inputs = self.inputs.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        logprobs = self.logprobs

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

        num_samples = self.num_samples

        path = self.path

        try:
            prompt: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt, Unset):
                prompt = self.prompt.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            prompt = _as_json(self.prompt)

        try:
            provider_api_keys: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_api_keys, Unset):
                provider_api_keys = self.provider_api_keys.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_api_keys = _as_json(self.provider_api_keys)

        return_inputs = self.return_inputs

        save = self.save

        source = self.source

        source_datapoint_id = self.source_datapoint_id

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        stream = self.stream

        suffix = self.suffix

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

        trace_parent_id = self.trace_parent_id

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if path is not UNSET:
            field_dict["path"] = path
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if provider_api_keys is not UNSET:
            field_dict["provider_api_keys"] = provider_api_keys
        if return_inputs is not UNSET:
            field_dict["return_inputs"] = return_inputs
        if save is not UNSET:
            field_dict["save"] = save
        if source is not UNSET:
            field_dict["source"] = source
        if source_datapoint_id is not UNSET:
            field_dict["source_datapoint_id"] = source_datapoint_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stream is not UNSET:
            field_dict["stream"] = stream
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if trace_parent_id is not UNSET:
            field_dict["trace_parent_id"] = trace_parent_id
        if user is not UNSET:
            field_dict["user"] = user

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
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 2, globals())
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
            batch_id = d.get("batch_id", UNSET)
            if not (type(batch_id) is str or batch_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_id, _drifted = _keep(cls, d, "batch_id", "str", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
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
            environment = d.get("environment", UNSET)
            if not (type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is UNSET:
            inputs = UNSET
        elif not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: PromptCallRequestInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = PromptCallRequestInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "PromptCallRequestInputs", "type", _drifted
                )

        try:
            logprobs = d.get("logprobs", UNSET)
            if not (type(logprobs) is int or logprobs is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            logprobs, _drifted = _keep(cls, d, "logprobs", "int", "type", _drifted)

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 4
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
            _pending |= 8
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: PromptCallRequestMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = PromptCallRequestMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "PromptCallRequestMetadata", "type", _drifted
                )

        try:
            num_samples = d.get("num_samples", UNSET)
            if not (type(num_samples) is int or num_samples is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_samples, _drifted = _keep(cls, d, "num_samples", "int", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        _prompt_raw = d.get("prompt", UNSET)
        if _prompt_raw is UNSET:
            prompt = UNSET
        elif not _strict:
            prompt = _prompt_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _prompt = d.get("prompt", UNSET)
                prompt: PromptKernelRequest | Unset
                if _prompt is UNSET:
                    prompt = UNSET
                else:
                    prompt = PromptKernelRequest.from_dict(_prompt)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                prompt, _drifted = _keep(cls, d, "prompt", "PromptKernelRequest", "type", _drifted)

        _provider_api_keys_raw = d.get("provider_api_keys", UNSET)
        if _provider_api_keys_raw is UNSET:
            provider_api_keys = UNSET
        elif not _strict:
            provider_api_keys = _provider_api_keys_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _provider_api_keys = d.get("provider_api_keys", UNSET)
                provider_api_keys: ProviderApiKeys | Unset
                if _provider_api_keys is UNSET:
                    provider_api_keys = UNSET
                else:
                    provider_api_keys = ProviderApiKeys.from_dict(_provider_api_keys)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_api_keys, _drifted = _keep(
                    cls, d, "provider_api_keys", "ProviderApiKeys", "type", _drifted
                )

        try:
            return_inputs = d.get("return_inputs", UNSET)
            if not (type(return_inputs) is bool or return_inputs is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            return_inputs, _drifted = _keep(cls, d, "return_inputs", "bool", "type", _drifted)

        try:
            save = d.get("save", UNSET)
            if not (type(save) is bool or save is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            save, _drifted = _keep(cls, d, "save", "bool", "type", _drifted)

        try:
            source = d.get("source", UNSET)
            if not (type(source) is str or source is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source, _drifted = _keep(cls, d, "source", "str", "type", _drifted)

        try:
            source_datapoint_id = d.get("source_datapoint_id", UNSET)
            if not (type(source_datapoint_id) is str or source_datapoint_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_datapoint_id, _drifted = _keep(
                cls, d, "source_datapoint_id", "str", "type", _drifted
            )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 64
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
            stream = d.get("stream", UNSET)
            if not (type(stream) is bool or stream is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stream, _drifted = _keep(cls, d, "stream", "bool", "type", _drifted)

        try:
            suffix = d.get("suffix", UNSET)
            if not (type(suffix) is str or suffix is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            suffix, _drifted = _keep(cls, d, "suffix", "str", "type", _drifted)

        _tool_choice_raw = d.get("tool_choice", UNSET)
        if _tool_choice_raw is UNSET:
            tool_choice = UNSET
        elif not _strict:
            tool_choice = _tool_choice_raw  # decoded on first read
            _pending |= 128
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
                    "PromptCallRequestToolChoiceType0 | PromptCallRequestToolChoiceType1 | PromptCallRequestToolChoiceType2 | ToolChoice",
                    "union",
                    _drifted,
                )

        try:
            trace_parent_id = d.get("trace_parent_id", UNSET)
            if not (type(trace_parent_id) is str or trace_parent_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_parent_id, _drifted = _keep(cls, d, "trace_parent_id", "str", "type", _drifted)

        try:
            user = d.get("user", UNSET)
            if not (type(user) is str or user is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user, _drifted = _keep(cls, d, "user", "str", "type", _drifted)

        _prompt_call_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_call_request_.batch_id = batch_id
        _prompt_call_request_._end_time_slot = end_time  # type: ignore[attr-defined]
        _prompt_call_request_.environment = environment
        _prompt_call_request_.id = id
        _prompt_call_request_._inputs_slot = inputs  # type: ignore[attr-defined]
        _prompt_call_request_.logprobs = logprobs
        _prompt_call_request_._messages_slot = messages  # type: ignore[attr-defined]
        _prompt_call_request_._metadata_slot = metadata  # type: ignore[attr-defined]
        _prompt_call_request_.num_samples = num_samples
        _prompt_call_request_.path = path
        _prompt_call_request_._prompt_slot = prompt  # type: ignore[attr-defined]
        _prompt_call_request_._provider_api_keys_slot = provider_api_keys  # type: ignore[attr-defined]
        _prompt_call_request_.return_inputs = return_inputs
        _prompt_call_request_.save = save
        _prompt_call_request_.source = source
        _prompt_call_request_.source_datapoint_id = source_datapoint_id
        _prompt_call_request_._start_time_slot = start_time  # type: ignore[attr-defined]
        _prompt_call_request_.stream = stream
        _prompt_call_request_.suffix = suffix
        _prompt_call_request_._tool_choice_slot = tool_choice  # type: ignore[attr-defined]
        _prompt_call_request_.trace_parent_id = trace_parent_id
        _prompt_call_request_.user = user
        _prompt_call_request_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_call_request_, _drifted)
        return _prompt_call_request_


def _parse_tool_choice(
    data: object,
) -> (
    PromptCallRequestToolChoiceType0
    | PromptCallRequestToolChoiceType1
    | PromptCallRequestToolChoiceType2
    | ToolChoice
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_prompt_call_request_tool_choice_type_0(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_1 = check_prompt_call_request_tool_choice_type_1(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_2 = check_prompt_call_request_tool_choice_type_2(data)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_choice_type_3 = ToolChoice.from_dict(data)

    return tool_choice_type_3


def _decode_end_time(self: PromptCallRequest, raw: Any) -> Any:
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


_lazy(PromptCallRequest, "end_time", 1, _decode_end_time)


def _decode_inputs(self: PromptCallRequest, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: PromptCallRequestInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = PromptCallRequestInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "PromptCallRequestInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(PromptCallRequest, "inputs", 2, _decode_inputs)


def _decode_messages(self: PromptCallRequest, raw: Any) -> Any:
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


_lazy(PromptCallRequest, "messages", 4, _decode_messages)


def _decode_metadata(self: PromptCallRequest, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: PromptCallRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PromptCallRequestMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "PromptCallRequestMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(PromptCallRequest, "metadata", 8, _decode_metadata)


def _decode_prompt(self: PromptCallRequest, raw: Any) -> Any:
    """``prompt`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _prompt = raw
        prompt: PromptKernelRequest | Unset
        if _prompt is UNSET:
            prompt = UNSET
        else:
            prompt = PromptKernelRequest.from_dict(_prompt)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        prompt, _drifted = _keep(
            type(self), {"prompt": raw}, "prompt", "PromptKernelRequest", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return prompt


_lazy(PromptCallRequest, "prompt", 16, _decode_prompt)


def _decode_provider_api_keys(self: PromptCallRequest, raw: Any) -> Any:
    """``provider_api_keys`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_api_keys = raw
        provider_api_keys: ProviderApiKeys | Unset
        if _provider_api_keys is UNSET:
            provider_api_keys = UNSET
        else:
            provider_api_keys = ProviderApiKeys.from_dict(_provider_api_keys)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_api_keys, _drifted = _keep(
            type(self),
            {"provider_api_keys": raw},
            "provider_api_keys",
            "ProviderApiKeys",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_api_keys


_lazy(PromptCallRequest, "provider_api_keys", 32, _decode_provider_api_keys)


def _decode_start_time(self: PromptCallRequest, raw: Any) -> Any:
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


_lazy(PromptCallRequest, "start_time", 64, _decode_start_time)


def _decode_tool_choice(self: PromptCallRequest, raw: Any) -> Any:
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
            "PromptCallRequestToolChoiceType0 | PromptCallRequestToolChoiceType1 | PromptCallRequestToolChoiceType2 | ToolChoice",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_choice


_lazy(PromptCallRequest, "tool_choice", 128, _decode_tool_choice)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ChatMessage, \
        PromptCallRequestInputs, \
        PromptCallRequestMetadata, \
        PromptKernelRequest, \
        ProviderApiKeys, \
        ToolChoice
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.prompt_call_request_inputs import PromptCallRequestInputs  # noqa: PLC0415
    from ..models.prompt_call_request_metadata import PromptCallRequestMetadata  # noqa: PLC0415
    from ..models.prompt_kernel_request import PromptKernelRequest  # noqa: PLC0415
    from ..models.provider_api_keys import ProviderApiKeys  # noqa: PLC0415
    from ..models.tool_choice import ToolChoice  # noqa: PLC0415

    _LAZY_PENDING = False
