from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUIContext")


@_attrs_define
class DatasetUIContext:
    """
    Attributes:
        dataset_node_id (str):
        type_ (Literal['dataset']):
        dataset_version_node_id (None | str | Unset):
    """

    dataset_node_id: str
    type_: Literal["dataset"]
    dataset_version_node_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dataset_node_id = self.dataset_node_id

        type_ = self.type_

        dataset_version_node_id: None | str | Unset
        if isinstance(self.dataset_version_node_id, Unset):
            dataset_version_node_id = UNSET
        else:
            dataset_version_node_id = self.dataset_version_node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "datasetNodeId": dataset_node_id,
                "type": type_,
            }
        )
        if dataset_version_node_id is not UNSET:
            field_dict["datasetVersionNodeId"] = dataset_version_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_node_id = d.pop("datasetNodeId")

        type_ = cast(Literal["dataset"], d.pop("type"))
        if type_ != "dataset":
            raise ValueError(f"type must match const 'dataset', got '{type_}'")

        def _parse_dataset_version_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_version_node_id = _parse_dataset_version_node_id(
            d.pop("datasetVersionNodeId", UNSET)
        )

        dataset_ui_context = cls(
            dataset_node_id=dataset_node_id,
            type_=type_,
            dataset_version_node_id=dataset_version_node_id,
        )

        return dataset_ui_context
