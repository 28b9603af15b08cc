from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetRunItemRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "datasetItemId",
        "runName",
        "createdAt",
        "datasetVersion",
        "metadata",
        "observationId",
        "runDescription",
        "traceId",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "datasetItemId",
        "dataset_item_id",
        True,
        0,
        "dataset_item_id = _j_dataset_item_id\nif not (type(dataset_item_id) is str):\n    raise TypeError",
    ),
    (
        "runName",
        "run_name",
        True,
        0,
        "run_name = _j_run_name\nif not (type(run_name) is str):\n    raise TypeError",
    ),
    ("createdAt", "_created_at_slot", False, 1, ""),
    ("datasetVersion", "_dataset_version_slot", False, 2, ""),
    ("metadata", "metadata", False, 0, "metadata = _j_metadata"),
    (
        "observationId",
        "observation_id",
        False,
        0,
        "observation_id: None | str | Unset = _j_observation_id\n\nif not (observation_id is None or type(observation_id) is str or observation_id is UNSET):\n    raise TypeError",
    ),
    (
        "runDescription",
        "run_description",
        False,
        0,
        "run_description: None | str | Unset = _j_run_description\n\nif not (run_description is None or type(run_description) is str or run_description is UNSET):\n    raise TypeError",
    ),
    (
        "traceId",
        "trace_id",
        False,
        0,
        "trace_id: None | str | Unset = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str or trace_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateDatasetRunItemRequest:
    """
    Attributes:
        dataset_item_id (str):
        run_name (str):
        created_at (datetime.datetime | None | Unset): Optional timestamp to set the createdAt field of the dataset run
            item. If not provided or null, defaults to current timestamp.
        dataset_version (datetime.datetime | None | Unset): ISO 8601 timestamp (RFC 3339, Section 5.6) in UTC (e.g.,
            "2026-01-21T14:35:42Z").
            Specifies the dataset version to use for this experiment run.
            If provided, the experiment will use dataset items as they existed at or before this timestamp.
            If not provided, uses the latest version of dataset items.
        metadata (Any | Unset): Metadata of the dataset run, updates run if run already exists
        observation_id (None | str | Unset):
        run_description (None | str | Unset): Description of the run. If run exists, description will be updated.
        trace_id (None | str | Unset): traceId should always be provided. For compatibility with older SDK versions it
            can also be inferred from the provided observationId.
    """

    dataset_item_id: str | Unset
    run_name: str | Unset
    created_at: datetime.datetime | None | Unset = UNSET
    dataset_version: datetime.datetime | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    observation_id: None | str | Unset = UNSET
    run_description: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
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
        dataset_item_id = self.dataset_item_id

        run_name = self.run_name

        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            dataset_version: None | str | Unset
            if isinstance(self.dataset_version, Unset):
                dataset_version = UNSET
            elif isinstance(self.dataset_version, datetime.datetime):
                dataset_version = self.dataset_version.isoformat()
            else:
                dataset_version = self.dataset_version
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_version = _as_json(self.dataset_version)

        metadata = self.metadata

        observation_id: None | str | Unset
        if isinstance(self.observation_id, Unset):
            observation_id = UNSET
        else:
            observation_id = self.observation_id

        run_description: None | str | Unset
        if isinstance(self.run_description, Unset):
            run_description = UNSET
        else:
            run_description = self.run_description

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetItemId": dataset_item_id,
                "runName": run_name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if dataset_version is not UNSET:
            field_dict["datasetVersion"] = dataset_version
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if observation_id is not UNSET:
            field_dict["observationId"] = observation_id
        if run_description is not UNSET:
            field_dict["runDescription"] = run_description
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
        try:
            dataset_item_id = d["datasetItemId"]
            if not (type(dataset_item_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_item_id, _drifted = _keep(cls, d, "datasetItemId", "str", "type", _drifted)

        try:
            run_name = d["runName"]
            if not (type(run_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_name, _drifted = _keep(cls, d, "runName", "str", "type", _drifted)

        _created_at_raw = d.get("createdAt", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("createdAt", UNSET)
                created_at = (
                    _created_at
                    if _created_at is None or _created_at is UNSET
                    else datetime.datetime.fromisoformat(_created_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "createdAt", "datetime.datetime | None", "union", _drifted
                )

        _dataset_version_raw = d.get("datasetVersion", UNSET)
        if _dataset_version_raw is UNSET:
            dataset_version = UNSET
        elif not _strict:
            dataset_version = _dataset_version_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _dataset_version = d.get("datasetVersion", UNSET)
                dataset_version = (
                    _dataset_version
                    if _dataset_version is None or _dataset_version is UNSET
                    else datetime.datetime.fromisoformat(_dataset_version)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_version, _drifted = _keep(
                    cls, d, "datasetVersion", "datetime.datetime | None", "union", _drifted
                )

        try:
            metadata = d.get("metadata", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            observation_id: None | str | Unset = d.get("observationId", UNSET)

            if not (
                observation_id is None or type(observation_id) is str or observation_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            observation_id, _drifted = _keep(
                cls, d, "observationId", "None | str", "type", _drifted
            )

        try:
            run_description: None | str | Unset = d.get("runDescription", UNSET)

            if not (
                run_description is None or type(run_description) is str or run_description is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_description, _drifted = _keep(
                cls, d, "runDescription", "None | str", "type", _drifted
            )

        try:
            trace_id: None | str | Unset = d.get("traceId", UNSET)

            if not (trace_id is None or type(trace_id) is str or trace_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "None | str", "type", _drifted)

        _create_dataset_run_item_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_dataset_run_item_request_.dataset_item_id = dataset_item_id
        _create_dataset_run_item_request_.run_name = run_name
        _create_dataset_run_item_request_._created_at_slot = created_at  # type: ignore[attr-defined]
        _create_dataset_run_item_request_._dataset_version_slot = dataset_version  # type: ignore[attr-defined]
        _create_dataset_run_item_request_.metadata = metadata
        _create_dataset_run_item_request_.observation_id = observation_id
        _create_dataset_run_item_request_.run_description = run_description
        _create_dataset_run_item_request_.trace_id = trace_id
        _create_dataset_run_item_request_.additional_properties = {}
        _create_dataset_run_item_request_._pending = _pending

        if _extra:
            _create_dataset_run_item_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_dataset_run_item_request_, _drifted)
        return _create_dataset_run_item_request_

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


def _decode_created_at(self: CreateDatasetRunItemRequest, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at = (
            _created_at
            if _created_at is None or _created_at is UNSET
            else datetime.datetime.fromisoformat(_created_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self),
            {"createdAt": raw},
            "createdAt",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(CreateDatasetRunItemRequest, "created_at", 1, _decode_created_at)


def _decode_dataset_version(self: CreateDatasetRunItemRequest, raw: Any) -> Any:
    """``dataset_version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset_version = raw
        dataset_version = (
            _dataset_version
            if _dataset_version is None or _dataset_version is UNSET
            else datetime.datetime.fromisoformat(_dataset_version)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_version, _drifted = _keep(
            type(self),
            {"datasetVersion": raw},
            "datasetVersion",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_version


_lazy(CreateDatasetRunItemRequest, "dataset_version", 2, _decode_dataset_version)
