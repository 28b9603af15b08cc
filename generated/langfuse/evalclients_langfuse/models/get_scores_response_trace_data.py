from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetScoresResponseTraceData")
_FIELDS = frozenset(
    {
        "environment",
        "sessionId",
        "tags",
        "userId",
    }
)


@_attrs_define
class GetScoresResponseTraceData:
    """
    Attributes:
        environment (None | str | Unset): The environment of the trace referenced by score
        session_id (None | str | Unset): The session ID associated with the trace referenced by score
        tags (list[str] | None | Unset): A list of tags associated with the trace referenced by score
        user_id (None | str | Unset): The user ID associated with the trace referenced by score
    """

    environment: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        environment: None | str | Unset = d.get("environment", UNSET)

        session_id: None | str | Unset = d.get("sessionId", UNSET)

        tags = _parse_tags(d.get("tags", UNSET))

        user_id: None | str | Unset = d.get("userId", UNSET)

        get_scores_response_trace_data = cls(
            environment,
            session_id,
            tags,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            get_scores_response_trace_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return get_scores_response_trace_data

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


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tags_type_0: list[str] = data

        return tags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)
