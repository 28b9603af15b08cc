from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import note as _note
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of

T = TypeVar("T", bound="DatasetEventFacetsType0")
_new = object.__new__


@_attrs_define
class DatasetEventFacetsType0:
    """Facets for categorization (dictionary from facet id to value)"""

    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DatasetEventFacetsType0 is a JSON object, not {type(src_dict).__name__}"
            )
        _drifted: list[_Drift] | None = None
        d = src_dict
        _dataset_event_facets_type_0_ = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property: None | str = prop_dict

                additional_properties[prop_name] = additional_property

            _dataset_event_facets_type_0_.additional_properties = additional_properties
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_event_facets_type_0_, _drifted)
        return _dataset_event_facets_type_0_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
