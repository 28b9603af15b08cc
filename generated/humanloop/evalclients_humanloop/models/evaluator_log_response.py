from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_log_response_inputs import EvaluatorLogResponseInputs
    from ..models.evaluator_log_response_metadata import EvaluatorLogResponseMetadata
    from ..models.evaluator_log_response_provider_request import EvaluatorLogResponseProviderRequest
    from ..models.evaluator_log_response_provider_response import (
        EvaluatorLogResponseProviderResponse,
    )
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.flow_log_response import FlowLogResponse
    from ..models.prompt_log_response import PromptLogResponse
    from ..models.tool_log_response import ToolLogResponse


T = TypeVar("T", bound="EvaluatorLogResponse")


@_attrs_define
class EvaluatorLogResponse:
    """General request for creating a Log

    Attributes:
        evaluator (EvaluatorResponse): Version of the Evaluator used to provide judgments.
        evaluator_logs (list[EvaluatorLogResponse]): List of Evaluator Logs associated with the Log. These contain
            Evaluator judgments on the Log.
        id (str): Unique identifier for the Log.
        batches (list[str] | Unset): Array of Batch IDs that this Log is part of. Batches are used to group Logs
            together for offline Evaluations
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        end_time (datetime.datetime | Unset): When the logged event ended.
        environment (str | Unset): The name of the Environment the Log is associated to.
        error (str | Unset): Error message if the log is an error.
        inputs (EvaluatorLogResponseInputs | Unset): The inputs passed to the prompt template.
        judgment (bool | float | list[str] | str | Unset): Evaluator assessment of the Log.
        metadata (EvaluatorLogResponseMetadata | Unset): Any additional metadata to record.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        parent (EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | Unset):
        parent_id (str | Unset): Identifier of the evaluated Log. The newly created Log will have this one set as
            parent.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        provider_request (EvaluatorLogResponseProviderRequest | Unset): Raw request sent to provider.
        provider_response (EvaluatorLogResponseProviderResponse | Unset): Raw response received the provider.
        save (bool | Unset): Whether the request/response payloads will be stored on Humanloop. Default: True.
        source (str | Unset): Identifies where the model was called from.
        source_datapoint_id (str | Unset): Unique identifier for the Datapoint that this Log is derived from. This can
            be used by Humanloop to associate Logs to Evaluations. If provided, Humanloop will automatically associate this
            Log to Evaluations that require a Log for this Datapoint-Version pair.
        start_time (datetime.datetime | Unset): When the logged event started.
        stdout (str | Unset): Captured log and debug statements.
        trace_children (list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset):
            Logs nested under this Log in the Trace.
        trace_flow_id (str | Unset): Identifier for the Flow that the Trace belongs to.
        trace_id (str | Unset): Identifier for the Trace that the Log belongs to.
        trace_parent_id (str | Unset): The ID of the parent Log to nest this Log under in a Trace.
        user (str | Unset): End-user ID related to the Log.
    """

    evaluator: EvaluatorResponse
    evaluator_logs: list[EvaluatorLogResponse]
    id: str
    batches: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    environment: str | Unset = UNSET
    error: str | Unset = UNSET
    inputs: EvaluatorLogResponseInputs | Unset = UNSET
    judgment: bool | float | list[str] | str | Unset = UNSET
    metadata: EvaluatorLogResponseMetadata | Unset = UNSET
    output: str | Unset = UNSET
    parent: EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | Unset = (
        UNSET
    )
    parent_id: str | Unset = UNSET
    provider_latency: float | Unset = UNSET
    provider_request: EvaluatorLogResponseProviderRequest | Unset = UNSET
    provider_response: EvaluatorLogResponseProviderResponse | Unset = UNSET
    save: bool | Unset = True
    source: str | Unset = UNSET
    source_datapoint_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    stdout: str | Unset = UNSET
    trace_children: (
        list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset
    ) = UNSET
    trace_flow_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    trace_parent_id: str | Unset = UNSET
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluator = self.evaluator.to_dict()

        evaluator_logs = []
        for evaluator_logs_item_data in self.evaluator_logs:
            evaluator_logs_item = evaluator_logs_item_data.to_dict()
            evaluator_logs.append(evaluator_logs_item)

        id = self.id

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        environment = self.environment

        error = self.error

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        judgment: bool | float | list[str] | str | Unset
        if isinstance(self.judgment, Unset):
            judgment = UNSET
        elif isinstance(self.judgment, list):
            judgment = self.judgment

        else:
            judgment = self.judgment

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        output = self.output

        parent: dict[str, Any] | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, PromptLogResponse):
            parent = self.parent.to_dict()
        elif isinstance(self.parent, ToolLogResponse):
            parent = self.parent.to_dict()
        elif isinstance(self.parent, EvaluatorLogResponse):
            parent = self.parent.to_dict()
        else:
            parent = self.parent.to_dict()

        parent_id = self.parent_id

        provider_latency = self.provider_latency

        provider_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_request, Unset):
            provider_request = self.provider_request.to_dict()

        provider_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_response, Unset):
            provider_response = self.provider_response.to_dict()

        save = self.save

        source = self.source

        source_datapoint_id = self.source_datapoint_id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        stdout = self.stdout

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

        trace_flow_id = self.trace_flow_id

        trace_id = self.trace_id

        trace_parent_id = self.trace_parent_id

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "evaluator": evaluator,
                "evaluator_logs": evaluator_logs,
                "id": id,
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
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if judgment is not UNSET:
            field_dict["judgment"] = judgment
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        evaluator = EvaluatorResponse.from_dict(d["evaluator"])

        evaluator_logs = [
            EvaluatorLogResponse.from_dict(evaluator_logs_item_data)
            for evaluator_logs_item_data in d["evaluator_logs"]
        ]

        id = d["id"]

        batches: list[str] = d.get("batches", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        environment = d.get("environment", UNSET)

        error = d.get("error", UNSET)

        _inputs = d.get("inputs", UNSET)
        inputs: EvaluatorLogResponseInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = EvaluatorLogResponseInputs.from_dict(_inputs)

        judgment = _parse_judgment(d.get("judgment", UNSET))

        _metadata = d.get("metadata", UNSET)
        metadata: EvaluatorLogResponseMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = EvaluatorLogResponseMetadata.from_dict(_metadata)

        output = d.get("output", UNSET)

        parent = _parse_parent(d.get("parent", UNSET))

        parent_id = d.get("parent_id", UNSET)

        provider_latency = d.get("provider_latency", UNSET)

        _provider_request = d.get("provider_request", UNSET)
        provider_request: EvaluatorLogResponseProviderRequest | Unset
        if _provider_request is UNSET:
            provider_request = UNSET
        else:
            provider_request = EvaluatorLogResponseProviderRequest.from_dict(_provider_request)

        _provider_response = d.get("provider_response", UNSET)
        provider_response: EvaluatorLogResponseProviderResponse | Unset
        if _provider_response is UNSET:
            provider_response = UNSET
        else:
            provider_response = EvaluatorLogResponseProviderResponse.from_dict(_provider_response)

        save = d.get("save", UNSET)

        source = d.get("source", UNSET)

        source_datapoint_id = d.get("source_datapoint_id", UNSET)

        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        stdout = d.get("stdout", UNSET)

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
                ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data)

                        return componentsschemas_log_response_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data)

                        return componentsschemas_log_response_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data)

                        return componentsschemas_log_response_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data)

                    return componentsschemas_log_response_type_3

                trace_children_item = _parse_trace_children_item(trace_children_item_data)

                trace_children.append(trace_children_item)

        trace_flow_id = d.get("trace_flow_id", UNSET)

        trace_id = d.get("trace_id", UNSET)

        trace_parent_id = d.get("trace_parent_id", UNSET)

        user = d.get("user", UNSET)

        evaluator_log_response = cls(
            evaluator,
            evaluator_logs,
            id,
            batches,
            created_at,
            end_time,
            environment,
            error,
            inputs,
            judgment,
            metadata,
            output,
            parent,
            parent_id,
            provider_latency,
            provider_request,
            provider_response,
            save,
            source,
            source_datapoint_id,
            start_time,
            stdout,
            trace_children,
            trace_flow_id,
            trace_id,
            trace_parent_id,
            user,
        )

        return evaluator_log_response


