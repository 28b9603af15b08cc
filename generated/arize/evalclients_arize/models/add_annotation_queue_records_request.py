from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import Unset

if TYPE_CHECKING:
    from ..models.annotation_queue_example_record_input import AnnotationQueueExampleRecordInput
    from ..models.annotation_queue_session_record_input import AnnotationQueueSessionRecordInput
    from ..models.annotation_queue_span_record_input import AnnotationQueueSpanRecordInput
    from ..models.annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput


T = TypeVar("T", bound="AddAnnotationQueueRecordsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "record_sources",
    }
)


@_attrs_define
class AddAnnotationQueueRecordsRequest:
    """AddAnnotationQueueRecordsRequest

    Attributes:
        record_sources (list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput |
            AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput]): Record sources to add to the annotation
            queue. At most 2 record sources (projects or datasets) may be provided in a single request. The total number of
            records resolved from all sources must not exceed 500. The total number of session records across all sources
            must not exceed 100.
    """

    record_sources: (
        list[
            AnnotationQueueExampleRecordInput
            | AnnotationQueueSessionRecordInput
            | AnnotationQueueSpanRecordInput
            | AnnotationQueueTraceRecordInput
        ]
        | Unset
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            record_sources = []
            for record_sources_item_data in self.record_sources:
                record_sources_item: dict[str, Any]
                if isinstance(record_sources_item_data, AnnotationQueueExampleRecordInput):
                    record_sources_item = record_sources_item_data.to_dict()
                elif isinstance(record_sources_item_data, AnnotationQueueSpanRecordInput):
                    record_sources_item = record_sources_item_data.to_dict()
                elif isinstance(record_sources_item_data, AnnotationQueueTraceRecordInput):
                    record_sources_item = record_sources_item_data.to_dict()
                else:
                    record_sources_item = record_sources_item_data.to_dict()

                record_sources.append(record_sources_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            record_sources = _as_json(self.record_sources)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_sources": record_sources,
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
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            record_sources = []
            _record_sources = d["record_sources"]
            for record_sources_item_data in _record_sources:

                def _parse_record_sources_item(
                    data: object,
                ) -> (
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_0 = (
                            AnnotationQueueExampleRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_1 = (
                            AnnotationQueueSpanRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_2 = (
                            AnnotationQueueTraceRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_annotation_queue_record_input_type_3 = (
                        AnnotationQueueSessionRecordInput.from_dict(data, _strict=True)
                    )

                    return componentsschemas_annotation_queue_record_input_type_3

                record_sources_item = _parse_record_sources_item(record_sources_item_data)

                record_sources.append(record_sources_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(record_sources_item_data: Any) -> Any:
                def _parse_record_sources_item(
                    data: object,
                ) -> (
                    AnnotationQueueExampleRecordInput
                    | AnnotationQueueSessionRecordInput
                    | AnnotationQueueSpanRecordInput
                    | AnnotationQueueTraceRecordInput
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_0 = (
                            AnnotationQueueExampleRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_1 = (
                            AnnotationQueueSpanRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_queue_record_input_type_2 = (
                            AnnotationQueueTraceRecordInput.from_dict(data, _strict=True)
                        )

                        return componentsschemas_annotation_queue_record_input_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_annotation_queue_record_input_type_3 = (
                        AnnotationQueueSessionRecordInput.from_dict(data, _strict=True)
                    )

                    return componentsschemas_annotation_queue_record_input_type_3

                record_sources_item = _parse_record_sources_item(record_sources_item_data)
                return record_sources_item

            record_sources, _drifted = _keep_each(
                cls,
                d,
                "record_sources",
                "list[AnnotationQueueExampleRecordInput | AnnotationQueueSessionRecordInput | AnnotationQueueSpanRecordInput | AnnotationQueueTraceRecordInput]",
                "type",
                _each,
                _drifted,
            )

        _add_annotation_queue_records_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _add_annotation_queue_records_request_.record_sources = record_sources
        _add_annotation_queue_records_request_.additional_properties = {}

        if _extra:
            _add_annotation_queue_records_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_add_annotation_queue_records_request_, _drifted)
        return _add_annotation_queue_records_request_

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
        AnnotationQueueExampleRecordInput, \
        AnnotationQueueSessionRecordInput, \
        AnnotationQueueSpanRecordInput, \
        AnnotationQueueTraceRecordInput
    from ..models.annotation_queue_example_record_input import AnnotationQueueExampleRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_session_record_input import AnnotationQueueSessionRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_span_record_input import AnnotationQueueSpanRecordInput  # noqa: PLC0415
    from ..models.annotation_queue_trace_record_input import AnnotationQueueTraceRecordInput  # noqa: PLC0415

    _LAZY_PENDING = False
