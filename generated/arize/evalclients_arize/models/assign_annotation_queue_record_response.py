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
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser


T = TypeVar("T", bound="AssignAnnotationQueueRecordResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_queue_id",
        "assigned_users",
        "granularity",
        "id",
        "source_type",
    }
)


@_attrs_define
class AssignAnnotationQueueRecordResponse:
    """A snapshot of the annotation queue record fields that were modified by an assign operation. Only the record identity
    fields and the resulting user assignments are returned. Annotations and evaluations are not fetched and are not
    included in this response for performance reasons; use the list records endpoint to retrieve the full record state.

        Attributes:
            annotation_queue_id (str | Unset): The annotation queue this record belongs to
            assigned_users (list[AnnotationQueueAssignedUser] | Unset): The users now assigned to this record after this
                operation
            granularity (None | RecordGranularity | Unset): The granularity of the record, if applicable.
            id (str | Unset): The unique identifier for the record
            source_type (AnnotationQueueSourceType | Unset): Source type of the annotation queue record. - SPANS - The
                record originates from span data. - DATASET - The record originates from a dataset example.
    """

    annotation_queue_id: str | Unset = UNSET
    assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
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
            assigned_users: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.assigned_users, Unset):
                assigned_users = []
                for assigned_users_item_data in self.assigned_users:
                    assigned_users_item = assigned_users_item_data.to_dict()
                    assigned_users.append(assigned_users_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            assigned_users = _as_json(self.assigned_users)

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
        if assigned_users is not UNSET:
            field_dict["assigned_users"] = assigned_users
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

        _assigned_users_raw = d.get("assigned_users", UNSET)
        if _assigned_users_raw is UNSET:
            assigned_users = UNSET
        elif not _strict:
            assigned_users = _assigned_users_raw  # decoded on first read
            _pending |= 1
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

        _assign_annotation_queue_record_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _assign_annotation_queue_record_response_.annotation_queue_id = annotation_queue_id
        _assign_annotation_queue_record_response_._assigned_users_slot = assigned_users  # type: ignore[attr-defined]
        _assign_annotation_queue_record_response_.granularity = granularity
        _assign_annotation_queue_record_response_.id = id
        _assign_annotation_queue_record_response_.source_type = source_type
        _assign_annotation_queue_record_response_.additional_properties = {}
        _assign_annotation_queue_record_response_._pending = _pending

        if _extra:
            _assign_annotation_queue_record_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_assign_annotation_queue_record_response_, _drifted)
        return _assign_annotation_queue_record_response_

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


def _decode_assigned_users(self: AssignAnnotationQueueRecordResponse, raw: Any) -> Any:
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


_lazy(AssignAnnotationQueueRecordResponse, "assigned_users", 1, _decode_assigned_users)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationQueueAssignedUser
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415

    _LAZY_PENDING = False
