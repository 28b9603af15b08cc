from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.score_source import ScoreSource, check_score_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseScoreV1")
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
        "traceId",
        "updatedAt",
        "observationId",
    }
)


@_attrs_define
class BaseScoreV1:
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
        trace_id (str):
        updated_at (datetime.datetime):
        observation_id (None | str | Unset): The observation ID associated with the score
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
    trace_id: str
    updated_at: datetime.datetime
    observation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        trace_id = self.trace_id

        updated_at = self.updated_at.isoformat()

        observation_id: None | str | Unset
        if isinstance(self.observation_id, Unset):
            observation_id = UNSET
        else:
            observation_id = self.observation_id

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
                "traceId": trace_id,
                "updatedAt": updated_at,
            }
        )
        if observation_id is not UNSET:
            field_dict["observationId"] = observation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        trace_id = d["traceId"]

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        observation_id: None | str | Unset = d.get("observationId", UNSET)

        base_score_v1 = cls(
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
            trace_id,
            updated_at,
            observation_id,
        )

        if not d.keys() <= _FIELDS:
            base_score_v1.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return base_score_v1

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
