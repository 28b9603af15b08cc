from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.widget_plot_comparison_fixed_reference_value_type import (
    WidgetPlotComparisonFixedReferenceValueType,
    check_widget_plot_comparison_fixed_reference_value_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetPlotComparisonFixedReferenceValue")
_new = object.__new__
_FIELDS = frozenset(
    {
        "end_time",
        "environment_name",
        "external_batch_ids",
        "external_model_version_ids",
        "model_version_environment_metadata_id",
        "start_time",
        "type",
    }
)


@_attrs_define
class WidgetPlotComparisonFixedReferenceValue:
    """Fixed time range used as the comparison reference.

    Attributes:
        end_time (datetime.datetime | Unset): Exclusive end of the fixed reference range.
        environment_name (str | Unset): Model environment containing the reference data.
        external_batch_ids (list[str] | Unset): Batches included in the reference.
        external_model_version_ids (list[str] | Unset): Model versions included in the reference.
        model_version_environment_metadata_id (None | str | Unset): Model lineage record defining the reference, when
            applicable.
        start_time (datetime.datetime | Unset): Inclusive start of the fixed reference range.
        type_ (WidgetPlotComparisonFixedReferenceValueType | Unset): Identifies a fixed comparison reference.
    """

    end_time: datetime.datetime | Unset = UNSET
    environment_name: str | Unset = UNSET
    external_batch_ids: list[str] | Unset = UNSET
    external_model_version_ids: list[str] | Unset = UNSET
    model_version_environment_metadata_id: None | str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    type_: WidgetPlotComparisonFixedReferenceValueType | Unset = UNSET
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
        try:
            end_time: str | Unset = UNSET
            if not isinstance(self.end_time, Unset):
                end_time = self.end_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment_name = self.environment_name

        try:
            external_batch_ids: list[str] | Unset = UNSET
            if not isinstance(self.external_batch_ids, Unset):
                external_batch_ids = self.external_batch_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            external_batch_ids = _as_json(self.external_batch_ids)

        try:
            external_model_version_ids: list[str] | Unset = UNSET
            if not isinstance(self.external_model_version_ids, Unset):
                external_model_version_ids = self.external_model_version_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            external_model_version_ids = _as_json(self.external_model_version_ids)

        model_version_environment_metadata_id: None | str | Unset
        if isinstance(self.model_version_environment_metadata_id, Unset):
            model_version_environment_metadata_id = UNSET
        else:
            model_version_environment_metadata_id = self.model_version_environment_metadata_id

        try:
            start_time: str | Unset = UNSET
            if not isinstance(self.start_time, Unset):
                start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if external_batch_ids is not UNSET:
            field_dict["external_batch_ids"] = external_batch_ids
        if external_model_version_ids is not UNSET:
            field_dict["external_model_version_ids"] = external_model_version_ids
        if model_version_environment_metadata_id is not UNSET:
            field_dict["model_version_environment_metadata_id"] = (
                model_version_environment_metadata_id
            )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time: datetime.datetime | Unset
                if _end_time is UNSET:
                    end_time = UNSET
                else:
                    end_time = datetime.datetime.fromisoformat(_end_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime", "type", _drifted
                )

        try:
            environment_name = d.get("environment_name", UNSET)
            if not (type(environment_name) is str or environment_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment_name, _drifted = _keep(cls, d, "environment_name", "str", "type", _drifted)

        try:
            external_batch_ids: list[str] = d.get("external_batch_ids", UNSET)

            if not (
                (type(external_batch_ids) is list and _strs(external_batch_ids))
                or external_batch_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            external_batch_ids, _drifted = _keep(
                cls, d, "external_batch_ids", "list[str]", "type", _drifted
            )

        try:
            external_model_version_ids: list[str] = d.get("external_model_version_ids", UNSET)

            if not (
                (type(external_model_version_ids) is list and _strs(external_model_version_ids))
                or external_model_version_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            external_model_version_ids, _drifted = _keep(
                cls, d, "external_model_version_ids", "list[str]", "type", _drifted
            )

        try:
            model_version_environment_metadata_id: None | str | Unset = d.get(
                "model_version_environment_metadata_id", UNSET
            )

            if not (
                model_version_environment_metadata_id is None
                or type(model_version_environment_metadata_id) is str
                or model_version_environment_metadata_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_version_environment_metadata_id, _drifted = _keep(
                cls, d, "model_version_environment_metadata_id", "None | str", "type", _drifted
            )

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time: datetime.datetime | Unset
                if _start_time is UNSET:
                    start_time = UNSET
                else:
                    start_time = datetime.datetime.fromisoformat(_start_time)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime", "type", _drifted
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: WidgetPlotComparisonFixedReferenceValueType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_widget_plot_comparison_fixed_reference_value_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of FIXED", "enum", _drifted)

        _widget_plot_comparison_fixed_reference_value_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _widget_plot_comparison_fixed_reference_value_._end_time_slot = end_time  # type: ignore[attr-defined]
        _widget_plot_comparison_fixed_reference_value_.environment_name = environment_name
        _widget_plot_comparison_fixed_reference_value_.external_batch_ids = external_batch_ids
        _widget_plot_comparison_fixed_reference_value_.external_model_version_ids = (
            external_model_version_ids
        )
        _widget_plot_comparison_fixed_reference_value_.model_version_environment_metadata_id = (
            model_version_environment_metadata_id
        )
        _widget_plot_comparison_fixed_reference_value_._start_time_slot = start_time  # type: ignore[attr-defined]
        _widget_plot_comparison_fixed_reference_value_.type_ = type_
        _widget_plot_comparison_fixed_reference_value_.additional_properties = {}
        _widget_plot_comparison_fixed_reference_value_._pending = _pending

        if _extra:
            _widget_plot_comparison_fixed_reference_value_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_widget_plot_comparison_fixed_reference_value_, _drifted)
        return _widget_plot_comparison_fixed_reference_value_

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


def _decode_end_time(self: WidgetPlotComparisonFixedReferenceValue, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(WidgetPlotComparisonFixedReferenceValue, "end_time", 1, _decode_end_time)


def _decode_start_time(self: WidgetPlotComparisonFixedReferenceValue, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"start_time": raw}, "start_time", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(WidgetPlotComparisonFixedReferenceValue, "start_time", 2, _decode_start_time)
