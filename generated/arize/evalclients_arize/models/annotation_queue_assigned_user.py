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
from ..models.annotation_queue_completion_status import (
    AnnotationQueueCompletionStatus,
    check_annotation_queue_completion_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser


T = TypeVar("T", bound="AnnotationQueueAssignedUser")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completion_status",
        "user",
    }
)


@_attrs_define
class AnnotationQueueAssignedUser:
    """A user assigned to a record with their completion status

    Attributes:
        completion_status (AnnotationQueueCompletionStatus | Unset): Completion status for a user's annotation
            assignment on a record. - PENDING - The user has not yet submitted annotations. - COMPLETED - The user has
            submitted annotations.
        user (AnnotatorUser | Unset): A user assigned as an annotator, identified by ID and email.
    """

    completion_status: AnnotationQueueCompletionStatus | Unset = UNSET
    user: AnnotatorUser | Unset = UNSET
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
            completion_status: str | Unset = UNSET
            if not isinstance(self.completion_status, Unset):
                completion_status = self.completion_status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            completion_status = _as_json(self.completion_status)

        try:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = self.user.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            user = _as_json(self.user)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_status is not UNSET:
            field_dict["completion_status"] = completion_status
        if user is not UNSET:
            field_dict["user"] = user

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
            _completion_status = d.get("completion_status", UNSET)
            completion_status: AnnotationQueueCompletionStatus | Unset
            if _completion_status is UNSET:
                completion_status = UNSET
            else:
                completion_status = check_annotation_queue_completion_status(_completion_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            completion_status, _drifted = _keep(
                cls, d, "completion_status", "one of COMPLETED, PENDING", "enum", _drifted
            )

        _user_raw = d.get("user", UNSET)
        if _user_raw is UNSET:
            user = UNSET
        elif not _strict:
            user = _user_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _user = d.get("user", UNSET)
                user: AnnotatorUser | Unset
                if _user is UNSET:
                    user = UNSET
                else:
                    user = AnnotatorUser.from_dict(_user)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                user, _drifted = _keep(cls, d, "user", "AnnotatorUser", "type", _drifted)

        _annotation_queue_assigned_user_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _annotation_queue_assigned_user_.completion_status = completion_status
        _annotation_queue_assigned_user_._user_slot = user  # type: ignore[attr-defined]
        _annotation_queue_assigned_user_.additional_properties = {}
        _annotation_queue_assigned_user_._pending = _pending

        if _extra:
            _annotation_queue_assigned_user_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_queue_assigned_user_, _drifted)
        return _annotation_queue_assigned_user_

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


def _decode_user(self: AnnotationQueueAssignedUser, raw: Any) -> Any:
    """``user`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _user = raw
        user: AnnotatorUser | Unset
        if _user is UNSET:
            user = UNSET
        else:
            user = AnnotatorUser.from_dict(_user)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        user, _drifted = _keep(type(self), {"user": raw}, "user", "AnnotatorUser", "type", _drifted)

    if _drifted is not None:
        _note_more(self, _drifted)
    return user


_lazy(AnnotationQueueAssignedUser, "user", 1, _decode_user)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotatorUser
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

    _LAZY_PENDING = False
