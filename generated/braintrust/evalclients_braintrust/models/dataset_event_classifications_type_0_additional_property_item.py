from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_event_classifications_type_0_additional_property_item_metadata_type_0 import (
        DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0,
    )
    from ..models.function import Function
    from ..models.global_ import Global


T = TypeVar("T", bound="DatasetEventClassificationsType0AdditionalPropertyItem")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "confidence",
        "label",
        "metadata",
        "source",
    }
)


@_attrs_define
class DatasetEventClassificationsType0AdditionalPropertyItem:
    """
    Attributes:
        id (str): Stable classification identifier
        confidence (float | None | Unset): Optional confidence score for the classification
        label (str | Unset): Original label of the classification item, which is useful for search and indexing purposes
        metadata (DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0 | None | Unset): Optional metadata
            associated with the classification
        source (Function | Global | None | Unset): Optional function identifier that produced the classification
    """

    id: str | Unset
    confidence: float | None | Unset = UNSET
    label: str | Unset = UNSET
    metadata: DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0 | None | Unset = (
        UNSET
    )
    source: Function | Global | None | Unset = UNSET
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
        id = self.id

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        label = self.label

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(
                self.metadata, DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0
            ):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            source: dict[str, Any] | None | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, Function):
                source = self.source.to_dict()
            elif isinstance(self.source, Global):
                source = self.source.to_dict()
            else:
                source = self.source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source = _as_json(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source

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
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            confidence: float | None | Unset = d.get("confidence", UNSET)

            if not (
                confidence is None
                or type(confidence) is float
                or type(confidence) is int
                or confidence is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            confidence, _drifted = _keep(cls, d, "confidence", "float | None", "type", _drifted)

        try:
            label = d.get("label", UNSET)
            if not (type(label) is str or label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            label, _drifted = _keep(cls, d, "label", "str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata = (
                    _metadata
                    if _metadata is None or _metadata is UNSET
                    else _parse_metadata(_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls,
                    d,
                    "metadata",
                    "DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0 | None",
                    "union",
                    _drifted,
                )

        _source_raw = d.get("source", UNSET)
        if _source_raw is UNSET:
            source = UNSET
        elif not _strict:
            source = _source_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _source = d.get("source", UNSET)
                source = _source if _source is None or _source is UNSET else _parse_source(_source)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                source, _drifted = _keep(
                    cls, d, "source", "Function | Global | None", "union", _drifted
                )

        _dataset_event_classifications_type_0_additional_property_item_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_event_classifications_type_0_additional_property_item_.id = id
        _dataset_event_classifications_type_0_additional_property_item_.confidence = confidence
        _dataset_event_classifications_type_0_additional_property_item_.label = label
        _dataset_event_classifications_type_0_additional_property_item_._metadata_slot = metadata  # type: ignore[attr-defined]
        _dataset_event_classifications_type_0_additional_property_item_._source_slot = source  # type: ignore[attr-defined]
        _dataset_event_classifications_type_0_additional_property_item_.additional_properties = {}
        _dataset_event_classifications_type_0_additional_property_item_._pending = _pending

        if _extra:
            _dataset_event_classifications_type_0_additional_property_item_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_event_classifications_type_0_additional_property_item_, _drifted)
        return _dataset_event_classifications_type_0_additional_property_item_

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


def _parse_metadata(
    data: object,
) -> DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = (
            DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0.from_dict(data)
        )

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_source(data: object) -> Function | Global | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_saved_function_id_function = Function.from_dict(data, _strict=True)

        return componentsschemas_saved_function_id_function
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_saved_function_id_global = Global.from_dict(data, _strict=True)

        return componentsschemas_saved_function_id_global
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_metadata(self: DatasetEventClassificationsType0AdditionalPropertyItem, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata = (
            _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(DatasetEventClassificationsType0AdditionalPropertyItem, "metadata", 1, _decode_metadata)


def _decode_source(self: DatasetEventClassificationsType0AdditionalPropertyItem, raw: Any) -> Any:
    """``source`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _source = raw
        source = _source if _source is None or _source is UNSET else _parse_source(_source)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        source, _drifted = _keep(
            type(self), {"source": raw}, "source", "Function | Global | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return source


_lazy(DatasetEventClassificationsType0AdditionalPropertyItem, "source", 2, _decode_source)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0, \
        Function, \
        Global
    from ..models.dataset_event_classifications_type_0_additional_property_item_metadata_type_0 import (
        DatasetEventClassificationsType0AdditionalPropertyItemMetadataType0,  # noqa: PLC0415
    )
    from ..models.function import Function  # noqa: PLC0415
    from ..models.global_ import Global  # noqa: PLC0415

    _LAZY_PENDING = False
