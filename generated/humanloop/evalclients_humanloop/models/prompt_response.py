from __future__ import annotations

import datetime
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
from ..models.model_endpoints import ModelEndpoints, check_model_endpoints
from ..models.model_providers import ModelProviders, check_model_providers
from ..models.prompt_response_type import PromptResponseType, check_prompt_response_type
from ..models.version_status import VersionStatus, check_version_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.environment_response import EnvironmentResponse
    from ..models.evaluator_aggregate import EvaluatorAggregate
    from ..models.input_response import InputResponse
    from ..models.linked_tool_response import LinkedToolResponse
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse
    from ..models.prompt_response_attributes import PromptResponseAttributes
    from ..models.prompt_response_other_provider_parameters import (
        PromptResponseOtherProviderParameters,
    )
    from ..models.response_format import ResponseFormat
    from ..models.tool_function import ToolFunction
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="PromptResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "inputs",
        "last_used_at",
        "model",
        "name",
        "path",
        "total_logs_count",
        "updated_at",
        "version_id",
        "version_logs_count",
        "attributes",
        "commit_message",
        "created_by",
        "directory_id",
        "endpoint",
        "environments",
        "evaluator_aggregates",
        "evaluators",
        "frequency_penalty",
        "linked_tools",
        "max_tokens",
        "other",
        "presence_penalty",
        "provider",
        "response_format",
        "seed",
        "status",
        "stop",
        "temperature",
        "template",
        "tools",
        "top_p",
        "type",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", True, 1, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("inputs", "_inputs_slot", True, 2, ""),
    ("last_used_at", "_last_used_at_slot", True, 4, ""),
    (
        "model",
        "model",
        True,
        0,
        "model = _j_model\nif not (type(model) is str):\n    raise TypeError",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("path", "path", True, 0, "path = _j_path\nif not (type(path) is str):\n    raise TypeError"),
    (
        "total_logs_count",
        "total_logs_count",
        True,
        0,
        "total_logs_count = _j_total_logs_count\nif not (type(total_logs_count) is int):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", True, 8, ""),
    (
        "version_id",
        "version_id",
        True,
        0,
        "version_id = _j_version_id\nif not (type(version_id) is str):\n    raise TypeError",
    ),
    (
        "version_logs_count",
        "version_logs_count",
        True,
        0,
        "version_logs_count = _j_version_logs_count\nif not (type(version_logs_count) is int):\n    raise TypeError",
    ),
    ("attributes", "_attributes_slot", False, 16, ""),
    (
        "commit_message",
        "commit_message",
        False,
        0,
        "commit_message = _j_commit_message\nif not (type(commit_message) is str or commit_message is UNSET):\n    raise TypeError",
    ),
    ("created_by", "_created_by_slot", False, 32, ""),
    (
        "directory_id",
        "directory_id",
        False,
        0,
        "directory_id = _j_directory_id\nif not (type(directory_id) is str or directory_id is UNSET):\n    raise TypeError",
    ),
    (
        "endpoint",
        "endpoint",
        False,
        0,
        "_endpoint = _j_endpoint\nendpoint: ModelEndpoints | Unset\nif _endpoint is UNSET:\n    endpoint = UNSET\nelse:\n    endpoint = check_model_endpoints(_endpoint)",
    ),
    ("environments", "_environments_slot", False, 64, ""),
    ("evaluator_aggregates", "_evaluator_aggregates_slot", False, 128, ""),
    ("evaluators", "_evaluators_slot", False, 256, ""),
    (
        "frequency_penalty",
        "frequency_penalty",
        False,
        0,
        "frequency_penalty = _j_frequency_penalty\nif not (type(frequency_penalty) is float or type(frequency_penalty) is int or frequency_penalty is UNSET):\n    raise TypeError",
    ),
    ("linked_tools", "_linked_tools_slot", False, 512, ""),
    (
        "max_tokens",
        "max_tokens",
        False,
        0,
        "max_tokens = _j_max_tokens\nif not (type(max_tokens) is int or max_tokens is UNSET):\n    raise TypeError",
    ),
    ("other", "_other_slot", False, 1024, ""),
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
    ("response_format", "_response_format_slot", False, 2048, ""),
    (
        "seed",
        "seed",
        False,
        0,
        "seed = _j_seed\nif not (type(seed) is int or seed is UNSET):\n    raise TypeError",
    ),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: VersionStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_version_status(_status)",
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
    ("template", "_template_slot", False, 4096, ""),
    ("tools", "_tools_slot", False, 8192, ""),
    (
        "top_p",
        "top_p",
        False,
        0,
        "top_p = _j_top_p\nif not (type(top_p) is float or type(top_p) is int or top_p is UNSET):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: PromptResponseType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_prompt_response_type(_type_)",
    ),
)


