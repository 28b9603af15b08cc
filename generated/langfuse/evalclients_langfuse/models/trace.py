from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trace")
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
        "input",
        "metadata",
        "output",
    }
)


@_attrs_define
class Trace:
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
        input_ (Any | Unset): The input data of the trace. Can be any JSON.
        metadata (Any | Unset): The metadata associated with the trace. Can be any JSON.
        output (Any | Unset): The output data of the trace. Can be any JSON.
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
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    output: Any | Unset = UNSET
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

        input_ = self.input_

        metadata = self.metadata

        output = self.output

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
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output

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

        input_ = d.get("input", UNSET)

        metadata = d.get("metadata", UNSET)

        output = d.get("output", UNSET)

        trace = cls(
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
            input_,
            metadata,
            output,
        )

        if not d.keys() <= _FIELDS:
            trace.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return trace

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
