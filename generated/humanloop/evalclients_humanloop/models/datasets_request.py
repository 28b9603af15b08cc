from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.update_dateset_action import UpdateDatesetAction, check_update_dateset_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_datapoint_request import CreateDatapointRequest
    from ..models.datasets_request_attributes import DatasetsRequestAttributes


T = TypeVar("T", bound="DatasetsRequest")
_new = object.__new__
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

    datapoints: list[CreateDatapointRequest] | Unset
    action: UpdateDatesetAction | Unset = "set"
    attributes: DatasetsRequestAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    id: str | Unset = UNSET
    path: str | Unset = UNSET
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
            datapoints = []
            for datapoints_item_data in self.datapoints:
                datapoints_item = datapoints_item_data.to_dict()
                datapoints.append(datapoints_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            datapoints = _as_json(self.datapoints)

        try:
            action: str | Unset = UNSET
            if not isinstance(self.action, Unset):
                action = self.action

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            action = _as_json(self.action)

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _datapoints_raw = d.get("datapoints", UNSET)
        if _datapoints_raw is not UNSET and not _strict:
            datapoints = _datapoints_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                datapoints = [
                    CreateDatapointRequest.from_dict(datapoints_item_data)
                    for datapoints_item_data in d["datapoints"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                datapoints, _drifted = _keep_each(
                    cls,
                    d,
                    "datapoints",
                    "list[CreateDatapointRequest]",
                    "type",
                    lambda datapoints_item_data: CreateDatapointRequest.from_dict(
                        datapoints_item_data
                    ),
                    _drifted,
                )

        try:
            _action = d.get("action", UNSET)
            action: UpdateDatesetAction | Unset
            if _action is UNSET:
                action = UNSET
            else:
                action = check_update_dateset_action(_action)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            action, _drifted = _keep(cls, d, "action", "one of add, remove, set", "enum", _drifted)

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: DatasetsRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = DatasetsRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "DatasetsRequestAttributes", "type", _drifted
                )

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        _datasets_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _datasets_request_._datapoints_slot = datapoints  # type: ignore[attr-defined]
        _datasets_request_.action = action
        _datasets_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _datasets_request_.commit_message = commit_message
        _datasets_request_.id = id
        _datasets_request_.path = path
        _datasets_request_.additional_properties = {}
        _datasets_request_._pending = _pending

        if _extra:
            _datasets_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_datasets_request_, _drifted)
        return _datasets_request_

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


def _decode_datapoints(self: DatasetsRequest, raw: Any) -> Any:
    """``datapoints`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        datapoints = [
            CreateDatapointRequest.from_dict(datapoints_item_data) for datapoints_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        datapoints, _drifted = _keep_each(
            type(self),
            {"datapoints": raw},
            "datapoints",
            "list[CreateDatapointRequest]",
            "type",
            lambda datapoints_item_data: CreateDatapointRequest.from_dict(datapoints_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return datapoints


_lazy(DatasetsRequest, "datapoints", 1, _decode_datapoints)


def _decode_attributes(self: DatasetsRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: DatasetsRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = DatasetsRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "DatasetsRequestAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(DatasetsRequest, "attributes", 2, _decode_attributes)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateDatapointRequest, DatasetsRequestAttributes
    from ..models.create_datapoint_request import CreateDatapointRequest  # noqa: PLC0415
    from ..models.datasets_request_attributes import DatasetsRequestAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
