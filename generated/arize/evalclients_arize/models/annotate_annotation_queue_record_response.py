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
from ..models.annotation_queue_source_type import (
    AnnotationQueueSourceType,
    check_annotation_queue_source_type,
)
from ..models.record_granularity import RecordGranularity, check_record_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="AnnotateAnnotationQueueRecordResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_queue_id",
        "annotations",
        "granularity",
        "id",
        "source_type",
    }
)


@_attrs_define
class AnnotateAnnotationQueueRecordResponse:
    """A snapshot of the annotation queue record fields that were modified by an annotate operation. Only the record
    identity fields and the submitted annotations are returned. Evaluations and user assignments are not fetched and are
    not included in this response for performance reasons; use the list records endpoint to retrieve the full record
    state.

        Attributes:
            annotation_queue_id (str | Unset): The annotation queue this record belongs to
            annotations (list[Annotation] | Unset): The annotations that were submitted in this request
            granularity (None | RecordGranularity | Unset): The granularity of the record, if applicable.
            id (str | Unset): The unique identifier for the record
            source_type (AnnotationQueueSourceType | Unset): Source type of the annotation queue record. - SPANS - The
                record originates from span data. - DATASET - The record originates from a dataset example.
    """

    annotation_queue_id: str | Unset = UNSET
    annotations: list[Annotation] | Unset = UNSET
    granularity: None | RecordGranularity | Unset = UNSET
    id: str | Unset = UNSET
    source_type: AnnotationQueueSourceType | Unset = UNSET
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
        annotation_queue_id = self.annotation_queue_id

        try:
            annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.annotations, Unset):
                annotations = []
                for annotations_item_data in self.annotations:
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotations = _as_json(self.annotations)

        try:
            granularity: None | str | Unset
            if isinstance(self.granularity, Unset):
                granularity = UNSET
            elif isinstance(self.granularity, str):
                granularity = self.granularity
            else:
                granularity = self.granularity
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            granularity = _as_json(self.granularity)

        id = self.id

        try:
            source_type: str | Unset = UNSET
            if not isinstance(self.source_type, Unset):
                source_type = self.source_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source_type = _as_json(self.source_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_queue_id is not UNSET:
            field_dict["annotation_queue_id"] = annotation_queue_id
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if id is not UNSET:
            field_dict["id"] = id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

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
            annotation_queue_id = d.get("annotation_queue_id", UNSET)
            if not (type(annotation_queue_id) is str or annotation_queue_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotation_queue_id, _drifted = _keep(
                cls, d, "annotation_queue_id", "str", "type", _drifted
            )

        _annotations_raw = d.get("annotations", UNSET)
        if _annotations_raw is UNSET:
            annotations = UNSET
        elif not _strict:
            annotations = _annotations_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _annotations = d.get("annotations", UNSET)
                annotations: list[Annotation] | Unset = UNSET
                if _annotations is not UNSET:
                    annotations = [
                        Annotation.from_dict(annotations_item_data)
                        for annotations_item_data in _annotations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "annotations",
                    "list[Annotation]",
                    "type",
                    lambda annotations_item_data: Annotation.from_dict(annotations_item_data),
                    _drifted,
                )

        try:
            _granularity = d.get("granularity", UNSET)
            granularity = (
                _granularity
                if _granularity is None or _granularity is UNSET
                else _parse_granularity(_granularity)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            granularity, _drifted = _keep(
                cls, d, "granularity", "None | RecordGranularity", "union", _drifted
            )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            _source_type = d.get("source_type", UNSET)
            source_type: AnnotationQueueSourceType | Unset
            if _source_type is UNSET:
                source_type = UNSET
            else:
                source_type = check_annotation_queue_source_type(_source_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_type, _drifted = _keep(
                cls, d, "source_type", "one of DATASET, SPANS", "enum", _drifted
            )

        _annotate_annotation_queue_record_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotate_annotation_queue_record_response_.annotation_queue_id = annotation_queue_id
        _annotate_annotation_queue_record_response_._annotations_slot = annotations  # type: ignore[attr-defined]
        _annotate_annotation_queue_record_response_.granularity = granularity
        _annotate_annotation_queue_record_response_.id = id
        _annotate_annotation_queue_record_response_.source_type = source_type
        _annotate_annotation_queue_record_response_.additional_properties = {}
        _annotate_annotation_queue_record_response_._pending = _pending

        if _extra:
            _annotate_annotation_queue_record_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotate_annotation_queue_record_response_, _drifted)
        return _annotate_annotation_queue_record_response_

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


def _parse_granularity(data: object) -> None | RecordGranularity | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        granularity_type_0 = check_record_granularity(data)

        return granularity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_annotations(self: AnnotateAnnotationQueueRecordResponse, raw: Any) -> Any:
    """``annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _annotations = raw
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotations, _drifted = _keep_each(
            type(self),
            {"annotations": raw},
            "annotations",
            "list[Annotation]",
            "type",
            lambda annotations_item_data: Annotation.from_dict(annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotations


_lazy(AnnotateAnnotationQueueRecordResponse, "annotations", 1, _decode_annotations)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _LAZY_PENDING = False
