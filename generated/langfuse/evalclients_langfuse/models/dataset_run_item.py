from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetRunItem")
_FIELDS = frozenset(
    {
        "createdAt",
        "datasetItemId",
        "datasetRunId",
        "datasetRunName",
        "id",
        "observationId",
        "traceId",
        "updatedAt",
    }
)


@_attrs_define
class DatasetRunItem:
    """
    Attributes:
        created_at (datetime.datetime):
        dataset_item_id (str):
        dataset_run_id (str):
        dataset_run_name (str):
        id (str):
        observation_id (None | str): The observation ID associated with this run item
        trace_id (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    dataset_item_id: str
    dataset_run_id: str
    dataset_run_name: str
    id: str
    observation_id: None | str
    trace_id: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dataset_item_id = self.dataset_item_id

        dataset_run_id = self.dataset_run_id

        dataset_run_name = self.dataset_run_name

        id = self.id

        observation_id: None | str
        observation_id = self.observation_id

        trace_id = self.trace_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetItemId": dataset_item_id,
                "datasetRunId": dataset_run_id,
                "datasetRunName": dataset_run_name,
                "id": id,
                "observationId": observation_id,
                "traceId": trace_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        dataset_item_id = d["datasetItemId"]

        dataset_run_id = d["datasetRunId"]

        dataset_run_name = d["datasetRunName"]

        id = d["id"]

        observation_id: None | str = d["observationId"]

        trace_id = d["traceId"]

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        dataset_run_item = cls(
            created_at,
            dataset_item_id,
            dataset_run_id,
            dataset_run_name,
            id,
            observation_id,
            trace_id,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_run_item.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_run_item

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
