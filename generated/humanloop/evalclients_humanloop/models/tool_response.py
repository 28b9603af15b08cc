from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.files_tool_type import FilesToolType, check_files_tool_type
from ..models.tool_response_type import ToolResponseType, check_tool_response_type
from ..models.version_status import VersionStatus, check_version_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_response import EnvironmentResponse
    from ..models.evaluator_aggregate import EvaluatorAggregate
    from ..models.input_response import InputResponse
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse
    from ..models.tool_function import ToolFunction
    from ..models.tool_response_attributes import ToolResponseAttributes
    from ..models.tool_response_setup_values import ToolResponseSetupValues
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="ToolResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "inputs",
        "last_used_at",
        "name",
        "path",
        "total_logs_count",
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
        "function",
        "setup_values",
        "signature",
        "source_code",
        "status",
        "tool_type",
        "type",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", True, 1, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("inputs", "_inputs_slot", True, 2, ""),
    ("last_used_at", "_last_used_at_slot", True, 4, ""),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("path", "path", True, 0, "path = _j_path\nif not (type(path) is str):\n    raise TypeError"),
    (
        "total_logs_count",
        "total_logs_count",
        True,
        0,
        "total_logs_count = _j_total_logs_count\nif not (type(total_logs_count) is int):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", True, 8, ""),
    (
        "version_id",
        "version_id",
        True,
        0,
        "version_id = _j_version_id\nif not (type(version_id) is str):\n    raise TypeError",
    ),
    (
        "version_logs_count",
        "version_logs_count",
        True,
        0,
        "version_logs_count = _j_version_logs_count\nif not (type(version_logs_count) is int):\n    raise TypeError",
    ),
    ("attributes", "_attributes_slot", False, 16, ""),
    (
        "commit_message",
        "commit_message",
        False,
        0,
        "commit_message = _j_commit_message\nif not (type(commit_message) is str or commit_message is UNSET):\n    raise TypeError",
    ),
    ("created_by", "_created_by_slot", False, 32, ""),
    (
        "directory_id",
        "directory_id",
        False,
        0,
        "directory_id = _j_directory_id\nif not (type(directory_id) is str or directory_id is UNSET):\n    raise TypeError",
    ),
    ("environments", "_environments_slot", False, 64, ""),
    ("evaluator_aggregates", "_evaluator_aggregates_slot", False, 128, ""),
    ("evaluators", "_evaluators_slot", False, 256, ""),
    ("function", "_function_slot", False, 512, ""),
    ("setup_values", "_setup_values_slot", False, 1024, ""),
    (
        "signature",
        "signature",
        False,
        0,
        "signature = _j_signature\nif not (type(signature) is str or signature is UNSET):\n    raise TypeError",
    ),
    (
        "source_code",
        "source_code",
        False,
        0,
        "source_code = _j_source_code\nif not (type(source_code) is str or source_code is UNSET):\n    raise TypeError",
    ),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: VersionStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_version_status(_status)",
    ),
    (
        "tool_type",
        "tool_type",
        False,
        0,
        "_tool_type = _j_tool_type\ntool_type: FilesToolType | Unset\nif _tool_type is UNSET:\n    tool_type = UNSET\nelse:\n    tool_type = check_files_tool_type(_tool_type)",
    ),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: ToolResponseType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_tool_response_type(_type_)",
    ),
)


