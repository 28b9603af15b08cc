from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_status import DatasetStatus, check_dataset_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetItemRequest")
_FIELDS = frozenset(
    {
        "datasetName",
        "expectedOutput",
        "id",
        "input",
        "metadata",
        "sourceObservationId",
        "sourceTraceId",
        "status",
    }
)


@_attrs_define
class CreateDatasetItemRequest:
    """
    Attributes:
        dataset_name (str):
        expected_output (Any | Unset):
        id (None | str | Unset): Dataset items are upserted on their id. Id needs to be unique (project-level), cannot
            be reused across datasets, and must be at most 255 characters.
        input_ (Any | Unset):
        metadata (Any | Unset):
        source_observation_id (None | str | Unset):
        source_trace_id (None | str | Unset):
        status (DatasetStatus | Unset):
    """

    dataset_name: str
    expected_output: Any | Unset = UNSET
    id: None | str | Unset = UNSET
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    source_observation_id: None | str | Unset = UNSET
    source_trace_id: None | str | Unset = UNSET
    status: DatasetStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_name = self.dataset_name

        expected_output = self.expected_output

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        input_ = self.input_

        metadata = self.metadata

        source_observation_id: None | str | Unset
        if isinstance(self.source_observation_id, Unset):
            source_observation_id = UNSET
        else:
            source_observation_id = self.source_observation_id

        source_trace_id: None | str | Unset
        if isinstance(self.source_trace_id, Unset):
            source_trace_id = UNSET
        else:
            source_trace_id = self.source_trace_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetName": dataset_name,
            }
        )
        if expected_output is not UNSET:
            field_dict["expectedOutput"] = expected_output
        if id is not UNSET:
            field_dict["id"] = id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source_observation_id is not UNSET:
            field_dict["sourceObservationId"] = source_observation_id
        if source_trace_id is not UNSET:
            field_dict["sourceTraceId"] = source_trace_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_name = d["datasetName"]

        expected_output = d.get("expectedOutput", UNSET)

        id: None | str | Unset = d.get("id", UNSET)

        input_ = d.get("input", UNSET)

        metadata = d.get("metadata", UNSET)

        source_observation_id: None | str | Unset = d.get("sourceObservationId", UNSET)

        source_trace_id: None | str | Unset = d.get("sourceTraceId", UNSET)

        _status = d.get("status", UNSET)
        status: DatasetStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_dataset_status(_status)

        create_dataset_item_request = cls(
            dataset_name,
            expected_output,
            id,
            input_,
            metadata,
            source_observation_id,
            source_trace_id,
            status,
        )

        if not d.keys() <= _FIELDS:
            create_dataset_item_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_dataset_item_request

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
