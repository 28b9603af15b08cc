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
from ..models.span_annotation_data_annotator_kind import (
    SpanAnnotationDataAnnotatorKind,
    check_span_annotation_data_annotator_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_result import AnnotationResult
    from ..models.span_annotation_data_metadata_type_0 import SpanAnnotationDataMetadataType0


T = TypeVar("T", bound="SpanAnnotationData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotator_kind",
        "name",
        "span_id",
        "identifier",
        "metadata",
        "result",
    }
)


@_attrs_define
class SpanAnnotationData:
    """
    Attributes:
        annotator_kind (SpanAnnotationDataAnnotatorKind): The kind of annotator used for the annotation
        name (str): The name of the annotation
        span_id (str): OpenTelemetry Span ID (hex format w/o 0x prefix)
        identifier (str | Unset): The identifier of the annotation. If provided, the annotation will be updated if it
            already exists. Default: ''.
        metadata (None | SpanAnnotationDataMetadataType0 | Unset): Metadata for the annotation
        result (AnnotationResult | None | Unset): The result of the annotation
    """

    annotator_kind: SpanAnnotationDataAnnotatorKind | Unset
    name: str | Unset
    span_id: str | Unset
    identifier: str | Unset = ""
    metadata: None | SpanAnnotationDataMetadataType0 | Unset = UNSET
    result: AnnotationResult | None | Unset = UNSET
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
            annotator_kind: str = self.annotator_kind
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotator_kind = _as_json(self.annotator_kind)

        name = self.name

        span_id = self.span_id

        identifier = self.identifier

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SpanAnnotationDataMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            result: dict[str, Any] | None | Unset
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, AnnotationResult):
                result = self.result.to_dict()
            else:
                result = self.result
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            result = _as_json(self.result)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "name": name,
                "span_id": span_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if result is not UNSET:
            field_dict["result"] = result

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
            annotator_kind = check_span_annotation_data_annotator_kind(d["annotator_kind"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotator_kind, _drifted = _keep(
                cls, d, "annotator_kind", "one of CODE, HUMAN, LLM", "enum", _drifted
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
            span_id = d["span_id"]
            if not (type(span_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id, _drifted = _keep(cls, d, "span_id", "str", "type", _drifted)

        try:
            identifier = d.get("identifier", UNSET)
            if not (type(identifier) is str or identifier is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            identifier, _drifted = _keep(cls, d, "identifier", "str", "type", _drifted)

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
                    cls, d, "metadata", "None | SpanAnnotationDataMetadataType0", "union", _drifted
                )

        _result_raw = d.get("result", UNSET)
        if _result_raw is UNSET:
            result = UNSET
        elif not _strict:
            result = _result_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _result = d.get("result", UNSET)
                result = _result if _result is None or _result is UNSET else _parse_result(_result)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                result, _drifted = _keep(
                    cls, d, "result", "AnnotationResult | None", "union", _drifted
                )

        _span_annotation_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _span_annotation_data_.annotator_kind = annotator_kind
        _span_annotation_data_.name = name
        _span_annotation_data_.span_id = span_id
        _span_annotation_data_.identifier = identifier
        _span_annotation_data_._metadata_slot = metadata  # type: ignore[attr-defined]
        _span_annotation_data_._result_slot = result  # type: ignore[attr-defined]
        _span_annotation_data_.additional_properties = {}
        _span_annotation_data_._pending = _pending

        if _extra:
            _span_annotation_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_span_annotation_data_, _drifted)
        return _span_annotation_data_

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


def _parse_metadata(data: object) -> None | SpanAnnotationDataMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = SpanAnnotationDataMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_result(data: object) -> AnnotationResult | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        result_type_0 = AnnotationResult.from_dict(data)

        return result_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_metadata(self: SpanAnnotationData, raw: Any) -> Any:
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
            "None | SpanAnnotationDataMetadataType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(SpanAnnotationData, "metadata", 1, _decode_metadata)


def _decode_result(self: SpanAnnotationData, raw: Any) -> Any:
    """``result`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _result = raw
        result = _result if _result is None or _result is UNSET else _parse_result(_result)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        result, _drifted = _keep(
            type(self), {"result": raw}, "result", "AnnotationResult | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return result


_lazy(SpanAnnotationData, "result", 2, _decode_result)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationResult, SpanAnnotationDataMetadataType0
    from ..models.annotation_result import AnnotationResult  # noqa: PLC0415
    from ..models.span_annotation_data_metadata_type_0 import SpanAnnotationDataMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False
