from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.model_baseline_config_type import (
    ModelBaselineConfigType,
    check_model_baseline_config_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_filter import MonitorFilter


T = TypeVar("T", bound="ModelBaselineConfig")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            filters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = []
                for filters_item_data in self.filters:
                    filters_item = filters_item_data.to_dict()
                    filters.append(filters_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            filters = _as_json(self.filters)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if type_ is not UNSET:
            field_dict["type"] = type_

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _filters_raw = d.get("filters", UNSET)
        if _filters_raw is UNSET:
            filters = UNSET
        elif not _strict:
            filters = _filters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _filters = d.get("filters", UNSET)
                filters: list[MonitorFilter] | Unset = UNSET
                if _filters is not UNSET:
                    filters = [
                        MonitorFilter.from_dict(filters_item_data) for filters_item_data in _filters
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                filters, _drifted = _keep_each(
                    cls,
                    d,
                    "filters",
                    "list[MonitorFilter]",
                    "type",
                    lambda filters_item_data: MonitorFilter.from_dict(filters_item_data),
                    _drifted,
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: ModelBaselineConfigType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_model_baseline_config_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of MODEL_BASELINE", "enum", _drifted)

        _model_baseline_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _model_baseline_config_._filters_slot = filters  # type: ignore[attr-defined]
        _model_baseline_config_.type_ = type_
        _model_baseline_config_.additional_properties = {}
        _model_baseline_config_._pending = _pending

        if _extra:
            _model_baseline_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_model_baseline_config_, _drifted)
        return _model_baseline_config_

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


def _decode_filters(self: ModelBaselineConfig, raw: Any) -> Any:
    """``filters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _filters = raw
        filters: list[MonitorFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = [MonitorFilter.from_dict(filters_item_data) for filters_item_data in _filters]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        filters, _drifted = _keep_each(
            type(self),
            {"filters": raw},
            "filters",
            "list[MonitorFilter]",
            "type",
            lambda filters_item_data: MonitorFilter.from_dict(filters_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return filters


_lazy(ModelBaselineConfig, "filters", 1, _decode_filters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, MonitorFilter
    from ..models.monitor_filter import MonitorFilter  # noqa: PLC0415

    _LAZY_PENDING = False
