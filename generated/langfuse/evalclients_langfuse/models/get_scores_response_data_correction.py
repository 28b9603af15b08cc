from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correction_score_data_type import (
    CorrectionScoreDataType,
    check_correction_score_data_type,
)
from ..models.score_source import ScoreSource, check_score_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_scores_response_trace_data import GetScoresResponseTraceData


T = TypeVar("T", bound="GetScoresResponseDataCorrection")
_FIELDS = frozenset(
    {
        "authorUserId",
        "comment",
        "configId",
        "createdAt",
        "environment",
        "id",
        "metadata",
        "name",
        "queueId",
        "source",
        "timestamp",
        "updatedAt",
        "dataType",
        "stringValue",
        "value",
        "datasetRunId",
        "observationId",
        "sessionId",
        "traceId",
        "trace",
    }
)


@_attrs_define
class GetScoresResponseDataCorrection:
    """
    Attributes:
        author_user_id (None | str): The user ID of the author
        comment (None | str): Comment on the score
        config_id (None | str): Reference a score config on a score. When set, config and score name must be equal and
            value must comply to optionally defined numerical range
        created_at (datetime.datetime):
        environment (str): The environment from which this score originated. Can be any lowercase alphanumeric string
            with hyphens and underscores that does not start with 'langfuse'.
        id (str):
        metadata (Any): Metadata associated with the score
        name (str):
        queue_id (None | str): The annotation queue referenced by the score. Indicates if score was initially created
            while processing annotation queue.
        source (ScoreSource):
        timestamp (datetime.datetime):
        updated_at (datetime.datetime):
        data_type (CorrectionScoreDataType):
        string_value (str): The string representation of the correction content
        value (float): The numeric value of the score. Always 0 for correction scores.
        dataset_run_id (None | str | Unset): The dataset run ID associated with the score
        observation_id (None | str | Unset): The observation ID associated with the score
        session_id (None | str | Unset): The session ID associated with the score
        trace_id (None | str | Unset): The trace ID associated with the score
        trace (GetScoresResponseTraceData | Unset):
    """

    author_user_id: None | str
    comment: None | str
    config_id: None | str
    created_at: datetime.datetime
    environment: str
    id: str
    metadata: Any
    name: str
    queue_id: None | str
    source: ScoreSource
    timestamp: datetime.datetime
    updated_at: datetime.datetime
    data_type: CorrectionScoreDataType
    string_value: str
    value: float
    dataset_run_id: None | str | Unset = UNSET
    observation_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    trace: GetScoresResponseTraceData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        author_user_id: None | str
        author_user_id = self.author_user_id

        comment: None | str
        comment = self.comment

        config_id: None | str
        config_id = self.config_id

        created_at = self.created_at.isoformat()

        environment = self.environment

        id = self.id

        metadata = self.metadata

        name = self.name

        queue_id: None | str
        queue_id = self.queue_id

        source: str = self.source

        timestamp = self.timestamp.isoformat()

        updated_at = self.updated_at.isoformat()

        data_type: str = self.data_type

        string_value = self.string_value

        value = self.value

        dataset_run_id: None | str | Unset
        if isinstance(self.dataset_run_id, Unset):
            dataset_run_id = UNSET
        else:
            dataset_run_id = self.dataset_run_id

        observation_id: None | str | Unset
        if isinstance(self.observation_id, Unset):
            observation_id = UNSET
        else:
            observation_id = self.observation_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorUserId": author_user_id,
                "comment": comment,
                "configId": config_id,
                "createdAt": created_at,
                "environment": environment,
                "id": id,
                "metadata": metadata,
                "name": name,
                "queueId": queue_id,
                "source": source,
                "timestamp": timestamp,
                "updatedAt": updated_at,
                "dataType": data_type,
                "stringValue": string_value,
                "value": value,
            }
        )
        if dataset_run_id is not UNSET:
            field_dict["datasetRunId"] = dataset_run_id
        if observation_id is not UNSET:
            field_dict["observationId"] = observation_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        author_user_id: None | str = d["authorUserId"]

        comment: None | str = d["comment"]

        config_id: None | str = d["configId"]

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        environment = d["environment"]

        id = d["id"]

        metadata = d["metadata"]

        name = d["name"]

        queue_id: None | str = d["queueId"]

        source = check_score_source(d["source"])

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        data_type = check_correction_score_data_type(d["dataType"])

        string_value = d["stringValue"]

        value = d["value"]

        dataset_run_id: None | str | Unset = d.get("datasetRunId", UNSET)

        observation_id: None | str | Unset = d.get("observationId", UNSET)

        session_id: None | str | Unset = d.get("sessionId", UNSET)

        trace_id: None | str | Unset = d.get("traceId", UNSET)

        _trace = d.get("trace", UNSET)
        trace: GetScoresResponseTraceData | Unset
        if _trace is UNSET:
            trace = UNSET
        else:
            trace = GetScoresResponseTraceData.from_dict(_trace)

        get_scores_response_data_correction = cls(
            author_user_id,
            comment,
            config_id,
            created_at,
            environment,
            id,
            metadata,
            name,
            queue_id,
            source,
            timestamp,
            updated_at,
            data_type,
            string_value,
            value,
            dataset_run_id,
            observation_id,
            session_id,
            trace_id,
            trace,
        )

        if not d.keys() <= _FIELDS:
            get_scores_response_data_correction.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return get_scores_response_data_correction

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, GetScoresResponseTraceData
    from ..models.get_scores_response_trace_data import GetScoresResponseTraceData  # noqa: PLC0415

    _LAZY_PENDING = False
