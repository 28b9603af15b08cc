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
from ..models.annotation_queue_example_record_input_record_type import (
    AnnotationQueueExampleRecordInputRecordType,
    check_annotation_queue_example_record_input_record_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationQueueExampleRecordInput")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_id",
        "record_type",
        "dataset_version_id",
        "example_ids",
    }
)


@_attrs_define
class AnnotationQueueExampleRecordInput:
    """AnnotationQueueExampleRecordInput

    Attributes:
        dataset_id (str): The dataset ID these examples belong to
        record_type (AnnotationQueueExampleRecordInputRecordType): Discriminator identifying this record source as
            dataset examples. Must be `EXAMPLE` for dataset example records.
        dataset_version_id (str | Unset): Optional. The specific dataset version to use. If omitted, the latest version
            is used.
        example_ids (list[str] | Unset): Optional. List of example IDs within the dataset to add to the queue. If
            omitted, all examples in the dataset (or dataset version) are added, provided the total records from all sources
            does not exceed 500.
    """

    dataset_id: str | Unset
    record_type: AnnotationQueueExampleRecordInputRecordType | Unset
    dataset_version_id: str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        try:
            record_type: str = self.record_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            record_type = _as_json(self.record_type)

        dataset_version_id = self.dataset_version_id

        try:
            example_ids: list[str] | Unset = UNSET
            if not isinstance(self.example_ids, Unset):
                example_ids = self.example_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            example_ids = _as_json(self.example_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "record_type": record_type,
            }
        )
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids

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
            record_type = check_annotation_queue_example_record_input_record_type(d["record_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            record_type, _drifted = _keep(cls, d, "record_type", "one of EXAMPLE", "enum", _drifted)

        try:
            dataset_version_id = d.get("dataset_version_id", UNSET)
            if not (type(dataset_version_id) is str or dataset_version_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "str", "type", _drifted
            )

        try:
            example_ids: list[str] = d.get("example_ids", UNSET)

            if not ((type(example_ids) is list and _strs(example_ids)) or example_ids is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_ids, _drifted = _keep(cls, d, "example_ids", "list[str]", "type", _drifted)

        _annotation_queue_example_record_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotation_queue_example_record_input_.dataset_id = dataset_id
        _annotation_queue_example_record_input_.record_type = record_type
        _annotation_queue_example_record_input_.dataset_version_id = dataset_version_id
        _annotation_queue_example_record_input_.example_ids = example_ids
        _annotation_queue_example_record_input_.additional_properties = {}

        if _extra:
            _annotation_queue_example_record_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_queue_example_record_input_, _drifted)
        return _annotation_queue_example_record_input_

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
