from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_status import DatasetStatus, check_dataset_status

if TYPE_CHECKING:
    from ..models.dataset_item_media_reference import DatasetItemMediaReference


T = TypeVar("T", bound="DatasetItem")
_FIELDS = frozenset(
    {
        "createdAt",
        "datasetId",
        "datasetName",
        "expectedOutput",
        "id",
        "input",
        "mediaReferences",
        "metadata",
        "sourceObservationId",
        "sourceTraceId",
        "status",
        "updatedAt",
    }
)


@_attrs_define
class DatasetItem:
    """
    Attributes:
        created_at (datetime.datetime):
        dataset_id (str):
        dataset_name (str):
        expected_output (Any): Expected output for the dataset item
        id (str):
        input_ (Any): Input data for the dataset item
        media_references (list[DatasetItemMediaReference]): Resolved Langfuse media references found in input,
            expectedOutput, and metadata.
        metadata (Any): Metadata associated with the dataset item
        source_observation_id (None | str): The observation ID that sourced this dataset item
        source_trace_id (None | str): The trace ID that sourced this dataset item
        status (DatasetStatus):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    dataset_id: str
    dataset_name: str
    expected_output: Any
    id: str
    input_: Any
    media_references: list[DatasetItemMediaReference]
    metadata: Any
    source_observation_id: None | str
    source_trace_id: None | str
    status: DatasetStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        expected_output = self.expected_output

        id = self.id

        input_ = self.input_

        media_references = []
        for media_references_item_data in self.media_references:
            media_references_item = media_references_item_data.to_dict()
            media_references.append(media_references_item)

        metadata = self.metadata

        source_observation_id: None | str
        source_observation_id = self.source_observation_id

        source_trace_id: None | str
        source_trace_id = self.source_trace_id

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetId": dataset_id,
                "datasetName": dataset_name,
                "expectedOutput": expected_output,
                "id": id,
                "input": input_,
                "mediaReferences": media_references,
                "metadata": metadata,
                "sourceObservationId": source_observation_id,
                "sourceTraceId": source_trace_id,
                "status": status,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        dataset_id = d["datasetId"]

        dataset_name = d["datasetName"]

        expected_output = d["expectedOutput"]

        id = d["id"]

        input_ = d["input"]

        media_references = [
            DatasetItemMediaReference.from_dict(media_references_item_data)
            for media_references_item_data in d["mediaReferences"]
        ]

        metadata = d["metadata"]

        source_observation_id: None | str = d["sourceObservationId"]

        source_trace_id: None | str = d["sourceTraceId"]

        status = check_dataset_status(d["status"])

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        dataset_item = cls(
            created_at,
            dataset_id,
            dataset_name,
            expected_output,
            id,
            input_,
            media_references,
            metadata,
            source_observation_id,
            source_trace_id,
            status,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_item.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_item

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
    global _LAZY_PENDING, DatasetItemMediaReference
    from ..models.dataset_item_media_reference import DatasetItemMediaReference  # noqa: PLC0415

    _LAZY_PENDING = False
