from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_baseline_config_type import (
    ModelBaselineConfigType,
    check_model_baseline_config_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_filter import MonitorFilter


T = TypeVar("T", bound="ModelBaselineConfig")
_FIELDS = frozenset(
    {
        "filters",
        "type",
    }
)


@_attrs_define
class ModelBaselineConfig:
    """Uses the model's primary baseline as the comparison dataset.

    Attributes:
        filters (list[MonitorFilter] | Unset): Filters applied to the comparison dataset. An empty array means no
            comparison dataset filters are configured.
        type_ (ModelBaselineConfigType | Unset): Identifies this comparison dataset as the model's primary baseline.
    """

    filters: list[MonitorFilter] | Unset = UNSET
    type_: ModelBaselineConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _filters = d.get("filters", UNSET)
        filters: list[MonitorFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [MonitorFilter.from_dict(filters_item_data) for filters_item_data in _filters]

        _type_ = d.get("type", UNSET)
        type_: ModelBaselineConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_model_baseline_config_type(_type_)

        model_baseline_config = cls(
            filters,
            type_,
        )

        if not d.keys() <= _FIELDS:
            model_baseline_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return model_baseline_config

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
    global _LAZY_PENDING, MonitorFilter
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415

    _LAZY_PENDING = False
