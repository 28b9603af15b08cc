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
from ..models.dataset_status import DatasetStatus, check_dataset_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_item_media_reference import DatasetItemMediaReference


T = TypeVar("T", bound="DatasetItem")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("createdAt", "_created_at_slot", True, 1, ""),
    (
        "datasetId",
        "dataset_id",
        True,
        0,
        "dataset_id = _j_dataset_id\nif not (type(dataset_id) is str):\n    raise TypeError",
    ),
    (
        "datasetName",
        "dataset_name",
        True,
        0,
        "dataset_name = _j_dataset_name\nif not (type(dataset_name) is str):\n    raise TypeError",
    ),
    ("expectedOutput", "expected_output", True, 0, "expected_output = _j_expected_output"),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("input", "input_", True, 0, "input_ = _j_input_"),
    ("mediaReferences", "_media_references_slot", True, 2, ""),
    ("metadata", "metadata", True, 0, "metadata = _j_metadata"),
    (
        "sourceObservationId",
        "source_observation_id",
        True,
        0,
        "source_observation_id: None | str = _j_source_observation_id\n\nif not (source_observation_id is None or type(source_observation_id) is str):\n    raise TypeError",
    ),
    (
        "sourceTraceId",
        "source_trace_id",
        True,
        0,
        "source_trace_id: None | str = _j_source_trace_id\n\nif not (source_trace_id is None or type(source_trace_id) is str):\n    raise TypeError",
    ),
    ("status", "status", True, 0, "status = check_dataset_status(_j_status)"),
    ("updatedAt", "_updated_at_slot", True, 4, ""),
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

    created_at: datetime.datetime | Unset
    dataset_id: str | Unset
    dataset_name: str | Unset
    expected_output: Any | Unset
    id: str | Unset
    input_: Any | Unset
    media_references: list[DatasetItemMediaReference] | Unset
    metadata: Any | Unset
    source_observation_id: None | str | Unset
    source_trace_id: None | str | Unset
    status: DatasetStatus | Unset
    updated_at: datetime.datetime | Unset
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

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        expected_output = self.expected_output

        id = self.id

        input_ = self.input_

        try:
            media_references = []
            for media_references_item_data in self.media_references:
                media_references_item = media_references_item_data.to_dict()
                media_references.append(media_references_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            media_references = _as_json(self.media_references)

        metadata = self.metadata

        source_observation_id: None | str
        source_observation_id = self.source_observation_id

        source_trace_id: None | str
        source_trace_id = self.source_trace_id

        try:
            status: str = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

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
        _created_at_raw = d.get("createdAt", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["createdAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "createdAt", "datetime.datetime", "type", _drifted
                )

        try:
            dataset_id = d["datasetId"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "datasetId", "str", "type", _drifted)

        try:
            dataset_name = d["datasetName"]
            if not (type(dataset_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_name, _drifted = _keep(cls, d, "datasetName", "str", "type", _drifted)

        try:
            expected_output = d["expectedOutput"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            expected_output, _drifted = _keep(cls, d, "expectedOutput", "Any", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            input_ = d["input"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        _media_references_raw = d.get("mediaReferences", UNSET)
        if _media_references_raw is not UNSET and not _strict:
            media_references = _media_references_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                media_references = [
                    DatasetItemMediaReference.from_dict(media_references_item_data)
                    for media_references_item_data in d["mediaReferences"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                media_references, _drifted = _keep_each(
                    cls,
                    d,
                    "mediaReferences",
                    "list[DatasetItemMediaReference]",
                    "type",
                    lambda media_references_item_data: DatasetItemMediaReference.from_dict(
                        media_references_item_data
                    ),
                    _drifted,
                )

        try:
            metadata = d["metadata"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            source_observation_id: None | str = d["sourceObservationId"]

            if not (source_observation_id is None or type(source_observation_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_observation_id, _drifted = _keep(
                cls, d, "sourceObservationId", "None | str", "type", _drifted
            )

        try:
            source_trace_id: None | str = d["sourceTraceId"]

            if not (source_trace_id is None or type(source_trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_trace_id, _drifted = _keep(
                cls, d, "sourceTraceId", "None | str", "type", _drifted
            )

        try:
            status = check_dataset_status(d["status"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(cls, d, "status", "one of ACTIVE, ARCHIVED", "enum", _drifted)

        _updated_at_raw = d.get("updatedAt", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updatedAt", "datetime.datetime", "type", _drifted
                )

        _dataset_item_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _dataset_item_._created_at_slot = created_at  # type: ignore[attr-defined]
        _dataset_item_.dataset_id = dataset_id
        _dataset_item_.dataset_name = dataset_name
        _dataset_item_.expected_output = expected_output
        _dataset_item_.id = id
        _dataset_item_.input_ = input_
        _dataset_item_._media_references_slot = media_references  # type: ignore[attr-defined]
        _dataset_item_.metadata = metadata
        _dataset_item_.source_observation_id = source_observation_id
        _dataset_item_.source_trace_id = source_trace_id
        _dataset_item_.status = status
        _dataset_item_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _dataset_item_.additional_properties = {}
        _dataset_item_._pending = _pending

        if _extra:
            _dataset_item_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_item_, _drifted)
        return _dataset_item_

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


def _decode_created_at(self: DatasetItem, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"createdAt": raw}, "createdAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(DatasetItem, "created_at", 1, _decode_created_at)


def _decode_media_references(self: DatasetItem, raw: Any) -> Any:
    """``media_references`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        media_references = [
            DatasetItemMediaReference.from_dict(media_references_item_data)
            for media_references_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        media_references, _drifted = _keep_each(
            type(self),
            {"mediaReferences": raw},
            "mediaReferences",
            "list[DatasetItemMediaReference]",
            "type",
            lambda media_references_item_data: DatasetItemMediaReference.from_dict(
                media_references_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return media_references


_lazy(DatasetItem, "media_references", 2, _decode_media_references)


def _decode_updated_at(self: DatasetItem, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updatedAt": raw}, "updatedAt", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(DatasetItem, "updated_at", 4, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetItemMediaReference
    from ..models.dataset_item_media_reference import DatasetItemMediaReference  # noqa: PLC0415

    _LAZY_PENDING = False
