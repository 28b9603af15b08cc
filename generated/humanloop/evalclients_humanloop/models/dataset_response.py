from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_response_type import DatasetResponseType, check_dataset_response_type
from ..models.version_status import VersionStatus, check_version_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datapoint_response import DatapointResponse
    from ..models.dataset_response_attributes import DatasetResponseAttributes
    from ..models.environment_response import EnvironmentResponse
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="DatasetResponse")
_FIELDS = frozenset(
    {
        "created_at",
        "datapoints_count",
        "id",
        "last_used_at",
        "name",
        "path",
        "updated_at",
        "version_id",
        "attributes",
        "commit_message",
        "created_by",
        "datapoints",
        "directory_id",
        "environments",
        "status",
        "type",
    }
)


@_attrs_define
class DatasetResponse:
    """Base type that all File Responses should inherit from.

    Attributes defined here are common to all File Responses and should be overridden
    in the inheriting classes with documentation and appropriate Field definitions.

        Attributes:
            created_at (datetime.datetime):
            datapoints_count (int): The number of Datapoints in this Dataset version.
            id (str): Unique identifier for the Dataset. Starts with `ds_`.
            last_used_at (datetime.datetime):
            name (str): Name of the Dataset, which is used as a unique identifier.
            path (str): Path of the Dataset, including the name, which is used as a unique identifier.
            updated_at (datetime.datetime):
            version_id (str): Unique identifier for the specific Dataset Version. If no query params provided, the default
                deployed Dataset Version is returned. Starts with `dsv_`.
            attributes (DatasetResponseAttributes | Unset): Additional fields to describe the Dataset. Helpful to separate
                Dataset versions from each other with details on how they were created or used.
            commit_message (str | Unset): Message describing the changes made. If provided, a committed version of the
                Dataset is created. Otherwise, an uncommitted version is created.
            created_by (UserResponse | Unset):
            datapoints (list[DatapointResponse] | Unset): The list of Datapoints in this Dataset version. Only provided if
                explicitly requested.
            directory_id (str | Unset): ID of the directory that the file is in on Humanloop.
            environments (list[EnvironmentResponse] | Unset): The list of environments the Dataset Version is deployed to.
            status (VersionStatus | Unset): An enumeration.
            type_ (DatasetResponseType | Unset):  Default: 'dataset'.
    """

    created_at: datetime.datetime
    datapoints_count: int
    id: str
    last_used_at: datetime.datetime
    name: str
    path: str
    updated_at: datetime.datetime
    version_id: str
    attributes: DatasetResponseAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    created_by: UserResponse | Unset = UNSET
    datapoints: list[DatapointResponse] | Unset = UNSET
    directory_id: str | Unset = UNSET
    environments: list[EnvironmentResponse] | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    type_: DatasetResponseType | Unset = "dataset"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        datapoints_count = self.datapoints_count

        id = self.id

        last_used_at = self.last_used_at.isoformat()

        name = self.name

        path = self.path

        updated_at = self.updated_at.isoformat()

        version_id = self.version_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        commit_message = self.commit_message

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        datapoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datapoints, Unset):
            datapoints = []
            for datapoints_item_data in self.datapoints:
                datapoints_item = datapoints_item_data.to_dict()
                datapoints.append(datapoints_item)

        directory_id = self.directory_id

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "datapoints_count": datapoints_count,
                "id": id,
                "last_used_at": last_used_at,
                "name": name,
                "path": path,
                "updated_at": updated_at,
                "version_id": version_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if datapoints is not UNSET:
            field_dict["datapoints"] = datapoints
        if directory_id is not UNSET:
            field_dict["directory_id"] = directory_id
        if environments is not UNSET:
            field_dict["environments"] = environments
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        datapoints_count = d["datapoints_count"]

        id = d["id"]

        last_used_at = datetime.datetime.fromisoformat(d["last_used_at"])

        name = d["name"]

        path = d["path"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version_id = d["version_id"]

        _attributes = d.get("attributes", UNSET)
        attributes: DatasetResponseAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = DatasetResponseAttributes.from_dict(_attributes)

        commit_message = d.get("commit_message", UNSET)

        _created_by = d.get("created_by", UNSET)
        created_by: UserResponse | Unset
        if _created_by is UNSET:
            created_by = UNSET
        else:
            created_by = UserResponse.from_dict(_created_by)

        _datapoints = d.get("datapoints", UNSET)
        datapoints: list[DatapointResponse] | Unset = UNSET
        if _datapoints is not UNSET:
            datapoints = [
                DatapointResponse.from_dict(datapoints_item_data)
                for datapoints_item_data in _datapoints
            ]

        directory_id = d.get("directory_id", UNSET)

        _environments = d.get("environments", UNSET)
        environments: list[EnvironmentResponse] | Unset = UNSET
        if _environments is not UNSET:
            environments = [
                EnvironmentResponse.from_dict(environments_item_data)
                for environments_item_data in _environments
            ]

        _status = d.get("status", UNSET)
        status: VersionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_version_status(_status)

        _type_ = d.get("type", UNSET)
        type_: DatasetResponseType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_dataset_response_type(_type_)

        dataset_response = cls(
            created_at,
            datapoints_count,
            id,
            last_used_at,
            name,
            path,
            updated_at,
            version_id,
            attributes,
            commit_message,
            created_by,
            datapoints,
            directory_id,
            environments,
            status,
            type_,
        )

        if not d.keys() <= _FIELDS:
            dataset_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_response

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
    global \
        _LAZY_PENDING, \
        DatapointResponse, \
        DatasetResponseAttributes, \
        EnvironmentResponse, \
        UserResponse
    from ..models.datapoint_response import DatapointResponse  # noqa: PLC0415
    from ..models.dataset_response_attributes import DatasetResponseAttributes  # noqa: PLC0415
    from ..models.environment_response import EnvironmentResponse  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False
