from __future__ import annotations

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
from ..models.annotation_queue_source_type import (
    AnnotationQueueSourceType,
    check_annotation_queue_source_type,
)
from ..models.record_granularity import RecordGranularity, check_record_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser
    from ..models.annotation_queue_record_data import AnnotationQueueRecordData
    from ..models.evaluation import Evaluation


T = TypeVar("T", bound="AnnotationQueueRecord")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_queue_id",
        "annotations",
        "assigned_users",
        "data",
        "evaluations",
        "granularity",
        "id",
        "session_annotations",
        "source_type",
        "trace_annotations",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "annotation_queue_id",
        "annotation_queue_id",
        False,
        0,
        "annotation_queue_id = _j_annotation_queue_id\nif not (type(annotation_queue_id) is str or annotation_queue_id is UNSET):\n    raise TypeError",
    ),
    ("annotations", "_annotations_slot", False, 1, ""),
    ("assigned_users", "_assigned_users_slot", False, 2, ""),
    ("data", "_data_slot", False, 4, ""),
    ("evaluations", "_evaluations_slot", False, 8, ""),
    (
        "granularity",
        "granularity",
        False,
        0,
        "_granularity = _j_granularity\ngranularity = _granularity if _granularity is None or _granularity is UNSET else _parse_granularity(_granularity)",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    ("session_annotations", "_session_annotations_slot", False, 16, ""),
    (
        "source_type",
        "source_type",
        False,
        0,
        "_source_type = _j_source_type\nsource_type: AnnotationQueueSourceType | Unset\nif _source_type is UNSET:\n    source_type = UNSET\nelse:\n    source_type = check_annotation_queue_source_type(_source_type)",
    ),
    ("trace_annotations", "_trace_annotations_slot", False, 32, ""),
)


