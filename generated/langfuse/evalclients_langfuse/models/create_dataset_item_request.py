from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.dataset_status import DatasetStatus, check_dataset_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetItemRequest")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "datasetName",
        "dataset_name",
        True,
        0,
        "dataset_name = _j_dataset_name\nif not (type(dataset_name) is str):\n    raise TypeError",
    ),
    ("expectedOutput", "expected_output", False, 0, "expected_output = _j_expected_output"),
    (
        "id",
        "id",
        False,
        0,
        "id: None | str | Unset = _j_id\n\nif not (id is None or type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    ("metadata", "metadata", False, 0, "metadata = _j_metadata"),
    (
        "sourceObservationId",
        "source_observation_id",
        False,
        0,
        "source_observation_id: None | str | Unset = _j_source_observation_id\n\nif not (source_observation_id is None or type(source_observation_id) is str or source_observation_id is UNSET):\n    raise TypeError",
    ),
    (
        "sourceTraceId",
        "source_trace_id",
        False,
        0,
        "source_trace_id: None | str | Unset = _j_source_trace_id\n\nif not (source_trace_id is None or type(source_trace_id) is str or source_trace_id is UNSET):\n    raise TypeError",
    ),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: DatasetStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_dataset_status(_status)",
    ),
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

    dataset_name: str | Unset
    expected_output: Any | Unset = UNSET
    id: None | str | Unset = UNSET
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    source_observation_id: None | str | Unset = UNSET
    source_trace_id: None | str | Unset = UNSET
    status: DatasetStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 1, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            dataset_name = d["datasetName"]
            if not (type(dataset_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_name, _drifted = _keep(cls, d, "datasetName", "str", "type", _drifted)

        try:
            expected_output = d.get("expectedOutput", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected_output, _drifted = _keep(cls, d, "expectedOutput", "Any", "type", _drifted)

        try:
            id: None | str | Unset = d.get("id", UNSET)

            if not (id is None or type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "None | str", "type", _drifted)

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            metadata = d.get("metadata", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            source_observation_id: None | str | Unset = d.get("sourceObservationId", UNSET)

            if not (
                source_observation_id is None
                or type(source_observation_id) is str
                or source_observation_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_observation_id, _drifted = _keep(
                cls, d, "sourceObservationId", "None | str", "type", _drifted
            )

        try:
            source_trace_id: None | str | Unset = d.get("sourceTraceId", UNSET)

            if not (
                source_trace_id is None or type(source_trace_id) is str or source_trace_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_trace_id, _drifted = _keep(
                cls, d, "sourceTraceId", "None | str", "type", _drifted
            )

        try:
            _status = d.get("status", UNSET)
            status: DatasetStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_dataset_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(cls, d, "status", "one of ACTIVE, ARCHIVED", "enum", _drifted)

        _create_dataset_item_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_dataset_item_request_.dataset_name = dataset_name
        _create_dataset_item_request_.expected_output = expected_output
        _create_dataset_item_request_.id = id
        _create_dataset_item_request_.input_ = input_
        _create_dataset_item_request_.metadata = metadata
        _create_dataset_item_request_.source_observation_id = source_observation_id
        _create_dataset_item_request_.source_trace_id = source_trace_id
        _create_dataset_item_request_.status = status
        _create_dataset_item_request_.additional_properties = {}

        if _extra:
            _create_dataset_item_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_dataset_item_request_, _drifted)
        return _create_dataset_item_request_

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
