from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_response_type import FlowResponseType, check_flow_response_type
from ..models.version_status import VersionStatus, check_version_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_response import EnvironmentResponse
    from ..models.evaluator_aggregate import EvaluatorAggregate
    from ..models.flow_response_attributes import FlowResponseAttributes
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="FlowResponse")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "last_used_at",
        "name",
        "path",
        "updated_at",
        "version_id",
        "version_logs_count",
        "attributes",
        "commit_message",
        "created_by",
        "directory_id",
        "environments",
        "evaluator_aggregates",
        "evaluators",
        "status",
        "type",
    }
)


@_attrs_define
class FlowResponse:
    """Response model for a Flow.

    Attributes:
        created_at (datetime.datetime):
        id (str): Unique identifier for the Flow. Starts with fl_.
        last_used_at (datetime.datetime):
        name (str): Name of the Flow.
        path (str): Path of the Flow, including the name, which is used as a unique identifier.
        updated_at (datetime.datetime):
        version_id (str): Unique identifier for the specific Flow Version. If no query params provided, the default
            deployed Flow Version is returned.
        version_logs_count (int): The number of logs that have been generated for this Flow Version
        attributes (FlowResponseAttributes | Unset): A key-value object identifying the Flow Version.
        commit_message (str | Unset): Message describing the changes made. If provided, a committed version of the Flow
            is created. Otherwise, an uncommitted version is created.
        created_by (UserResponse | Unset):
        directory_id (str | Unset): ID of the directory that the file is in on Humanloop.
        environments (list[EnvironmentResponse] | Unset): The list of environments the Flow Version is deployed to.
        evaluator_aggregates (list[EvaluatorAggregate] | Unset): Aggregation of Evaluator results for the Flow Version.
        evaluators (list[MonitoringEvaluatorResponse] | Unset): The list of Monitoring Evaluators associated with the
            Flow Version.
        status (VersionStatus | Unset): An enumeration.
        type_ (FlowResponseType | Unset):  Default: 'flow'.
    """

    created_at: datetime.datetime
    id: str
    last_used_at: datetime.datetime
    name: str
    path: str
    updated_at: datetime.datetime
    version_id: str
    version_logs_count: int
    attributes: FlowResponseAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    created_by: UserResponse | Unset = UNSET
    directory_id: str | Unset = UNSET
    environments: list[EnvironmentResponse] | Unset = UNSET
    evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
    evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    type_: FlowResponseType | Unset = "flow"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        id = self.id

        last_used_at = self.last_used_at.isoformat()

        name = self.name

        path = self.path

        updated_at = self.updated_at.isoformat()

        version_id = self.version_id

        version_logs_count = self.version_logs_count

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        commit_message = self.commit_message

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        directory_id = self.directory_id

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        evaluator_aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluator_aggregates, Unset):
            evaluator_aggregates = []
            for evaluator_aggregates_item_data in self.evaluator_aggregates:
                evaluator_aggregates_item = evaluator_aggregates_item_data.to_dict()
                evaluator_aggregates.append(evaluator_aggregates_item)

        evaluators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluators, Unset):
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item = evaluators_item_data.to_dict()
                evaluators.append(evaluators_item)

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
                "id": id,
                "last_used_at": last_used_at,
                "name": name,
                "path": path,
                "updated_at": updated_at,
                "version_id": version_id,
                "version_logs_count": version_logs_count,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if directory_id is not UNSET:
            field_dict["directory_id"] = directory_id
        if environments is not UNSET:
            field_dict["environments"] = environments
        if evaluator_aggregates is not UNSET:
            field_dict["evaluator_aggregates"] = evaluator_aggregates
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
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

        id = d["id"]

        last_used_at = datetime.datetime.fromisoformat(d["last_used_at"])

        name = d["name"]

        path = d["path"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version_id = d["version_id"]

        version_logs_count = d["version_logs_count"]

        _attributes = d.get("attributes", UNSET)
        attributes: FlowResponseAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = FlowResponseAttributes.from_dict(_attributes)

        commit_message = d.get("commit_message", UNSET)

        _created_by = d.get("created_by", UNSET)
        created_by: UserResponse | Unset
        if _created_by is UNSET:
            created_by = UNSET
        else:
            created_by = UserResponse.from_dict(_created_by)

        directory_id = d.get("directory_id", UNSET)

        _environments = d.get("environments", UNSET)
        environments: list[EnvironmentResponse] | Unset = UNSET
        if _environments is not UNSET:
            environments = [
                EnvironmentResponse.from_dict(environments_item_data)
                for environments_item_data in _environments
            ]

        _evaluator_aggregates = d.get("evaluator_aggregates", UNSET)
        evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
        if _evaluator_aggregates is not UNSET:
            evaluator_aggregates = [
                EvaluatorAggregate.from_dict(evaluator_aggregates_item_data)
                for evaluator_aggregates_item_data in _evaluator_aggregates
            ]

        _evaluators = d.get("evaluators", UNSET)
        evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = [
                MonitoringEvaluatorResponse.from_dict(evaluators_item_data)
                for evaluators_item_data in _evaluators
            ]

        _status = d.get("status", UNSET)
        status: VersionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_version_status(_status)

        _type_ = d.get("type", UNSET)
        type_: FlowResponseType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_flow_response_type(_type_)

        flow_response = cls(
            created_at,
            id,
            last_used_at,
            name,
            path,
            updated_at,
            version_id,
            version_logs_count,
            attributes,
            commit_message,
            created_by,
            directory_id,
            environments,
            evaluator_aggregates,
            evaluators,
            status,
            type_,
        )

        if not d.keys() <= _FIELDS:
            flow_response.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return flow_response

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
        EnvironmentResponse, \
        EvaluatorAggregate, \
        FlowResponseAttributes, \
        MonitoringEvaluatorResponse, \
        UserResponse
    from ..models.environment_response import EnvironmentResponse  # noqa: PLC0415
    from ..models.evaluator_aggregate import EvaluatorAggregate  # noqa: PLC0415
    from ..models.flow_response_attributes import FlowResponseAttributes  # noqa: PLC0415
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False
