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
from ..drift import strs as _strs
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueryMapping")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attribute_path",
        "query_ids",
        "variable_name",
    }
)


@_attrs_define
class TaskQueryMapping:
    """Maps one evaluator variable to one or more query ids and an attribute path (trace/session shape).

    Attributes:
        attribute_path (str | Unset): Span attribute path (e.g. `attributes.input.value`) resolved within each admitted
            unit to populate `variable_name`.
        query_ids (list[str] | Unset): Declared query ids (`A`-`E`) whose matching units feed this variable. An empty
            list means "any declared query" (valid for session-level variables that match all spans in the conversation).
            Every id must be declared in the task's `query_filters.filters`.
        variable_name (str | Unset): The evaluator template variable this mapping populates.
    """

    attribute_path: str | Unset = UNSET
    query_ids: list[str] | Unset = UNSET
    variable_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        attribute_path = self.attribute_path

        try:
            query_ids: list[str] | Unset = UNSET
            if not isinstance(self.query_ids, Unset):
                query_ids = self.query_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            query_ids = _as_json(self.query_ids)

        variable_name = self.variable_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_path is not UNSET:
            field_dict["attribute_path"] = attribute_path
        if query_ids is not UNSET:
            field_dict["query_ids"] = query_ids
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name

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
            attribute_path = d.get("attribute_path", UNSET)
            if not (type(attribute_path) is str or attribute_path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            attribute_path, _drifted = _keep(cls, d, "attribute_path", "str", "type", _drifted)

        try:
            query_ids: list[str] = d.get("query_ids", UNSET)

            if not ((type(query_ids) is list and _strs(query_ids)) or query_ids is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_ids, _drifted = _keep(cls, d, "query_ids", "list[str]", "type", _drifted)

        try:
            variable_name = d.get("variable_name", UNSET)
            if not (type(variable_name) is str or variable_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            variable_name, _drifted = _keep(cls, d, "variable_name", "str", "type", _drifted)

        _task_query_mapping_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _task_query_mapping_.attribute_path = attribute_path
        _task_query_mapping_.query_ids = query_ids
        _task_query_mapping_.variable_name = variable_name
        _task_query_mapping_.additional_properties = {}

        if _extra:
            _task_query_mapping_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_task_query_mapping_, _drifted)
        return _task_query_mapping_

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
