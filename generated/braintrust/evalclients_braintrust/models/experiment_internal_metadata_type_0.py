from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        ExperimentInternalMetadataType0DatasetFilterType0,
    )


T = TypeVar("T", bound="ExperimentInternalMetadataType0")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dataset_filter: dict[str, Any] | None | Unset
        if isinstance(self.dataset_filter, Unset):
            dataset_filter = UNSET
        elif isinstance(self.dataset_filter, ExperimentInternalMetadataType0DatasetFilterType0):
            dataset_filter = self.dataset_filter.to_dict()
        else:
            dataset_filter = self.dataset_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_filter is not UNSET:
            field_dict["dataset_filter"] = dataset_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        dataset_filter = _parse_dataset_filter(d.get("dataset_filter", UNSET))

        experiment_internal_metadata_type_0 = cls(
            dataset_filter,
        )

        if not d.keys() <= _FIELDS:
            experiment_internal_metadata_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_internal_metadata_type_0

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
    return cast(ExperimentInternalMetadataType0DatasetFilterType0 | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentInternalMetadataType0DatasetFilterType0
    from ..models.experiment_internal_metadata_type_0_dataset_filter_type_0 import (
        ExperimentInternalMetadataType0DatasetFilterType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