def _parse_judgment(data: object) -> bool | float | list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        judgment_type_2: list[str] = data

        return judgment_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(bool | float | list[str] | str | Unset, data)


def _parse_parent(
    data: object,
) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data)

        return componentsschemas_log_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data)

        return componentsschemas_log_response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data)

        return componentsschemas_log_response_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data)

    return componentsschemas_log_response_type_3


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        EvaluatorLogResponseInputs, \
        EvaluatorLogResponseMetadata, \
        EvaluatorLogResponseProviderRequest, \
        EvaluatorLogResponseProviderResponse, \
        EvaluatorResponse, \
        FlowLogResponse, \
        PromptLogResponse, \
        ToolLogResponse
    from ..models.evaluator_log_response_inputs import EvaluatorLogResponseInputs  # noqa: PLC0415
    from ..models.evaluator_log_response_metadata import EvaluatorLogResponseMetadata  # noqa: PLC0415
    from ..models.evaluator_log_response_provider_request import EvaluatorLogResponseProviderRequest  # noqa: PLC0415
    from ..models.evaluator_log_response_provider_response import (
        EvaluatorLogResponseProviderResponse,  # noqa: PLC0415
    )
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.flow_log_response import FlowLogResponse  # noqa: PLC0415
    from ..models.prompt_log_response import PromptLogResponse  # noqa: PLC0415
    from ..models.tool_log_response import ToolLogResponse  # noqa: PLC0415

    _LAZY_PENDING = False
