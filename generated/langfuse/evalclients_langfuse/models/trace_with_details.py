from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TraceWithDetails")
_FIELDS = frozenset(
    {
        "environment",
        "id",
        "name",
        "public",
        "release",
        "sessionId",
        "tags",
        "timestamp",
        "userId",
        "version",
        "htmlPath",
        "input",
        "metadata",
        "output",
        "latency",
        "observations",
        "scores",
        "totalCost",
    }
)


@_attrs_define
class TraceWithDetails:
    """
    Attributes:
        environment (str): The environment from which this trace originated. Can be any lowercase alphanumeric string
            with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of a trace
        name (None | str): The name of the trace
        public (bool): Public traces are accessible via url without login
        release (None | str): The release version of the application when the trace was created
        session_id (None | str): The session identifier associated with the trace
        tags (list[str]): The tags associated with the trace.
        timestamp (datetime.datetime): The timestamp when the trace was created
        user_id (None | str): The user identifier associated with the trace
        version (None | str): The version of the trace
        html_path (str): Path of trace in Langfuse UI
        input_ (Any | Unset): The input data of the trace. Can be any JSON.
        metadata (Any | Unset): The metadata associated with the trace. Can be any JSON.
        output (Any | Unset): The output data of the trace. Can be any JSON.
        latency (float | None | Unset): Latency of trace in seconds
        observations (list[str] | None | Unset): List of observation ids
        scores (list[str] | None | Unset): List of score ids
        total_cost (float | None | Unset): Cost of trace in USD
    """

    environment: str
    id: str
    name: None | str
    public: bool
    release: None | str
    session_id: None | str
    tags: list[str]
    timestamp: datetime.datetime
    user_id: None | str
    version: None | str
    html_path: str
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    output: Any | Unset = UNSET
    latency: float | None | Unset = UNSET
    observations: list[str] | None | Unset = UNSET
    scores: list[str] | None | Unset = UNSET
    total_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        id = self.id

        name: None | str
        name = self.name

        public = self.public

        release: None | str
        release = self.release

        session_id: None | str
        session_id = self.session_id

        tags = self.tags

        timestamp = self.timestamp.isoformat()

        user_id: None | str
        user_id = self.user_id

        version: None | str
        version = self.version

        html_path = self.html_path

        input_ = self.input_

        metadata = self.metadata

        output = self.output

        latency: float | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        else:
            latency = self.latency

        observations: list[str] | None | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        elif isinstance(self.observations, list):
            observations = self.observations

        else:
            observations = self.observations

        scores: list[str] | None | Unset
        if isinstance(self.scores, Unset):
            scores = UNSET
        elif isinstance(self.scores, list):
            scores = self.scores

        else:
            scores = self.scores

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "id": id,
                "name": name,
                "public": public,
                "release": release,
                "sessionId": session_id,
                "tags": tags,
                "timestamp": timestamp,
                "userId": user_id,
                "version": version,
                "htmlPath": html_path,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if latency is not UNSET:
            field_dict["latency"] = latency
        if observations is not UNSET:
            field_dict["observations"] = observations
        if scores is not UNSET:
            field_dict["scores"] = scores
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        environment = d["environment"]

        id = d["id"]

        name: None | str = d["name"]

        public = d["public"]

        release: None | str = d["release"]

        session_id: None | str = d["sessionId"]

        tags: list[str] = d["tags"]

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        user_id: None | str = d["userId"]

        version: None | str = d["version"]

        html_path = d["htmlPath"]

        input_ = d.get("input", UNSET)

        metadata = d.get("metadata", UNSET)

        output = d.get("output", UNSET)

        latency: float | None | Unset = d.get("latency", UNSET)

        observations = _parse_observations(d.get("observations", UNSET))

        scores = _parse_scores(d.get("scores", UNSET))

        total_cost: float | None | Unset = d.get("totalCost", UNSET)

        trace_with_details = cls(
            environment,
            id,
            name,
            public,
            release,
            session_id,
            tags,
            timestamp,
            user_id,
            version,
            html_path,
            input_,
            metadata,
            output,
            latency,
            observations,
            scores,
            total_cost,
        )

        if not d.keys() <= _FIELDS:
            trace_with_details.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return trace_with_details

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


def _parse_observations(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        observations_type_0: list[str] = data

        return observations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_scores(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        scores_type_0: list[str] = data

        return scores_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)
