from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observation_level import ObservationLevel, check_observation_level

if TYPE_CHECKING:
    from ..models.observation_cost_details import ObservationCostDetails
    from ..models.observation_usage_details import ObservationUsageDetails
    from ..models.usage import Usage


T = TypeVar("T", bound="Observation")
_FIELDS = frozenset(
    {
        "completionStartTime",
        "costDetails",
        "endTime",
        "environment",
        "id",
        "input",
        "level",
        "metadata",
        "model",
        "modelParameters",
        "name",
        "output",
        "parentObservationId",
        "promptId",
        "startTime",
        "statusMessage",
        "traceId",
        "type",
        "usage",
        "usageDetails",
        "version",
    }
)


@_attrs_define
class Observation:
    """
    Attributes:
        completion_start_time (datetime.datetime | None): The completion start time of the observation
        cost_details (ObservationCostDetails): The cost details of the observation. Key is the name of the cost metric,
            value is the cost in USD. The total key is the sum of all (non-total) cost metrics or the total value ingested.
        end_time (datetime.datetime | None): The end time of the observation.
        environment (str): The environment from which this observation originated. Can be any lowercase alphanumeric
            string with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of the observation
        input_ (Any): The input data of the observation
        level (ObservationLevel):
        metadata (Any): Additional metadata of the observation
        model (None | str): The model used for the observation
        model_parameters (Any): The parameters of the model used for the observation
        name (None | str): The name of the observation
        output (Any): The output data of the observation
        parent_observation_id (None | str): The parent observation ID
        prompt_id (None | str): The prompt ID associated with the observation
        start_time (datetime.datetime): The start time of the observation
        status_message (None | str): The status message of the observation
        trace_id (None | str): The trace ID associated with the observation
        type_ (str): The type of the observation
        usage (Usage): (Deprecated. Use usageDetails and costDetails instead.) Standard interface for usage and cost
        usage_details (ObservationUsageDetails): The usage details of the observation. Key is the name of the usage
            metric, value is the number of units consumed. The total key is the sum of all (non-total) usage metrics or the
            total value ingested.
        version (None | str): The version of the observation
    """

    completion_start_time: datetime.datetime | None
    cost_details: ObservationCostDetails
    end_time: datetime.datetime | None
    environment: str
    id: str
    input_: Any
    level: ObservationLevel
    metadata: Any
    model: None | str
    model_parameters: Any
    name: None | str
    output: Any
    parent_observation_id: None | str
    prompt_id: None | str
    start_time: datetime.datetime
    status_message: None | str
    trace_id: None | str
    type_: str
    usage: Usage
    usage_details: ObservationUsageDetails
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        completion_start_time: None | str
        if isinstance(self.completion_start_time, datetime.datetime):
            completion_start_time = self.completion_start_time.isoformat()
        else:
            completion_start_time = self.completion_start_time

        cost_details = self.cost_details.to_dict()

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        environment = self.environment

        id = self.id

        input_ = self.input_

        level: str = self.level

        metadata = self.metadata

        model: None | str
        model = self.model

        model_parameters = self.model_parameters

        name: None | str
        name = self.name

        output = self.output

        parent_observation_id: None | str
        parent_observation_id = self.parent_observation_id

        prompt_id: None | str
        prompt_id = self.prompt_id

        start_time = self.start_time.isoformat()

        status_message: None | str
        status_message = self.status_message

        trace_id: None | str
        trace_id = self.trace_id

        type_ = self.type_

        usage = self.usage.to_dict()

        usage_details = self.usage_details.to_dict()

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completionStartTime": completion_start_time,
                "costDetails": cost_details,
                "endTime": end_time,
                "environment": environment,
                "id": id,
                "input": input_,
                "level": level,
                "metadata": metadata,
                "model": model,
                "modelParameters": model_parameters,
                "name": name,
                "output": output,
                "parentObservationId": parent_observation_id,
                "promptId": prompt_id,
                "startTime": start_time,
                "statusMessage": status_message,
                "traceId": trace_id,
                "type": type_,
                "usage": usage,
                "usageDetails": usage_details,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        completion_start_time = _parse_completion_start_time(d["completionStartTime"])

        cost_details = ObservationCostDetails.from_dict(d["costDetails"])

        end_time = _parse_end_time(d["endTime"])

        environment = d["environment"]

        id = d["id"]

        input_ = d["input"]

        level = check_observation_level(d["level"])

        metadata = d["metadata"]

        model: None | str = d["model"]

        model_parameters = d["modelParameters"]

        name: None | str = d["name"]

        output = d["output"]

        parent_observation_id: None | str = d["parentObservationId"]

        prompt_id: None | str = d["promptId"]

        start_time = datetime.datetime.fromisoformat(d["startTime"])

        status_message: None | str = d["statusMessage"]

        trace_id: None | str = d["traceId"]

        type_ = d["type"]

        usage = Usage.from_dict(d["usage"])

        usage_details = ObservationUsageDetails.from_dict(d["usageDetails"])

        version: None | str = d["version"]

        observation = cls(
            completion_start_time,
            cost_details,
            end_time,
            environment,
            id,
            input_,
            level,
            metadata,
            model,
            model_parameters,
            name,
            output,
            parent_observation_id,
            prompt_id,
            start_time,
            status_message,
            trace_id,
            type_,
            usage,
            usage_details,
            version,
        )

        if not d.keys() <= _FIELDS:
            observation.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return observation

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


def _parse_completion_start_time(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completion_start_time_type_0 = datetime.datetime.fromisoformat(data)

        return completion_start_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


def _parse_end_time(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        end_time_type_0 = datetime.datetime.fromisoformat(data)

        return end_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ObservationCostDetails, ObservationUsageDetails, Usage
    from ..models.observation_cost_details import ObservationCostDetails  # noqa: PLC0415
    from ..models.observation_usage_details import ObservationUsageDetails  # noqa: PLC0415
    from ..models.usage import Usage  # noqa: PLC0415

    _LAZY_PENDING = False
