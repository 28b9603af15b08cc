from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import note as _note
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of

if TYPE_CHECKING:
    from ..models.dataset_event_classifications_type_0_additional_property_item import (
        DatasetEventClassificationsType0AdditionalPropertyItem,
    )


T = TypeVar("T", bound="DatasetEventClassificationsType0")
_new = object.__new__


@_attrs_define
class DatasetEventClassificationsType0:
    """Classifications for this event (dictionary from classification name to items)"""

    additional_properties: dict[
        str, list[DatasetEventClassificationsType0AdditionalPropertyItem]
    ] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DatasetEventClassificationsType0 is a JSON object, not {type(src_dict).__name__}"
            )
        _drifted: list[_Drift] | None = None
        d = src_dict
        _dataset_event_classifications_type_0_ = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = [
                    DatasetEventClassificationsType0AdditionalPropertyItem.from_dict(
                        additional_property_item_data
                    )
                    for additional_property_item_data in prop_dict
                ]

                additional_properties[prop_name] = additional_property

            _dataset_event_classifications_type_0_.additional_properties = additional_properties
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_event_classifications_type_0_, _drifted)
        return _dataset_event_classifications_type_0_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[DatasetEventClassificationsType0AdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: list[DatasetEventClassificationsType0AdditionalPropertyItem]
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetEventClassificationsType0AdditionalPropertyItem
    from ..models.dataset_event_classifications_type_0_additional_property_item import (
        DatasetEventClassificationsType0AdditionalPropertyItem,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