@_attrs_define
class ToolResponse:
    """Base type that all File Responses should inherit from.

    Attributes defined here are common to all File Responses and should be overridden
    in the inheriting classes with documentation and appropriate Field definitions.

        Attributes:
            created_at (datetime.datetime):
            id (str): Unique identifier for the Tool.
            inputs (list[InputResponse]): Inputs associated to the Prompt. Inputs correspond to any of the variables used
                within the Tool template.
            last_used_at (datetime.datetime):
            name (str): Name of the Tool, which is used as a unique identifier.
            path (str): Path of the Tool, including the name, which is used as a unique identifier.
            total_logs_count (int): The number of logs that have been generated across all Tool Versions
            updated_at (datetime.datetime):
            version_id (str): Unique identifier for the specific Tool Version. If no query params provided, the default
                deployed Tool Version is returned.
            version_logs_count (int): The number of logs that have been generated for this Tool Version
            attributes (ToolResponseAttributes | Unset): Additional fields to describe the Tool. Helpful to separate Tool
                versions from each other with details on how they were created or used.
            commit_message (str | Unset): Message describing the changes made.
            created_by (UserResponse | Unset):
            directory_id (str | Unset): ID of the directory that the file is in on Humanloop.
            environments (list[EnvironmentResponse] | Unset): The list of environments the Tool Version is deployed to.
            evaluator_aggregates (list[EvaluatorAggregate] | Unset): Aggregation of Evaluator results for the Tool Version.
            evaluators (list[MonitoringEvaluatorResponse] | Unset): Evaluators that have been attached to this Tool that are
                used for monitoring logs.
            function (ToolFunction | Unset):
            setup_values (ToolResponseSetupValues | Unset): Values needed to setup the Tool, defined in JSON Schema format:
                https://json-schema.org/
            signature (str | Unset): Signature of the Tool.
            source_code (str | Unset): Code source of the Tool.
            status (VersionStatus | Unset): An enumeration.
            tool_type (FilesToolType | Unset): Type of tool. Default: 'json_schema'.
            type_ (ToolResponseType | Unset):  Default: 'tool'.
    """

    created_at: datetime.datetime | Unset
    id: str | Unset
    inputs: list[InputResponse] | Unset
    last_used_at: datetime.datetime | Unset
    name: str | Unset
    path: str | Unset
    total_logs_count: int | Unset
    updated_at: datetime.datetime | Unset
    version_id: str | Unset
    version_logs_count: int | Unset
    attributes: ToolResponseAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    created_by: UserResponse | Unset = UNSET
    directory_id: str | Unset = UNSET
    environments: list[EnvironmentResponse] | Unset = UNSET
    evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
    evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
    function: ToolFunction | Unset = UNSET
    setup_values: ToolResponseSetupValues | Unset = UNSET
    signature: str | Unset = UNSET
    source_code: str | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    tool_type: FilesToolType | Unset = "json_schema"
    type_: ToolResponseType | Unset = "tool"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        try:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        try:
            last_used_at = self.last_used_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            last_used_at = _as_json(self.last_used_at)

        name = self.name

        path = self.path

        total_logs_count = self.total_logs_count

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        version_id = self.version_id

        version_logs_count = self.version_logs_count

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        commit_message = self.commit_message

        try:
            created_by: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_by = _as_json(self.created_by)

        directory_id = self.directory_id

        try:
            environments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.environments, Unset):
                environments = []
                for environments_item_data in self.environments:
                    environments_item = environments_item_data.to_dict()
                    environments.append(environments_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            environments = _as_json(self.environments)

        try:
            evaluator_aggregates: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluator_aggregates, Unset):
                evaluator_aggregates = []
                for evaluator_aggregates_item_data in self.evaluator_aggregates:
                    evaluator_aggregates_item = evaluator_aggregates_item_data.to_dict()
                    evaluator_aggregates.append(evaluator_aggregates_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_aggregates = _as_json(self.evaluator_aggregates)

        try:
            evaluators: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluators, Unset):
                evaluators = []
                for evaluators_item_data in self.evaluators:
                    evaluators_item = evaluators_item_data.to_dict()
                    evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        try:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            function = _as_json(self.function)

        try:
            setup_values: dict[str, Any] | Unset = UNSET
            if not isinstance(self.setup_values, Unset):
                setup_values = self.setup_values.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            setup_values = _as_json(self.setup_values)

        signature = self.signature

        source_code = self.source_code

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        try:
            tool_type: str | Unset = UNSET
            if not isinstance(self.tool_type, Unset):
                tool_type = self.tool_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_type = _as_json(self.tool_type)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "inputs": inputs,
                "last_used_at": last_used_at,
                "name": name,
                "path": path,
                "total_logs_count": total_logs_count,
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
        if function is not UNSET:
            field_dict["function"] = function
        if setup_values is not UNSET:
            field_dict["setup_values"] = setup_values
        if signature is not UNSET:
            field_dict["signature"] = signature
        if source_code is not UNSET:
            field_dict["source_code"] = source_code
        if status is not UNSET:
            field_dict["status"] = status
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is not UNSET and not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                inputs = [
                    InputResponse.from_dict(inputs_item_data) for inputs_item_data in d["inputs"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep_each(
                    cls,
                    d,
                    "inputs",
                    "list[InputResponse]",
                    "type",
                    lambda inputs_item_data: InputResponse.from_dict(inputs_item_data),
                    _drifted,
                )

        _last_used_at_raw = d.get("last_used_at", UNSET)
        if _last_used_at_raw is not UNSET and not _strict:
            last_used_at = _last_used_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                last_used_at = datetime.datetime.fromisoformat(d["last_used_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                last_used_at, _drifted = _keep(
                    cls, d, "last_used_at", "datetime.datetime", "type", _drifted
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            path = d["path"]
            if not (type(path) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        try:
            total_logs_count = d["total_logs_count"]
            if not (type(total_logs_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_logs_count, _drifted = _keep(cls, d, "total_logs_count", "int", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        try:
            version_logs_count = d["version_logs_count"]
            if not (type(version_logs_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_logs_count, _drifted = _keep(
                cls, d, "version_logs_count", "int", "type", _drifted
            )

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: ToolResponseAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = ToolResponseAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "ToolResponseAttributes", "type", _drifted
                )

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        _created_by_raw = d.get("created_by", UNSET)
        if _created_by_raw is UNSET:
            created_by = UNSET
        elif not _strict:
            created_by = _created_by_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _created_by = d.get("created_by", UNSET)
                created_by: UserResponse | Unset
                if _created_by is UNSET:
                    created_by = UNSET
                else:
                    created_by = UserResponse.from_dict(_created_by)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_by, _drifted = _keep(cls, d, "created_by", "UserResponse", "type", _drifted)

        try:
            directory_id = d.get("directory_id", UNSET)
            if not (type(directory_id) is str or directory_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            directory_id, _drifted = _keep(cls, d, "directory_id", "str", "type", _drifted)

        _environments_raw = d.get("environments", UNSET)
        if _environments_raw is UNSET:
            environments = UNSET
        elif not _strict:
            environments = _environments_raw  # decoded on first read
            _pending |= 64
        else:
            try:
                _environments = d.get("environments", UNSET)
                environments: list[EnvironmentResponse] | Unset = UNSET
                if _environments is not UNSET:
                    environments = [
                        EnvironmentResponse.from_dict(environments_item_data)
                        for environments_item_data in _environments
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                environments, _drifted = _keep_each(
                    cls,
                    d,
                    "environments",
                    "list[EnvironmentResponse]",
                    "type",
                    lambda environments_item_data: EnvironmentResponse.from_dict(
                        environments_item_data
                    ),
                    _drifted,
                )

        _evaluator_aggregates_raw = d.get("evaluator_aggregates", UNSET)
        if _evaluator_aggregates_raw is UNSET:
            evaluator_aggregates = UNSET
        elif not _strict:
            evaluator_aggregates = _evaluator_aggregates_raw  # decoded on first read
            _pending |= 128
        else:
            try:
                _evaluator_aggregates = d.get("evaluator_aggregates", UNSET)
                evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
                if _evaluator_aggregates is not UNSET:
                    evaluator_aggregates = [
                        EvaluatorAggregate.from_dict(evaluator_aggregates_item_data)
                        for evaluator_aggregates_item_data in _evaluator_aggregates
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluator_aggregates, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluator_aggregates",
                    "list[EvaluatorAggregate]",
                    "type",
                    lambda evaluator_aggregates_item_data: EvaluatorAggregate.from_dict(
                        evaluator_aggregates_item_data
                    ),
                    _drifted,
                )

        _evaluators_raw = d.get("evaluators", UNSET)
        if _evaluators_raw is UNSET:
            evaluators = UNSET
        elif not _strict:
            evaluators = _evaluators_raw  # decoded on first read
            _pending |= 256
        else:
            try:
                _evaluators = d.get("evaluators", UNSET)
                evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
                if _evaluators is not UNSET:
                    evaluators = [
                        MonitoringEvaluatorResponse.from_dict(evaluators_item_data)
                        for evaluators_item_data in _evaluators
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluators, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluators",
                    "list[MonitoringEvaluatorResponse]",
                    "type",
                    lambda evaluators_item_data: MonitoringEvaluatorResponse.from_dict(
                        evaluators_item_data
                    ),
                    _drifted,
                )

        _function_raw = d.get("function", UNSET)
        if _function_raw is UNSET:
            function = UNSET
        elif not _strict:
            function = _function_raw  # decoded on first read
            _pending |= 512
        else:
            try:
                _function = d.get("function", UNSET)
                function: ToolFunction | Unset
                if _function is UNSET:
                    function = UNSET
                else:
                    function = ToolFunction.from_dict(_function)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                function, _drifted = _keep(cls, d, "function", "ToolFunction", "type", _drifted)

        _setup_values_raw = d.get("setup_values", UNSET)
        if _setup_values_raw is UNSET:
            setup_values = UNSET
        elif not _strict:
            setup_values = _setup_values_raw  # decoded on first read
            _pending |= 1024
        else:
            try:
                _setup_values = d.get("setup_values", UNSET)
                setup_values: ToolResponseSetupValues | Unset
                if _setup_values is UNSET:
                    setup_values = UNSET
                else:
                    setup_values = ToolResponseSetupValues.from_dict(_setup_values)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                setup_values, _drifted = _keep(
                    cls, d, "setup_values", "ToolResponseSetupValues", "type", _drifted
                )

        try:
            signature = d.get("signature", UNSET)
            if not (type(signature) is str or signature is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            signature, _drifted = _keep(cls, d, "signature", "str", "type", _drifted)

        try:
            source_code = d.get("source_code", UNSET)
            if not (type(source_code) is str or source_code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_code, _drifted = _keep(cls, d, "source_code", "str", "type", _drifted)

        try:
            _status = d.get("status", UNSET)
            status: VersionStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_version_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of committed, deleted, uncommitted", "enum", _drifted
            )

        try:
            _tool_type = d.get("tool_type", UNSET)
            tool_type: FilesToolType | Unset
            if _tool_type is UNSET:
                tool_type = UNSET
            else:
                tool_type = check_files_tool_type(_tool_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_type, _drifted = _keep(
                cls,
                d,
                "tool_type",
                "one of get_api_call, google, json_schema, mock, pinecone_search, snippet",
                "enum",
                _drifted,
            )

        try:
            _type_ = d.get("type", UNSET)
            type_: ToolResponseType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_tool_response_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of tool", "enum", _drifted)

        _tool_response_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _tool_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _tool_response_.id = id
        _tool_response_._inputs_slot = inputs  # type: ignore[attr-defined]
        _tool_response_._last_used_at_slot = last_used_at  # type: ignore[attr-defined]
        _tool_response_.name = name
        _tool_response_.path = path
        _tool_response_.total_logs_count = total_logs_count
        _tool_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _tool_response_.version_id = version_id
        _tool_response_.version_logs_count = version_logs_count
        _tool_response_._attributes_slot = attributes  # type: ignore[attr-defined]
        _tool_response_.commit_message = commit_message
        _tool_response_._created_by_slot = created_by  # type: ignore[attr-defined]
        _tool_response_.directory_id = directory_id
        _tool_response_._environments_slot = environments  # type: ignore[attr-defined]
        _tool_response_._evaluator_aggregates_slot = evaluator_aggregates  # type: ignore[attr-defined]
        _tool_response_._evaluators_slot = evaluators  # type: ignore[attr-defined]
        _tool_response_._function_slot = function  # type: ignore[attr-defined]
        _tool_response_._setup_values_slot = setup_values  # type: ignore[attr-defined]
        _tool_response_.signature = signature
        _tool_response_.source_code = source_code
        _tool_response_.status = status
        _tool_response_.tool_type = tool_type
        _tool_response_.type_ = type_
        _tool_response_.additional_properties = {}
        _tool_response_._pending = _pending

        if _extra:
            _tool_response_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_response_, _drifted)
        return _tool_response_

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


def _decode_created_at(self: ToolResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(ToolResponse, "created_at", 1, _decode_created_at)


def _decode_inputs(self: ToolResponse, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        inputs = [InputResponse.from_dict(inputs_item_data) for inputs_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep_each(
            type(self),
            {"inputs": raw},
            "inputs",
            "list[InputResponse]",
            "type",
            lambda inputs_item_data: InputResponse.from_dict(inputs_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(ToolResponse, "inputs", 2, _decode_inputs)


def _decode_last_used_at(self: ToolResponse, raw: Any) -> Any:
    """``last_used_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        last_used_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        last_used_at, _drifted = _keep(
            type(self), {"last_used_at": raw}, "last_used_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return last_used_at


_lazy(ToolResponse, "last_used_at", 4, _decode_last_used_at)


def _decode_updated_at(self: ToolResponse, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(ToolResponse, "updated_at", 8, _decode_updated_at)


def _decode_attributes(self: ToolResponse, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: ToolResponseAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = ToolResponseAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "ToolResponseAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(ToolResponse, "attributes", 16, _decode_attributes)


def _decode_created_by(self: ToolResponse, raw: Any) -> Any:
    """``created_by`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_by = raw
        created_by: UserResponse | Unset
        if _created_by is UNSET:
            created_by = UNSET
        else:
            created_by = UserResponse.from_dict(_created_by)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_by, _drifted = _keep(
            type(self), {"created_by": raw}, "created_by", "UserResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_by


_lazy(ToolResponse, "created_by", 32, _decode_created_by)


def _decode_environments(self: ToolResponse, raw: Any) -> Any:
    """``environments`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _environments = raw
        environments: list[EnvironmentResponse] | Unset = UNSET
        if _environments is not UNSET:
            environments = [
                EnvironmentResponse.from_dict(environments_item_data)
                for environments_item_data in _environments
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        environments, _drifted = _keep_each(
            type(self),
            {"environments": raw},
            "environments",
            "list[EnvironmentResponse]",
            "type",
            lambda environments_item_data: EnvironmentResponse.from_dict(environments_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return environments


_lazy(ToolResponse, "environments", 64, _decode_environments)


def _decode_evaluator_aggregates(self: ToolResponse, raw: Any) -> Any:
    """``evaluator_aggregates`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluator_aggregates = raw
        evaluator_aggregates: list[EvaluatorAggregate] | Unset = UNSET
        if _evaluator_aggregates is not UNSET:
            evaluator_aggregates = [
                EvaluatorAggregate.from_dict(evaluator_aggregates_item_data)
                for evaluator_aggregates_item_data in _evaluator_aggregates
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluator_aggregates, _drifted = _keep_each(
            type(self),
            {"evaluator_aggregates": raw},
            "evaluator_aggregates",
            "list[EvaluatorAggregate]",
            "type",
            lambda evaluator_aggregates_item_data: EvaluatorAggregate.from_dict(
                evaluator_aggregates_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluator_aggregates


_lazy(ToolResponse, "evaluator_aggregates", 128, _decode_evaluator_aggregates)


def _decode_evaluators(self: ToolResponse, raw: Any) -> Any:
    """``evaluators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluators = raw
        evaluators: list[MonitoringEvaluatorResponse] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = [
                MonitoringEvaluatorResponse.from_dict(evaluators_item_data)
                for evaluators_item_data in _evaluators
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluators, _drifted = _keep_each(
            type(self),
            {"evaluators": raw},
            "evaluators",
            "list[MonitoringEvaluatorResponse]",
            "type",
            lambda evaluators_item_data: MonitoringEvaluatorResponse.from_dict(
                evaluators_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluators


_lazy(ToolResponse, "evaluators", 256, _decode_evaluators)


def _decode_function(self: ToolResponse, raw: Any) -> Any:
    """``function`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _function = raw
        function: ToolFunction | Unset
        if _function is UNSET:
            function = UNSET
        else:
            function = ToolFunction.from_dict(_function)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        function, _drifted = _keep(
            type(self), {"function": raw}, "function", "ToolFunction", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return function


_lazy(ToolResponse, "function", 512, _decode_function)


def _decode_setup_values(self: ToolResponse, raw: Any) -> Any:
    """``setup_values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _setup_values = raw
        setup_values: ToolResponseSetupValues | Unset
        if _setup_values is UNSET:
            setup_values = UNSET
        else:
            setup_values = ToolResponseSetupValues.from_dict(_setup_values)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        setup_values, _drifted = _keep(
            type(self),
            {"setup_values": raw},
            "setup_values",
            "ToolResponseSetupValues",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return setup_values


_lazy(ToolResponse, "setup_values", 1024, _decode_setup_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        EnvironmentResponse, \
        EvaluatorAggregate, \
        InputResponse, \
        MonitoringEvaluatorResponse, \
        ToolFunction, \
        ToolResponseAttributes, \
        ToolResponseSetupValues, \
        UserResponse
    from ..models.environment_response import EnvironmentResponse  # noqa: PLC0415
    from ..models.evaluator_aggregate import EvaluatorAggregate  # noqa: PLC0415
    from ..models.input_response import InputResponse  # noqa: PLC0415
    from ..models.monitoring_evaluator_response import MonitoringEvaluatorResponse  # noqa: PLC0415
    from ..models.tool_function import ToolFunction  # noqa: PLC0415
    from ..models.tool_response_attributes import ToolResponseAttributes  # noqa: PLC0415
    from ..models.tool_response_setup_values import ToolResponseSetupValues  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False
