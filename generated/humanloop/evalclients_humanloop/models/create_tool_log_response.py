from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateToolLogResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "tool_id",
        "version_id",
        "session_id",
    }
)


@_attrs_define
class CreateToolLogResponse:
    """
    Attributes:
        id (str): String ID of log.
        tool_id (str): ID of the Tool the log belongs to.
        version_id (str): ID of the specific version of the Tool.
        session_id (str | Unset): String ID of session the log belongs to.
    """

    id: str | Unset
    tool_id: str | Unset
    version_id: str | Unset
    session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_id = self.tool_id

        version_id = self.version_id

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tool_id": tool_id,
                "version_id": version_id,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            tool_id = d["tool_id"]
            if not (type(tool_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_id, _drifted = _keep(cls, d, "tool_id", "str", "type", _drifted)

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        try:
            session_id = d.get("session_id", UNSET)
            if not (type(session_id) is str or session_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "session_id", "str", "type", _drifted)

        _create_tool_log_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_tool_log_response_.id = id
        _create_tool_log_response_.tool_id = tool_id
        _create_tool_log_response_.version_id = version_id
        _create_tool_log_response_.session_id = session_id
        _create_tool_log_response_.additional_properties = {}

        if _extra:
            _create_tool_log_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_tool_log_response_, _drifted)
        return _create_tool_log_response_

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
