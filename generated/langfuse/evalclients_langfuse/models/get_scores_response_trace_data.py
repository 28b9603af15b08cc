from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetScoresResponseTraceData")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        try:
            tags: list[str] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            environment: None | str | Unset = d.get("environment", UNSET)

            if not (environment is None or type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "None | str", "type", _drifted)

        try:
            session_id: None | str | Unset = d.get("sessionId", UNSET)

            if not (session_id is None or type(session_id) is str or session_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "sessionId", "None | str", "type", _drifted)

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        try:
            user_id: None | str | Unset = d.get("userId", UNSET)

            if not (user_id is None or type(user_id) is str or user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "userId", "None | str", "type", _drifted)

        _get_scores_response_trace_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _get_scores_response_trace_data_.environment = environment
        _get_scores_response_trace_data_.session_id = session_id
        _get_scores_response_trace_data_.tags = tags
        _get_scores_response_trace_data_.user_id = user_id
        _get_scores_response_trace_data_.additional_properties = {}

        if _extra:
            _get_scores_response_trace_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_get_scores_response_trace_data_, _drifted)
        return _get_scores_response_trace_data_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")