@_attrs_define
class AnnotationQueueRecord:
    """A record in an annotation queue with its data

    Attributes:
        annotation_queue_id (str | Unset): The annotation queue this record belongs to
        annotations (list[Annotation] | Unset): Annotations on this record.
        assigned_users (list[AnnotationQueueAssignedUser] | Unset): Users assigned to this record
        data (AnnotationQueueRecordData | Unset): Record data as flat key-value pairs containing span or dataset fields.
            Does not include annotation or evaluation columns.
        evaluations (list[Evaluation] | Unset): Evaluation results on this record
        granularity (None | RecordGranularity | Unset): The granularity of the record, if applicable.
        id (str | Unset): The unique identifier for the record
        session_annotations (list[Annotation] | Unset): Session annotations on this record.
        source_type (AnnotationQueueSourceType | Unset): Source type of the annotation queue record. - SPANS - The
            record originates from span data. - DATASET - The record originates from a dataset example.
        trace_annotations (list[Annotation] | Unset): Trace annotations on this record.
    """

    annotation_queue_id: str | Unset = UNSET
    annotations: list[Annotation] | Unset = UNSET
    assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
    data: AnnotationQueueRecordData | Unset = UNSET
    evaluations: list[Evaluation] | Unset = UNSET
    granularity: None | RecordGranularity | Unset = UNSET
    id: str | Unset = UNSET
    session_annotations: list[Annotation] | Unset = UNSET
    source_type: AnnotationQueueSourceType | Unset = UNSET
    trace_annotations: list[Annotation] | Unset = UNSET
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
            assigned_users: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.assigned_users, Unset):
                assigned_users = []
                for assigned_users_item_data in self.assigned_users:
                    assigned_users_item = assigned_users_item_data.to_dict()
                    assigned_users.append(assigned_users_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            assigned_users = _as_json(self.assigned_users)

        try:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data = _as_json(self.data)

        try:
            evaluations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluations, Unset):
                evaluations = []
                for evaluations_item_data in self.evaluations:
                    evaluations_item = evaluations_item_data.to_dict()
                    evaluations.append(evaluations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluations = _as_json(self.evaluations)

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
            session_annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.session_annotations, Unset):
                session_annotations = []
                for session_annotations_item_data in self.session_annotations:
                    session_annotations_item = session_annotations_item_data.to_dict()
                    session_annotations.append(session_annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            session_annotations = _as_json(self.session_annotations)

        try:
            source_type: str | Unset = UNSET
            if not isinstance(self.source_type, Unset):
                source_type = self.source_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source_type = _as_json(self.source_type)

        try:
            trace_annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.trace_annotations, Unset):
                trace_annotations = []
                for trace_annotations_item_data in self.trace_annotations:
                    trace_annotations_item = trace_annotations_item_data.to_dict()
                    trace_annotations.append(trace_annotations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            trace_annotations = _as_json(self.trace_annotations)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_queue_id is not UNSET:
            field_dict["annotation_queue_id"] = annotation_queue_id
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if assigned_users is not UNSET:
            field_dict["assigned_users"] = assigned_users
        if data is not UNSET:
            field_dict["data"] = data
        if evaluations is not UNSET:
            field_dict["evaluations"] = evaluations
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if id is not UNSET:
            field_dict["id"] = id
        if session_annotations is not UNSET:
            field_dict["session_annotations"] = session_annotations
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if trace_annotations is not UNSET:
            field_dict["trace_annotations"] = trace_annotations

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

        _assigned_users_raw = d.get("assigned_users", UNSET)
        if _assigned_users_raw is UNSET:
            assigned_users = UNSET
        elif not _strict:
            assigned_users = _assigned_users_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _assigned_users = d.get("assigned_users", UNSET)
                assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
                if _assigned_users is not UNSET:
                    assigned_users = [
                        AnnotationQueueAssignedUser.from_dict(assigned_users_item_data)
                        for assigned_users_item_data in _assigned_users
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                assigned_users, _drifted = _keep_each(
                    cls,
                    d,
                    "assigned_users",
                    "list[AnnotationQueueAssignedUser]",
                    "type",
                    lambda assigned_users_item_data: AnnotationQueueAssignedUser.from_dict(
                        assigned_users_item_data
                    ),
                    _drifted,
                )

        _data_raw = d.get("data", UNSET)
        if _data_raw is UNSET:
            data = UNSET
        elif not _strict:
            data = _data_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _data = d.get("data", UNSET)
                data: AnnotationQueueRecordData | Unset
                if _data is UNSET:
                    data = UNSET
                else:
                    data = AnnotationQueueRecordData.from_dict(_data)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data, _drifted = _keep(
                    cls, d, "data", "AnnotationQueueRecordData", "type", _drifted
                )

        _evaluations_raw = d.get("evaluations", UNSET)
        if _evaluations_raw is UNSET:
            evaluations = UNSET
        elif not _strict:
            evaluations = _evaluations_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _evaluations = d.get("evaluations", UNSET)
                evaluations: list[Evaluation] | Unset = UNSET
                if _evaluations is not UNSET:
                    evaluations = [
                        Evaluation.from_dict(evaluations_item_data)
                        for evaluations_item_data in _evaluations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluations, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluations",
                    "list[Evaluation]",
                    "type",
                    lambda evaluations_item_data: Evaluation.from_dict(evaluations_item_data),
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

        _session_annotations_raw = d.get("session_annotations", UNSET)
        if _session_annotations_raw is UNSET:
            session_annotations = UNSET
        elif not _strict:
            session_annotations = _session_annotations_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _session_annotations = d.get("session_annotations", UNSET)
                session_annotations: list[Annotation] | Unset = UNSET
                if _session_annotations is not UNSET:
                    session_annotations = [
                        Annotation.from_dict(session_annotations_item_data)
                        for session_annotations_item_data in _session_annotations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                session_annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "session_annotations",
                    "list[Annotation]",
                    "type",
                    lambda session_annotations_item_data: Annotation.from_dict(
                        session_annotations_item_data
                    ),
                    _drifted,
                )

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

        _trace_annotations_raw = d.get("trace_annotations", UNSET)
        if _trace_annotations_raw is UNSET:
            trace_annotations = UNSET
        elif not _strict:
            trace_annotations = _trace_annotations_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _trace_annotations = d.get("trace_annotations", UNSET)
                trace_annotations: list[Annotation] | Unset = UNSET
                if _trace_annotations is not UNSET:
                    trace_annotations = [
                        Annotation.from_dict(trace_annotations_item_data)
                        for trace_annotations_item_data in _trace_annotations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                trace_annotations, _drifted = _keep_each(
                    cls,
                    d,
                    "trace_annotations",
                    "list[Annotation]",
                    "type",
                    lambda trace_annotations_item_data: Annotation.from_dict(
                        trace_annotations_item_data
                    ),
                    _drifted,
                )

        _annotation_queue_record_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotation_queue_record_.annotation_queue_id = annotation_queue_id
        _annotation_queue_record_._annotations_slot = annotations  # type: ignore[attr-defined]
        _annotation_queue_record_._assigned_users_slot = assigned_users  # type: ignore[attr-defined]
        _annotation_queue_record_._data_slot = data  # type: ignore[attr-defined]
        _annotation_queue_record_._evaluations_slot = evaluations  # type: ignore[attr-defined]
        _annotation_queue_record_.granularity = granularity
        _annotation_queue_record_.id = id
        _annotation_queue_record_._session_annotations_slot = session_annotations  # type: ignore[attr-defined]
        _annotation_queue_record_.source_type = source_type
        _annotation_queue_record_._trace_annotations_slot = trace_annotations  # type: ignore[attr-defined]
        _annotation_queue_record_.additional_properties = {}
        _annotation_queue_record_._pending = _pending

        if _extra:
            _annotation_queue_record_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_queue_record_, _drifted)
        return _annotation_queue_record_

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


def _decode_annotations(self: AnnotationQueueRecord, raw: Any) -> Any:
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


_lazy(AnnotationQueueRecord, "annotations", 1, _decode_annotations)


def _decode_assigned_users(self: AnnotationQueueRecord, raw: Any) -> Any:
    """``assigned_users`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _assigned_users = raw
        assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
        if _assigned_users is not UNSET:
            assigned_users = [
                AnnotationQueueAssignedUser.from_dict(assigned_users_item_data)
                for assigned_users_item_data in _assigned_users
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        assigned_users, _drifted = _keep_each(
            type(self),
            {"assigned_users": raw},
            "assigned_users",
            "list[AnnotationQueueAssignedUser]",
            "type",
            lambda assigned_users_item_data: AnnotationQueueAssignedUser.from_dict(
                assigned_users_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return assigned_users


_lazy(AnnotationQueueRecord, "assigned_users", 2, _decode_assigned_users)


def _decode_data(self: AnnotationQueueRecord, raw: Any) -> Any:
    """``data`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _data = raw
        data: AnnotationQueueRecordData | Unset
        if _data is UNSET:
            data = UNSET
        else:
            data = AnnotationQueueRecordData.from_dict(_data)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data, _drifted = _keep(
            type(self), {"data": raw}, "data", "AnnotationQueueRecordData", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data


_lazy(AnnotationQueueRecord, "data", 4, _decode_data)


def _decode_evaluations(self: AnnotationQueueRecord, raw: Any) -> Any:
    """``evaluations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluations = raw
        evaluations: list[Evaluation] | Unset = UNSET
        if _evaluations is not UNSET:
            evaluations = [
                Evaluation.from_dict(evaluations_item_data)
                for evaluations_item_data in _evaluations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluations, _drifted = _keep_each(
            type(self),
            {"evaluations": raw},
            "evaluations",
            "list[Evaluation]",
            "type",
            lambda evaluations_item_data: Evaluation.from_dict(evaluations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluations


_lazy(AnnotationQueueRecord, "evaluations", 8, _decode_evaluations)


def _decode_session_annotations(self: AnnotationQueueRecord, raw: Any) -> Any:
    """``session_annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _session_annotations = raw
        session_annotations: list[Annotation] | Unset = UNSET
        if _session_annotations is not UNSET:
            session_annotations = [
                Annotation.from_dict(session_annotations_item_data)
                for session_annotations_item_data in _session_annotations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        session_annotations, _drifted = _keep_each(
            type(self),
            {"session_annotations": raw},
            "session_annotations",
            "list[Annotation]",
            "type",
            lambda session_annotations_item_data: Annotation.from_dict(
                session_annotations_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return session_annotations


_lazy(AnnotationQueueRecord, "session_annotations", 16, _decode_session_annotations)


def _decode_trace_annotations(self: AnnotationQueueRecord, raw: Any) -> Any:
    """``trace_annotations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _trace_annotations = raw
        trace_annotations: list[Annotation] | Unset = UNSET
        if _trace_annotations is not UNSET:
            trace_annotations = [
                Annotation.from_dict(trace_annotations_item_data)
                for trace_annotations_item_data in _trace_annotations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        trace_annotations, _drifted = _keep_each(
            type(self),
            {"trace_annotations": raw},
            "trace_annotations",
            "list[Annotation]",
            "type",
            lambda trace_annotations_item_data: Annotation.from_dict(trace_annotations_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return trace_annotations


_lazy(AnnotationQueueRecord, "trace_annotations", 32, _decode_trace_annotations)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        Annotation, \
        AnnotationQueueAssignedUser, \
        AnnotationQueueRecordData, \
        Evaluation
    from ..models.annotation import Annotation  # noqa: PLC0415
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415
    from ..models.annotation_queue_record_data import AnnotationQueueRecordData  # noqa: PLC0415
    from ..models.evaluation import Evaluation  # noqa: PLC0415

    _LAZY_PENDING = False
