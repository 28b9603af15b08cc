from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_dateset_action import UpdateDatesetAction, check_update_dateset_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_datapoint_request import CreateDatapointRequest
    from ..models.datasets_request_attributes import DatasetsRequestAttributes


T = TypeVar("T", bound="DatasetsRequest")
_FIELDS = frozenset(
    {
        "datapoints",
        "action",
        "attributes",
        "commit_message",
        "id",
        "path",
    }
)


@_attrs_define
class DatasetsRequest:
    """
    Attributes:
        datapoints (list[CreateDatapointRequest]): The Datapoints to create this Dataset version with. Modify the
            `action` field to determine how these Datapoints are used.
        action (UpdateDatesetAction | Unset): An enumeration. Default: 'set'.
        attributes (DatasetsRequestAttributes | Unset): Additional fields to describe the Dataset. Helpful to separate
            Dataset versions from each other with details on how they were created or used.
        commit_message (str | Unset): Message describing the changes made. If provided, a committed version of the
            Dataset is created. Otherwise, an uncommitted version is created.
        id (str | Unset): ID for an existing Dataset.
        path (str | Unset): Path of the Dataset, including the name. This locates the Dataset in the Humanloop
            filesystem and is used as as a unique identifier. For example: `folder/name` or just `name`.
    """

    datapoints: list[CreateDatapointRequest]
    action: UpdateDatesetAction | Unset = "set"
    attributes: DatasetsRequestAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    id: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item = datapoints_item_data.to_dict()
            datapoints.append(datapoints_item)

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        commit_message = self.commit_message

        id = self.id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datapoints": datapoints,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        datapoints = [
            CreateDatapointRequest.from_dict(datapoints_item_data)
            for datapoints_item_data in d["datapoints"]
        ]

        _action = d.get("action", UNSET)
        action: UpdateDatesetAction | Unset
        if _action is UNSET:
            action = UNSET
        else:
            action = check_update_dateset_action(_action)

        _attributes = d.get("attributes", UNSET)
        attributes: DatasetsRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = DatasetsRequestAttributes.from_dict(_attributes)

        commit_message = d.get("commit_message", UNSET)

        id = d.get("id", UNSET)

        path = d.get("path", UNSET)

        datasets_request = cls(
            datapoints,
            action,
            attributes,
            commit_message,
            id,
            path,
        )

        if not d.keys() <= _FIELDS:
            datasets_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return datasets_request

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
    global _LAZY_PENDING, CreateDatapointRequest, DatasetsRequestAttributes
    from ..models.create_datapoint_request import CreateDatapointRequest  # noqa: PLC0415
    from ..models.datasets_request_attributes import DatasetsRequestAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
