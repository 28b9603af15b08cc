from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        ExperimentInternalMetadataType0DatasetFilterType0,
    )


T = TypeVar("T", bound="ExperimentInternalMetadataType0")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_filter",
    }
)


@_attrs_define
class ExperimentInternalMetadataType0:
    """Braintrust-controlled metadata about the experiment.

    Attributes:
        dataset_filter (ExperimentInternalMetadataType0DatasetFilterType0 | None | Unset): BTQL filter payload used to
            evaluate a subset of a linked dataset.
    """

    dataset_filter: ExperimentInternalMetadataType0DatasetFilterType0 | None | Unset = UNSET
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
            dataset_filter: dict[str, Any] | None | Unset
            if isinstance(self.dataset_filter, Unset):
                dataset_filter = UNSET
            elif isinstance(self.dataset_filter, ExperimentInternalMetadataType0DatasetFilterType0):
                dataset_filter = self.dataset_filter.to_dict()
            else:
                dataset_filter = self.dataset_filter
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_filter = _as_json(self.dataset_filter)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_filter is not UNSET:
            field_dict["dataset_filter"] = dataset_filter

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
        _dataset_filter_raw = d.get("dataset_filter", UNSET)
        if _dataset_filter_raw is UNSET:
            dataset_filter = UNSET
        elif not _strict:
            dataset_filter = _dataset_filter_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _dataset_filter = d.get("dataset_filter", UNSET)
                dataset_filter = (
                    _dataset_filter
                    if _dataset_filter is None or _dataset_filter is UNSET
                    else _parse_dataset_filter(_dataset_filter)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_filter, _drifted = _keep(
                    cls,
                    d,
                    "dataset_filter",
                    "ExperimentInternalMetadataType0DatasetFilterType0 | None",
                    "union",
                    _drifted,
                )

        _experiment_internal_metadata_type_0_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_internal_metadata_type_0_._dataset_filter_slot = dataset_filter  # type: ignore[attr-defined]
        _experiment_internal_metadata_type_0_.additional_properties = {}
        _experiment_internal_metadata_type_0_._pending = _pending

        if _extra:
            _experiment_internal_metadata_type_0_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_internal_metadata_type_0_, _drifted)
        return _experiment_internal_metadata_type_0_

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


def _parse_dataset_filter(
    data: object,
) -> ExperimentInternalMetadataType0DatasetFilterType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dataset_filter_type_0 = ExperimentInternalMetadataType0DatasetFilterType0.from_dict(data)

        return dataset_filter_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_dataset_filter(self: ExperimentInternalMetadataType0, raw: Any) -> Any:
    """``dataset_filter`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset_filter = raw
        dataset_filter = (
            _dataset_filter
            if _dataset_filter is None or _dataset_filter is UNSET
            else _parse_dataset_filter(_dataset_filter)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_filter, _drifted = _keep(
            type(self),
            {"dataset_filter": raw},
            "dataset_filter",
            "ExperimentInternalMetadataType0DatasetFilterType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_filter


_lazy(ExperimentInternalMetadataType0, "dataset_filter", 1, _decode_dataset_filter)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentInternalMetadataType0DatasetFilterType0
    from ..models.experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        ExperimentInternalMetadataType0DatasetFilterType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
