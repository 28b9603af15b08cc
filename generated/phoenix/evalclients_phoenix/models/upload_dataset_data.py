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
from ..types import Unset

T = TypeVar("T", bound="UploadDatasetData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_id",
        "num_created_examples",
        "num_deleted_examples",
        "num_updated_examples",
        "version_id",
    }
)


@_attrs_define
class UploadDatasetData:
    """
    Attributes:
        dataset_id (str):
        num_created_examples (int):
        num_deleted_examples (int):
        num_updated_examples (int):
        version_id (str):
    """

    dataset_id: str | Unset
    num_created_examples: int | Unset
    num_deleted_examples: int | Unset
    num_updated_examples: int | Unset
    version_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        num_created_examples = self.num_created_examples

        num_deleted_examples = self.num_deleted_examples

        num_updated_examples = self.num_updated_examples

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "num_created_examples": num_created_examples,
                "num_deleted_examples": num_deleted_examples,
                "num_updated_examples": num_updated_examples,
                "version_id": version_id,
            }
        )

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
            dataset_id = d["dataset_id"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            num_created_examples = d["num_created_examples"]
            if not (type(num_created_examples) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_created_examples, _drifted = _keep(
                cls, d, "num_created_examples", "int", "type", _drifted
            )

        try:
            num_deleted_examples = d["num_deleted_examples"]
            if not (type(num_deleted_examples) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_deleted_examples, _drifted = _keep(
                cls, d, "num_deleted_examples", "int", "type", _drifted
            )

        try:
            num_updated_examples = d["num_updated_examples"]
            if not (type(num_updated_examples) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_updated_examples, _drifted = _keep(
                cls, d, "num_updated_examples", "int", "type", _drifted
            )

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        _upload_dataset_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _upload_dataset_data_.dataset_id = dataset_id
        _upload_dataset_data_.num_created_examples = num_created_examples
        _upload_dataset_data_.num_deleted_examples = num_deleted_examples
        _upload_dataset_data_.num_updated_examples = num_updated_examples
        _upload_dataset_data_.version_id = version_id
        _upload_dataset_data_.additional_properties = {}

        if _extra:
            _upload_dataset_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_upload_dataset_data_, _drifted)
        return _upload_dataset_data_

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