@_attrs_define
class PromptResponse:
    """Base type that all File Responses should inherit from.

    Attributes defined here are common to all File Responses and should be overridden
    in the inheriting classes with documentation and appropriate Field definitions.

        Attributes:
            created_at (datetime.datetime):
            id (str): Unique identifier for the Prompt.
            inputs (list[InputResponse]): Inputs associated to the Prompt. Inputs correspond to any of the variables used
                within the Prompt template.
            last_used_at (datetime.datetime):
            model (str): The model instance used, e.g. `gpt-4`. See [supported
                models](https://humanloop.com/docs/reference/supported-models)
            name (str): Name of the Prompt.
            path (str): Path of the Prompt, including the name, which is used as a unique identifier.
            total_logs_count (int): The number of logs that have been generated across all Prompt Versions
            updated_at (datetime.datetime):
            version_id (str): Unique identifier for the specific Prompt Version. If no query params provided, the default
                deployed Prompt Version is returned.
            version_logs_count (int): The number of logs that have been generated for this Prompt Version
            attributes (PromptResponseAttributes | Unset): Additional fields to describe the Prompt. Helpful to separate
                Prompt versions from each other with details on how they were created or used.
            commit_message (str | Unset): Message describing the changes made.
            created_by (UserResponse | Unset):
            directory_id (str | Unset): ID of the directory that the file is in on Humanloop.
            endpoint (ModelEndpoints | Unset): Supported model provider endpoints. Default: 'chat'.
            environments (list[EnvironmentResponse] | Unset): The list of environments the Prompt Version is deployed to.
            evaluator_aggregates (list[EvaluatorAggregate] | Unset): Aggregation of Evaluator results for the Prompt
                Version.
            evaluators (list[MonitoringEvaluatorResponse] | Unset): Evaluators that have been attached to this Prompt that
                are used for monitoring logs.
            frequency_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on how
                frequently they appear in the generation so far. Default: 0.0.
            linked_tools (list[LinkedToolResponse] | Unset): The tools linked to your prompt that the model can call.
            max_tokens (int | Unset): The maximum number of tokens to generate. Provide max_tokens=-1 to dynamically
                calculate the maximum number of tokens to generate given the length of the prompt Default: -1.
            other (PromptResponseOtherProviderParameters | Unset): Other parameter values to be passed to the provider call.
            presence_penalty (float | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based on
                whether they appear in the generation so far. Default: 0.0.
            provider (ModelProviders | Unset): Supported model providers. Default: 'openai'.
            response_format (ResponseFormat | Unset): Response format of the model.
            seed (int | Unset): If specified, model will make a best effort to sample deterministically, but it is not
                guaranteed.
            status (VersionStatus | Unset): An enumeration.
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
            type_ (PromptResponseType | Unset):  Default: 'prompt'.
    """

    created_at: datetime.datetime | Unset
    id: str | Unset
    inputs: list[InputResponse] | Unset
    last_used_at: datetime.datetime | Unset
    model: str | Unset
    name: str | Unset
    path: str | Unset
    total_logs_count: int | Unset
    updated_at: datetime.datetime | Unset
    version_id: str | Unset
    version_logs_count: int | Unset
    attributes: PromptResponseAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    created_by: UserResponse | Unset = UNSET
    directory_id: str | Unset = UNSET
    endpoint: ModelEndpoints | Unset = "chat"
    environments: list[EnvironmentResponse] | Unset = UNSET
    evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
    evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
    frequency_penalty: float | Unset = 0.0
    linked_tools: list[LinkedToolResponse] | Unset = UNSET
    max_tokens: int | Unset = -1
    other: PromptResponseOtherProviderParameters | Unset = UNSET
    presence_penalty: float | Unset = 0.0
    provider: ModelProviders | Unset = "openai"
    response_format: ResponseFormat | Unset = UNSET
    seed: int | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    temperature: float | Unset = 1.0
    template: list[ChatMessage] | str | Unset = UNSET
    tools: list[ToolFunction] | Unset = UNSET
    top_p: float | Unset = 1.0
    type_: PromptResponseType | Unset = "prompt"
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
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        try:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        try:
            last_used_at = self.last_used_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            last_used_at = _as_json(self.last_used_at)

        model = self.model

        name = self.name

        path = self.path

        total_logs_count = self.total_logs_count

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        version_id = self.version_id

        version_logs_count = self.version_logs_count

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        commit_message = self.commit_message

        try:
            created_by: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_by = _as_json(self.created_by)

        directory_id = self.directory_id

        try:
            endpoint: str | Unset = UNSET
            if not isinstance(self.endpoint, Unset):
                endpoint = self.endpoint

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            endpoint = _as_json(self.endpoint)

        try:
            environments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.environments, Unset):
                environments = []
                for environments_item_data in self.environments:
                    environments_item = environments_item_data.to_dict()
                    environments.append(environments_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            environments = _as_json(self.environments)

        try:
            evaluator_aggregates: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluator_aggregates, Unset):
                evaluator_aggregates = []
                for evaluator_aggregates_item_data in self.evaluator_aggregates:
                    evaluator_aggregates_item = evaluator_aggregates_item_data.to_dict()
                    evaluator_aggregates.append(evaluator_aggregates_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_aggregates = _as_json(self.evaluator_aggregates)

        try:
            evaluators: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluators, Unset):
                evaluators = []
                for evaluators_item_data in self.evaluators:
                    evaluators_item = evaluators_item_data.to_dict()
                    evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        frequency_penalty = self.frequency_penalty

        try:
            linked_tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.linked_tools, Unset):
                linked_tools = []
                for linked_tools_item_data in self.linked_tools:
                    linked_tools_item = linked_tools_item_data.to_dict()
                    linked_tools.append(linked_tools_item)

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
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

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

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "inputs": inputs,
                "last_used_at": last_used_at,
                "model": model,
                "name": name,
                "path": path,
                "total_logs_count": total_logs_count,
                "updated_at": updated_at,
                "version_id": version_id,
                "version_logs_count": version_logs_count,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if directory_id is not UNSET:
            field_dict["directory_id"] = directory_id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if environments is not UNSET:
            field_dict["environments"] = environments
        if evaluator_aggregates is not UNSET:
            field_dict["evaluator_aggregates"] = evaluator_aggregates
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
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
        if status is not UNSET:
            field_dict["status"] = status
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
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is not UNSET and not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                inputs = [
                    InputResponse.from_dict(inputs_item_data) for inputs_item_data in d["inputs"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep_each(
                    cls,
                    d,
                    "inputs",
                    "list[InputResponse]",
                    "type",
                    lambda inputs_item_data: InputResponse.from_dict(inputs_item_data),
                    _drifted,
                )

        _last_used_at_raw = d.get("last_used_at", UNSET)
        if _last_used_at_raw is not UNSET and not _strict:
            last_used_at = _last_used_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                last_used_at = datetime.datetime.fromisoformat(d["last_used_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                last_used_at, _drifted = _keep(
                    cls, d, "last_used_at", "datetime.datetime", "type", _drifted
                )

        try:
            model = d["model"]
            if not (type(model) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            path = d["path"]
            if not (type(path) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        try:
            total_logs_count = d["total_logs_count"]
            if not (type(total_logs_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_logs_count, _drifted = _keep(cls, d, "total_logs_count", "int", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        try:
            version_logs_count = d["version_logs_count"]
            if not (type(version_logs_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_logs_count, _drifted = _keep(
                cls, d, "version_logs_count", "int", "type", _drifted
            )

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: PromptResponseAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = PromptResponseAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "PromptResponseAttributes", "type", _drifted
                )

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        _created_by_raw = d.get("created_by", UNSET)
        if _created_by_raw is UNSET:
            created_by = UNSET
        elif not _strict:
            created_by = _created_by_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _created_by = d.get("created_by", UNSET)
                created_by: UserResponse | Unset
                if _created_by is UNSET:
                    created_by = UNSET
                else:
                    created_by = UserResponse.from_dict(_created_by)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_by, _drifted = _keep(cls, d, "created_by", "UserResponse", "type", _drifted)

        try:
            directory_id = d.get("directory_id", UNSET)
            if not (type(directory_id) is str or directory_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            directory_id, _drifted = _keep(cls, d, "directory_id", "str", "type", _drifted)

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

        _environments_raw = d.get("environments", UNSET)
        if _environments_raw is UNSET:
            environments = UNSET
        elif not _strict:
            environments = _environments_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _environments = d.get("environments", UNSET)
                environments: list[EnvironmentResponse] | Unset = UNSET
                if _environments is not UNSET:
                    environments = [
                        EnvironmentResponse.from_dict(environments_item_data)
                        for environments_item_data in _environments
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                environments, _drifted = _keep_each(
                    cls,
                    d,
                    "environments",
                    "list[EnvironmentResponse]",
                    "type",
                    lambda environments_item_data: EnvironmentResponse.from_dict(
                        environments_item_data
                    ),
                    _drifted,
                )

        _evaluator_aggregates_raw = d.get("evaluator_aggregates", UNSET)
        if _evaluator_aggregates_raw is UNSET:
            evaluator_aggregates = UNSET
        elif not _strict:
            evaluator_aggregates = _evaluator_aggregates_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _evaluator_aggregates = d.get("evaluator_aggregates", UNSET)
                evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
                if _evaluator_aggregates is not UNSET:
                    evaluator_aggregates = [
                        EvaluatorAggregate.from_dict(evaluator_aggregates_item_data)
                        for evaluator_aggregates_item_data in _evaluator_aggregates
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluator_aggregates, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluator_aggregates",
                    "list[EvaluatorAggregate]",
                    "type",
                    lambda evaluator_aggregates_item_data: EvaluatorAggregate.from_dict(
                        evaluator_aggregates_item_data
                    ),
                    _drifted,
                )

        _evaluators_raw = d.get("evaluators", UNSET)
        if _evaluators_raw is UNSET:
            evaluators = UNSET
        elif not _strict:
            evaluators = _evaluators_raw  # decoded on first read
            _pending |= 256
        else:
            try:
                _evaluators = d.get("evaluators", UNSET)
                evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
                if _evaluators is not UNSET:
                    evaluators = [
                        MonitoringEvaluatorResponse.from_dict(evaluators_item_data)
                        for evaluators_item_data in _evaluators
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluators, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluators",
                    "list[MonitoringEvaluatorResponse]",
                    "type",
                    lambda evaluators_item_data: MonitoringEvaluatorResponse.from_dict(
                        evaluators_item_data
                    ),
                    _drifted,
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

        _linked_tools_raw = d.get("linked_tools", UNSET)
        if _linked_tools_raw is UNSET:
            linked_tools = UNSET
        elif not _strict:
            linked_tools = _linked_tools_raw  # decoded on first read
            _pending |= 512
        else:
            try:
                _linked_tools = d.get("linked_tools", UNSET)
                linked_tools: list[LinkedToolResponse] | Unset = UNSET
                if _linked_tools is not UNSET:
                    linked_tools = [
                        LinkedToolResponse.from_dict(linked_tools_item_data)
                        for linked_tools_item_data in _linked_tools
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                linked_tools, _drifted = _keep_each(
                    cls,
                    d,
                    "linked_tools",
                    "list[LinkedToolResponse]",
                    "type",
                    lambda linked_tools_item_data: LinkedToolResponse.from_dict(
                        linked_tools_item_data
                    ),
                    _drifted,
                )

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
            _pending |= 1024
        else:
            try:
                _other = d.get("other", UNSET)
                other: PromptResponseOtherProviderParameters | Unset
                if _other is UNSET:
                    other = UNSET
                else:
                    other = PromptResponseOtherProviderParameters.from_dict(_other)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                other, _drifted = _keep(
                    cls, d, "other", "PromptResponseOtherProviderParameters", "type", _drifted
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
            _pending |= 2048
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
            _status = d.get("status", UNSET)
            status: VersionStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_version_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of committed, deleted, uncommitted", "enum", _drifted
            )

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
            _pending |= 4096
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
            _pending |= 8192
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

        try:
            _type_ = d.get("type", UNSET)
            type_: PromptResponseType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_prompt_response_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of prompt", "enum", _drifted)

        _prompt_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_response_.id = id
        _prompt_response_._inputs_slot = inputs  # type: ignore[attr-defined]
        _prompt_response_._last_used_at_slot = last_used_at  # type: ignore[attr-defined]
        _prompt_response_.model = model
        _prompt_response_.name = name
        _prompt_response_.path = path
        _prompt_response_.total_logs_count = total_logs_count
        _prompt_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _prompt_response_.version_id = version_id
        _prompt_response_.version_logs_count = version_logs_count
        _prompt_response_._attributes_slot = attributes  # type: ignore[attr-defined]
        _prompt_response_.commit_message = commit_message
        _prompt_response_._created_by_slot = created_by  # type: ignore[attr-defined]
        _prompt_response_.directory_id = directory_id
        _prompt_response_.endpoint = endpoint
        _prompt_response_._environments_slot = environments  # type: ignore[attr-defined]
        _prompt_response_._evaluator_aggregates_slot = evaluator_aggregates  # type: ignore[attr-defined]
        _prompt_response_._evaluators_slot = evaluators  # type: ignore[attr-defined]
        _prompt_response_.frequency_penalty = frequency_penalty
        _prompt_response_._linked_tools_slot = linked_tools  # type: ignore[attr-defined]
        _prompt_response_.max_tokens = max_tokens
        _prompt_response_._other_slot = other  # type: ignore[attr-defined]
        _prompt_response_.presence_penalty = presence_penalty
        _prompt_response_.provider = provider
        _prompt_response_._response_format_slot = response_format  # type: ignore[attr-defined]
        _prompt_response_.seed = seed
        _prompt_response_.status = status
        _prompt_response_.stop = stop
        _prompt_response_.temperature = temperature
        _prompt_response_._template_slot = template  # type: ignore[attr-defined]
        _prompt_response_._tools_slot = tools  # type: ignore[attr-defined]
        _prompt_response_.top_p = top_p
        _prompt_response_.type_ = type_
        _prompt_response_.additional_properties = {}
        _prompt_response_._pending = _pending

        if _extra:
            _prompt_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_response_, _drifted)
        return _prompt_response_

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


def _decode_created_at(self: PromptResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(PromptResponse, "created_at", 1, _decode_created_at)


def _decode_inputs(self: PromptResponse, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        inputs = [InputResponse.from_dict(inputs_item_data) for inputs_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep_each(
            type(self),
            {"inputs": raw},
            "inputs",
            "list[InputResponse]",
            "type",
            lambda inputs_item_data: InputResponse.from_dict(inputs_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(PromptResponse, "inputs", 2, _decode_inputs)


def _decode_last_used_at(self: PromptResponse, raw: Any) -> Any:
    """``last_used_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        last_used_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        last_used_at, _drifted = _keep(
            type(self), {"last_used_at": raw}, "last_used_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return last_used_at


_lazy(PromptResponse, "last_used_at", 4, _decode_last_used_at)


def _decode_updated_at(self: PromptResponse, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(PromptResponse, "updated_at", 8, _decode_updated_at)


def _decode_attributes(self: PromptResponse, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: PromptResponseAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = PromptResponseAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "PromptResponseAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(PromptResponse, "attributes", 16, _decode_attributes)


def _decode_created_by(self: PromptResponse, raw: Any) -> Any:
    """``created_by`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_by = raw
        created_by: UserResponse | Unset
        if _created_by is UNSET:
            created_by = UNSET
        else:
            created_by = UserResponse.from_dict(_created_by)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_by, _drifted = _keep(
            type(self), {"created_by": raw}, "created_by", "UserResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_by


_lazy(PromptResponse, "created_by", 32, _decode_created_by)


def _decode_environments(self: PromptResponse, raw: Any) -> Any:
    """``environments`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _environments = raw
        environments: list[EnvironmentResponse] | Unset = UNSET
        if _environments is not UNSET:
            environments = [
                EnvironmentResponse.from_dict(environments_item_data)
                for environments_item_data in _environments
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        environments, _drifted = _keep_each(
            type(self),
            {"environments": raw},
            "environments",
            "list[EnvironmentResponse]",
            "type",
            lambda environments_item_data: EnvironmentResponse.from_dict(environments_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return environments


_lazy(PromptResponse, "environments", 64, _decode_environments)


def _decode_evaluator_aggregates(self: PromptResponse, raw: Any) -> Any:
    """``evaluator_aggregates`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluator_aggregates = raw
        evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
        if _evaluator_aggregates is not UNSET:
            evaluator_aggregates = [
                EvaluatorAggregate.from_dict(evaluator_aggregates_item_data)
                for evaluator_aggregates_item_data in _evaluator_aggregates
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluator_aggregates, _drifted = _keep_each(
            type(self),
            {"evaluator_aggregates": raw},
            "evaluator_aggregates",
            "list[EvaluatorAggregate]",
            "type",
            lambda evaluator_aggregates_item_data: EvaluatorAggregate.from_dict(
                evaluator_aggregates_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluator_aggregates


_lazy(PromptResponse, "evaluator_aggregates", 128, _decode_evaluator_aggregates)


def _decode_evaluators(self: PromptResponse, raw: Any) -> Any:
    """``evaluators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluators = raw
        evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = [
                MonitoringEvaluatorResponse.from_dict(evaluators_item_data)
                for evaluators_item_data in _evaluators
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluators, _drifted = _keep_each(
            type(self),
            {"evaluators": raw},
            "evaluators",
            "list[MonitoringEvaluatorResponse]",
            "type",
            lambda evaluators_item_data: MonitoringEvaluatorResponse.from_dict(
                evaluators_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluators


_lazy(PromptResponse, "evaluators", 256, _decode_evaluators)


def _decode_linked_tools(self: PromptResponse, raw: Any) -> Any:
    """``linked_tools`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _linked_tools = raw
        linked_tools: list[LinkedToolResponse] | Unset = UNSET
        if _linked_tools is not UNSET:
            linked_tools = [
                LinkedToolResponse.from_dict(linked_tools_item_data)
                for linked_tools_item_data in _linked_tools
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        linked_tools, _drifted = _keep_each(
            type(self),
            {"linked_tools": raw},
            "linked_tools",
            "list[LinkedToolResponse]",
            "type",
            lambda linked_tools_item_data: LinkedToolResponse.from_dict(linked_tools_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return linked_tools


_lazy(PromptResponse, "linked_tools", 512, _decode_linked_tools)


def _decode_other(self: PromptResponse, raw: Any) -> Any:
    """``other`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _other = raw
        other: PromptResponseOtherProviderParameters | Unset
        if _other is UNSET:
            other = UNSET
        else:
            other = PromptResponseOtherProviderParameters.from_dict(_other)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        other, _drifted = _keep(
            type(self),
            {"other": raw},
            "other",
            "PromptResponseOtherProviderParameters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return other


_lazy(PromptResponse, "other", 1024, _decode_other)


def _decode_response_format(self: PromptResponse, raw: Any) -> Any:
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


_lazy(PromptResponse, "response_format", 2048, _decode_response_format)


def _decode_template(self: PromptResponse, raw: Any) -> Any:
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


_lazy(PromptResponse, "template", 4096, _decode_template)


def _decode_tools(self: PromptResponse, raw: Any) -> Any:
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


_lazy(PromptResponse, "tools", 8192, _decode_tools)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        ChatMessage, \
        EnvironmentResponse, \
        EvaluatorAggregate, \
        InputResponse, \
        LinkedToolResponse, \
        MonitoringEvaluatorResponse, \
        PromptResponseAttributes, \
        PromptResponseOtherProviderParameters, \
        ResponseFormat, \
        ToolFunction, \
        UserResponse
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.environment_response import EnvironmentResponse  # noqa: PLC0415
    from ..models.evaluator_aggregate import EvaluatorAggregate  # noqa: PLC0415
    from ..models.input_response import InputResponse  # noqa: PLC0415
    from ..models.linked_tool_response import LinkedToolResponse  # noqa: PLC0415
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse  # noqa: PLC0415
    from ..models.prompt_response_attributes import PromptResponseAttributes  # noqa: PLC0415
    from ..models.prompt_response_other_provider_parameters import (
        PromptResponseOtherProviderParameters,  # noqa: PLC0415
    )
    from ..models.response_format import ResponseFormat  # noqa: PLC0415
    from ..models.tool_function import ToolFunction  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False
