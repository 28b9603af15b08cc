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
from ..drift import strs as _strs
from ..models.prompt_log_response_tool_choice_type_0 import (
    PromptLogResponseToolChoiceType0,
    check_prompt_log_response_tool_choice_type_0,
)
from ..models.prompt_log_response_tool_choice_type_1 import (
    PromptLogResponseToolChoiceType1,
    check_prompt_log_response_tool_choice_type_1,
)
from ..models.prompt_log_response_tool_choice_type_2 import (
    PromptLogResponseToolChoiceType2,
    check_prompt_log_response_tool_choice_type_2,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.evaluator_log_response import EvaluatorLogResponse
    from ..models.flow_log_response import FlowLogResponse
    from ..models.prompt_log_response_inputs import PromptLogResponseInputs
    from ..models.prompt_log_response_metadata import PromptLogResponseMetadata
    from ..models.prompt_log_response_provider_request import PromptLogResponseProviderRequest
    from ..models.prompt_log_response_provider_response import PromptLogResponseProviderResponse
    from ..models.prompt_response import PromptResponse
    from ..models.tool_choice import ToolChoice
    from ..models.tool_log_response import ToolLogResponse


T = TypeVar("T", bound="PromptLogResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_logs",
        "id",
        "prompt",
        "batches",
        "created_at",
        "end_time",
        "environment",
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
        "save",
        "source",
        "source_datapoint_id",
        "start_time",
        "stdout",
        "tool_choice",
        "trace_children",
        "trace_flow_id",
        "trace_id",
        "trace_parent_id",
        "user",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("evaluator_logs", "_evaluator_logs_slot", True, 1, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("prompt", "_prompt_slot", True, 2, ""),
    (
        "batches",
        "batches",
        False,
        0,
        "batches: list[str] = _j_batches\n\nif not ((type(batches) is list and _strs(batches)) or batches is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 4, ""),
    ("end_time", "_end_time_slot", False, 8, ""),
    (
        "environment",
        "environment",
        False,
        0,
        "environment = _j_environment\nif not (type(environment) is str or environment is UNSET):\n    raise TypeError",
    ),
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
    ("inputs", "_inputs_slot", False, 16, ""),
    ("messages", "_messages_slot", False, 32, ""),
    ("metadata", "_metadata_slot", False, 64, ""),
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
    ("output_message", "_output_message_slot", False, 128, ""),
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
    ("provider_request", "_provider_request_slot", False, 256, ""),
    ("provider_response", "_provider_response_slot", False, 512, ""),
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
    ("start_time", "_start_time_slot", False, 1024, ""),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
    ("tool_choice", "_tool_choice_slot", False, 2048, ""),
    (
        "trace_children",
        "trace_children",
        False,
        0,
        "_trace_children = _j_trace_children\ntrace_children: list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset = UNSET\nif _trace_children is not UNSET:\n    trace_children = []\n    for trace_children_item_data in _trace_children:\n        def _parse_trace_children_item(data: object) -\u003e EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_log_response_type_0\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_log_response_type_1\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            try:\n                if not isinstance(data, dict):\n                    raise TypeError()\n                componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data, _strict=True)\n\n\n\n                return componentsschemas_log_response_type_2\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            if not isinstance(data, dict):\n                raise TypeError()\n            componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data, _strict=True)\n\n\n\n            return componentsschemas_log_response_type_3\n\n        trace_children_item = _parse_trace_children_item(trace_children_item_data)\n\n        trace_children.append(trace_children_item)",
    ),
    (
        "trace_flow_id",
        "trace_flow_id",
        False,
        0,
        "trace_flow_id = _j_trace_flow_id\nif not (type(trace_flow_id) is str or trace_flow_id is UNSET):\n    raise TypeError",
    ),
    (
        "trace_id",
        "trace_id",
        False,
        0,
        "trace_id = _j_trace_id\nif not (type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
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
class PromptLogResponse:
    """General request for creating a Log

    Attributes:
        evaluator_logs (list[EvaluatorLogResponse]): List of Evaluator Logs associated with the Log. These contain
            Evaluator judgments on the Log.
        id (str): Unique identifier for the Log.
        prompt (PromptResponse): Base type that all File Responses should inherit from.

            Attributes defined here are common to all File Responses and should be overridden
            in the inheriting classes with documentation and appropriate Field definitions.
        batches (list[str] | Unset): Array of Batch IDs that this Log is part of. Batches are used to group Logs
            together for offline Evaluations
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        environment (str | Unset): The name of the Environment the Log is associated to.
        error (str | Unset): Error message if the log is an error.
        finish_reason (str | Unset): Reason the generation finished.
        inputs (PromptLogResponseInputs | Unset): The inputs passed to the prompt template.
        messages (list[ChatMessage] | Unset): The messages passed to the to provider chat endpoint.
        metadata (PromptLogResponseMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        output_cost (float | Unset): Cost in dollars associated to the tokens in the output.
        output_message (ChatMessage | Unset):
        output_tokens (int | Unset): Number of tokens in the output generated by the model.
        prompt_cost (float | Unset): Cost in dollars associated to the tokens in the prompt.
        prompt_tokens (int | Unset): Number of tokens in the prompt used to generate the output.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (PromptLogResponseProviderRequest | Unset): Raw request sent to provider.
        provider_response (PromptLogResponseProviderResponse | Unset): Raw response received the provider.
        save (bool | Unset): Whether the request/response payloads will be stored on Humanloop. Default: True.
        source (str | Unset): Identifies where the model was called from.
        source_datapoint_id (str | Unset): Unique identifier for the Datapoint that this Log is derived from. This can
            be used by Humanloop to associate Logs to Evaluations. If provided, Humanloop will automatically associate this
            Log to Evaluations that require a Log for this Datapoint-Version pair.
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
        tool_choice (PromptLogResponseToolChoiceType0 | PromptLogResponseToolChoiceType1 |
            PromptLogResponseToolChoiceType2 | ToolChoice | Unset): Controls how the model uses tools. The following options
            are supported:
            - `'none'` means the model will not call any tool and instead generates a message; this is the default when no
            tools are provided as part of the Prompt.
            - `'auto'` means the model can decide to call one or more of the provided tools; this is the default when tools
            are provided as part of the Prompt.
            - `'required'` means the model can decide to call one or more of the provided tools.
            - `{'type': 'function', 'function': {name': <TOOL_NAME>}}` forces the model to use the named function.
        trace_children (list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset):
            Logs nested under this Log in the Trace.
        trace_flow_id (str | Unset): Identifier for the Flow that the Trace belongs to.
        trace_id (str | Unset): Identifier for the Trace that the Log belongs to.
        trace_parent_id (str | Unset): The ID of the parent Log to nest this Log under in a Trace.
        user (str | Unset): End-user ID related to the Log.
    """

    evaluator_logs: list[EvaluatorLogResponse] | Unset
    id: str | Unset
    prompt: PromptResponse | Unset
    batches: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    environment: str | Unset = UNSET
    error: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    inputs: PromptLogResponseInputs | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    metadata: PromptLogResponseMetadata | Unset = UNSET
    output: str | Unset = UNSET
    output_cost: float | Unset = UNSET
    output_message: ChatMessage | Unset = UNSET
    output_tokens: int | Unset = UNSET
    prompt_cost: float | Unset = UNSET
    prompt_tokens: int | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: PromptLogResponseProviderRequest | Unset = UNSET
    provider_response: PromptLogResponseProviderResponse | Unset = UNSET
    save: bool | Unset = True
    source: str | Unset = UNSET
    source_datapoint_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
    tool_choice: (
        PromptLogResponseToolChoiceType0
        | PromptLogResponseToolChoiceType1
        | PromptLogResponseToolChoiceType2
        | ToolChoice
        | Unset
    ) = UNSET
    trace_children: (
        list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset
    ) = UNSET
    trace_flow_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
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
        try:
            evaluator_logs = []
            for evaluator_logs_item_data in self.evaluator_logs:
                evaluator_logs_item = evaluator_logs_item_data.to_dict()
                evaluator_logs.append(evaluator_logs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_logs = _as_json(self.evaluator_logs)

        id = self.id

        try:
            prompt = self.prompt.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            prompt = _as_json(self.prompt)

        try:
            batches: list[str] | Unset = UNSET
            if not isinstance(self.batches, Unset):
                batches = self.batches

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            batches = _as_json(self.batches)

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

        environment = self.environment

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

        save = self.save

        source = self.source

        source_datapoint_id = self.source_datapoint_id

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

        try:
            trace_children: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.trace_children, Unset):
                trace_children = []
                for trace_children_item_data in self.trace_children:
                    trace_children_item: dict[str, Any]
                    if isinstance(trace_children_item_data, PromptLogResponse):
                        trace_children_item = trace_children_item_data.to_dict()
                    elif isinstance(trace_children_item_data, ToolLogResponse):
                        trace_children_item = trace_children_item_data.to_dict()
                    elif isinstance(trace_children_item_data, EvaluatorLogResponse):
                        trace_children_item = trace_children_item_data.to_dict()
                    else:
                        trace_children_item = trace_children_item_data.to_dict()

                    trace_children.append(trace_children_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_children = _as_json(self.trace_children)

        trace_flow_id = self.trace_flow_id

        trace_id = self.trace_id

        trace_parent_id = self.trace_parent_id

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "evaluator_logs": evaluator_logs,
                "id": id,
                "prompt": prompt,
            }
        )
        if batches is not UNSET:
            field_dict["batches"] = batches
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment is not UNSET:
            field_dict["environment"] = environment
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
        if save is not UNSET:
            field_dict["save"] = save
        if source is not UNSET:
            field_dict["source"] = source
        if source_datapoint_id is not UNSET:
            field_dict["source_datapoint_id"] = source_datapoint_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if trace_children is not UNSET:
            field_dict["trace_children"] = trace_children
        if trace_flow_id is not UNSET:
            field_dict["trace_flow_id"] = trace_flow_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
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
        _evaluator_logs_raw = d.get("evaluator_logs", UNSET)
        if _evaluator_logs_raw is not UNSET and not _strict:
            evaluator_logs = _evaluator_logs_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                evaluator_logs = [
                    EvaluatorLogResponse.from_dict(evaluator_logs_item_data)
                    for evaluator_logs_item_data in d["evaluator_logs"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluator_logs, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluator_logs",
                    "list[EvaluatorLogResponse]",
                    "type",
                    lambda evaluator_logs_item_data: EvaluatorLogResponse.from_dict(
                        evaluator_logs_item_data
                    ),
                    _drifted,
                )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _prompt_raw = d.get("prompt", UNSET)
        if _prompt_raw is not UNSET and not _strict:
            prompt = _prompt_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                prompt = PromptResponse.from_dict(d["prompt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                prompt, _drifted = _keep(cls, d, "prompt", "PromptResponse", "type", _drifted)

        try:
            batches: list[str] = d.get("batches", UNSET)

            if not ((type(batches) is list and _strs(batches)) or batches is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batches, _drifted = _keep(cls, d, "batches", "list[str]", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 4
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
            _pending |= 8
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
            _pending |= 16
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: PromptLogResponseInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = PromptLogResponseInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "PromptLogResponseInputs", "type", _drifted
                )

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 32
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
            _pending |= 64
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: PromptLogResponseMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = PromptLogResponseMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "PromptLogResponseMetadata", "type", _drifted
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
            _pending |= 128
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
            _pending |= 256
        else:
            try:
                _provider_request = d.get("provider_request", UNSET)
                provider_request: PromptLogResponseProviderRequest | Unset
                if _provider_request is UNSET:
                    provider_request = UNSET
                else:
                    provider_request = PromptLogResponseProviderRequest.from_dict(_provider_request)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_request, _drifted = _keep(
                    cls, d, "provider_request", "PromptLogResponseProviderRequest", "type", _drifted
                )

        _provider_response_raw = d.get("provider_response", UNSET)
        if _provider_response_raw is UNSET:
            provider_response = UNSET
        elif not _strict:
            provider_response = _provider_response_raw  # decoded on first read
            _pending |= 512
        else:
            try:
                _provider_response = d.get("provider_response", UNSET)
                provider_response: PromptLogResponseProviderResponse | Unset
                if _provider_response is UNSET:
                    provider_response = UNSET
                else:
                    provider_response = PromptLogResponseProviderResponse.from_dict(
                        _provider_response
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_response, _drifted = _keep(
                    cls,
                    d,
                    "provider_response",
                    "PromptLogResponseProviderResponse",
                    "type",
                    _drifted,
                )

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
            _pending |= 1024
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
            _pending |= 2048
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
                    "PromptLogResponseToolChoiceType0 | PromptLogResponseToolChoiceType1 | PromptLogResponseToolChoiceType2 | ToolChoice",
                    "union",
                    _drifted,
                )

        try:
            _trace_children = d.get("trace_children", UNSET)
            trace_children: (
                list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse]
                | Unset
            ) = UNSET
            if _trace_children is not UNSET:
                trace_children = []
                for trace_children_item_data in _trace_children:

                    def _parse_trace_children_item(
                        data: object,
                    ) -> (
                        EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                                data, _strict=True
                            )

                            return componentsschemas_log_response_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                                data, _strict=True
                            )

                            return componentsschemas_log_response_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                                data, _strict=True
                            )

                            return componentsschemas_log_response_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_3

                    trace_children_item = _parse_trace_children_item(trace_children_item_data)

                    trace_children.append(trace_children_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(trace_children_item_data: Any) -> Any:
                def _parse_trace_children_item(
                    data: object,
                ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_log_response_type_3

                trace_children_item = _parse_trace_children_item(trace_children_item_data)
                return trace_children_item

            trace_children, _drifted = _keep_each(
                cls,
                d,
                "trace_children",
                "list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse]",
                "type",
                _each,
                _drifted,
            )

        try:
            trace_flow_id = d.get("trace_flow_id", UNSET)
            if not (type(trace_flow_id) is str or trace_flow_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_flow_id, _drifted = _keep(cls, d, "trace_flow_id", "str", "type", _drifted)

        try:
            trace_id = d.get("trace_id", UNSET)
            if not (type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "trace_id", "str", "type", _drifted)

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

        _prompt_log_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_log_response_._evaluator_logs_slot = evaluator_logs  # type: ignore[attr-defined]
        _prompt_log_response_.id = id
        _prompt_log_response_._prompt_slot = prompt  # type: ignore[attr-defined]
        _prompt_log_response_.batches = batches
        _prompt_log_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_log_response_._end_time_slot = end_time  # type: ignore[attr-defined]
        _prompt_log_response_.environment = environment
        _prompt_log_response_.error = error
        _prompt_log_response_.finish_reason = finish_reason
        _prompt_log_response_._inputs_slot = inputs  # type: ignore[attr-defined]
        _prompt_log_response_._messages_slot = messages  # type: ignore[attr-defined]
        _prompt_log_response_._metadata_slot = metadata  # type: ignore[attr-defined]
        _prompt_log_response_.output = output
        _prompt_log_response_.output_cost = output_cost
        _prompt_log_response_._output_message_slot = output_message  # type: ignore[attr-defined]
        _prompt_log_response_.output_tokens = output_tokens
        _prompt_log_response_.prompt_cost = prompt_cost
        _prompt_log_response_.prompt_tokens = prompt_tokens
        _prompt_log_response_.provider_latency = provider_latency
        _prompt_log_response_._provider_request_slot = provider_request  # type: ignore[attr-defined]
        _prompt_log_response_._provider_response_slot = provider_response  # type: ignore[attr-defined]
        _prompt_log_response_.save = save
        _prompt_log_response_.source = source
        _prompt_log_response_.source_datapoint_id = source_datapoint_id
        _prompt_log_response_._start_time_slot = start_time  # type: ignore[attr-defined]
        _prompt_log_response_.stdout = stdout
        _prompt_log_response_._tool_choice_slot = tool_choice  # type: ignore[attr-defined]
        _prompt_log_response_.trace_children = trace_children
        _prompt_log_response_.trace_flow_id = trace_flow_id
        _prompt_log_response_.trace_id = trace_id
        _prompt_log_response_.trace_parent_id = trace_parent_id
        _prompt_log_response_.user = user
        _prompt_log_response_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_log_response_, _drifted)
        return _prompt_log_response_


def _parse_tool_choice(
    data: object,
) -> (
    PromptLogResponseToolChoiceType0
    | PromptLogResponseToolChoiceType1
    | PromptLogResponseToolChoiceType2
    | ToolChoice
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_prompt_log_response_tool_choice_type_0(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_1 = check_prompt_log_response_tool_choice_type_1(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_2 = check_prompt_log_response_tool_choice_type_2(data)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_choice_type_3 = ToolChoice.from_dict(data)

    return tool_choice_type_3


def _decode_evaluator_logs(self: PromptLogResponse, raw: Any) -> Any:
    """``evaluator_logs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        evaluator_logs = [
            EvaluatorLogResponse.from_dict(evaluator_logs_item_data)
            for evaluator_logs_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluator_logs, _drifted = _keep_each(
            type(self),
            {"evaluator_logs": raw},
            "evaluator_logs",
            "list[EvaluatorLogResponse]",
            "type",
            lambda evaluator_logs_item_data: EvaluatorLogResponse.from_dict(
                evaluator_logs_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluator_logs


_lazy(PromptLogResponse, "evaluator_logs", 1, _decode_evaluator_logs)


def _decode_prompt(self: PromptLogResponse, raw: Any) -> Any:
    """``prompt`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        prompt = PromptResponse.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        prompt, _drifted = _keep(
            type(self), {"prompt": raw}, "prompt", "PromptResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return prompt


_lazy(PromptLogResponse, "prompt", 2, _decode_prompt)


def _decode_created_at(self: PromptLogResponse, raw: Any) -> Any:
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


_lazy(PromptLogResponse, "created_at", 4, _decode_created_at)


def _decode_end_time(self: PromptLogResponse, raw: Any) -> Any:
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


_lazy(PromptLogResponse, "end_time", 8, _decode_end_time)


def _decode_inputs(self: PromptLogResponse, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: PromptLogResponseInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = PromptLogResponseInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "PromptLogResponseInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(PromptLogResponse, "inputs", 16, _decode_inputs)


def _decode_messages(self: PromptLogResponse, raw: Any) -> Any:
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


_lazy(PromptLogResponse, "messages", 32, _decode_messages)


def _decode_metadata(self: PromptLogResponse, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: PromptLogResponseMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PromptLogResponseMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "PromptLogResponseMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(PromptLogResponse, "metadata", 64, _decode_metadata)


def _decode_output_message(self: PromptLogResponse, raw: Any) -> Any:
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


_lazy(PromptLogResponse, "output_message", 128, _decode_output_message)


def _decode_provider_request(self: PromptLogResponse, raw: Any) -> Any:
    """``provider_request`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_request = raw
        provider_request: PromptLogResponseProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = PromptLogResponseProviderRequest.from_dict(_provider_request)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_request, _drifted = _keep(
            type(self),
            {"provider_request": raw},
            "provider_request",
            "PromptLogResponseProviderRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_request


_lazy(PromptLogResponse, "provider_request", 256, _decode_provider_request)


def _decode_provider_response(self: PromptLogResponse, raw: Any) -> Any:
    """``provider_response`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_response = raw
        provider_response: PromptLogResponseProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = PromptLogResponseProviderResponse.from_dict(_provider_response)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_response, _drifted = _keep(
            type(self),
            {"provider_response": raw},
            "provider_response",
            "PromptLogResponseProviderResponse",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_response


_lazy(PromptLogResponse, "provider_response", 512, _decode_provider_response)


def _decode_start_time(self: PromptLogResponse, raw: Any) -> Any:
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


_lazy(PromptLogResponse, "start_time", 1024, _decode_start_time)


def _decode_tool_choice(self: PromptLogResponse, raw: Any) -> Any:
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
            "PromptLogResponseToolChoiceType0 | PromptLogResponseToolChoiceType1 | PromptLogResponseToolChoiceType2 | ToolChoice",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_choice


_lazy(PromptLogResponse, "tool_choice", 2048, _decode_tool_choice)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ChatMessage, \
        EvaluatorLogResponse, \
        FlowLogResponse, \
        PromptLogResponseInputs, \
        PromptLogResponseMetadata, \
        PromptLogResponseProviderRequest, \
        PromptLogResponseProviderResponse, \
        PromptResponse, \
        ToolChoice, \
        ToolLogResponse
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.evaluator_log_response import EvaluatorLogResponse  # noqa: PLC0415
    from ..models.flow_log_response import FlowLogResponse  # noqa: PLC0415
    from ..models.prompt_log_response_inputs import PromptLogResponseInputs  # noqa: PLC0415
    from ..models.prompt_log_response_metadata import PromptLogResponseMetadata  # noqa: PLC0415
    from ..models.prompt_log_response_provider_request import PromptLogResponseProviderRequest  # noqa: PLC0415
    from ..models.prompt_log_response_provider_response import PromptLogResponseProviderResponse  # noqa: PLC0415
    from ..models.prompt_response import PromptResponse  # noqa: PLC0415
    from ..models.tool_choice import ToolChoice  # noqa: PLC0415
    from ..models.tool_log_response import ToolLogResponse  # noqa: PLC0415

    _LAZY_PENDING = False
