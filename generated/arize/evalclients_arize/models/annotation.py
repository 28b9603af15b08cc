from __future__ import annotations

import datetime
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
    from ..models.annotator_user import AnnotatorUser


T = TypeVar("T", bound="Annotation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotator",
        "label",
        "name",
        "score",
        "text",
        "updated_at",
    }
)


@_attrs_define
class Annotation:
    """A human annotation on a record.

    Attributes:
        annotator (AnnotatorUser | Unset): A user assigned as an annotator, identified by ID and email.
        label (str | Unset): Categorical label for the annotation
        name (str | Unset): The name of the annotation
        score (float | Unset): Numeric score for the annotation
        text (str | Unset): Free-form text note for the annotation
        updated_at (datetime.datetime | Unset): Timestamp when the annotation was last updated
    """

    annotator: AnnotatorUser | Unset = UNSET
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    score: float | Unset = UNSET
    text: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
            annotator: dict[str, Any] | Unset = UNSET
            if not isinstance(self.annotator, Unset):
                annotator = self.annotator.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotator = _as_json(self.annotator)

        label = self.label

        name = self.name

        score = self.score

        text = self.text

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotator is not UNSET:
            field_dict["annotator"] = annotator
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score
        if text is not UNSET:
            field_dict["text"] = text
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        _annotator_raw = d.get("annotator", UNSET)
        if _annotator_raw is UNSET:
            annotator = UNSET
        elif not _strict:
            annotator = _annotator_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _annotator = d.get("annotator", UNSET)
                annotator: AnnotatorUser | Unset
                if _annotator is UNSET:
                    annotator = UNSET
                else:
                    annotator = AnnotatorUser.from_dict(_annotator)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                annotator, _drifted = _keep(cls, d, "annotator", "AnnotatorUser", "type", _drifted)

        try:
            label = d.get("label", UNSET)
            if not (type(label) is str or label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            label, _drifted = _keep(cls, d, "label", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            score = d.get("score", UNSET)
            if not (type(score) is float or type(score) is int or score is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            score, _drifted = _keep(cls, d, "score", "float", "type", _drifted)

        try:
            text = d.get("text", UNSET)
            if not (type(text) is str or text is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            text, _drifted = _keep(cls, d, "text", "str", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _annotation_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _annotation_._annotator_slot = annotator  # type: ignore[attr-defined]
        _annotation_.label = label
        _annotation_.name = name
        _annotation_.score = score
        _annotation_.text = text
        _annotation_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _annotation_.additional_properties = {}
        _annotation_._pending = _pending

        if _extra:
            _annotation_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_annotation_, _drifted)
        return _annotation_

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


def _decode_annotator(self: Annotation, raw: Any) -> Any:
    """``annotator`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _annotator = raw
        annotator: AnnotatorUser | Unset
        if _annotator is UNSET:
            annotator = UNSET
        else:
            annotator = AnnotatorUser.from_dict(_annotator)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        annotator, _drifted = _keep(
            type(self), {"annotator": raw}, "annotator", "AnnotatorUser", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return annotator


_lazy(Annotation, "annotator", 1, _decode_annotator)


def _decode_updated_at(self: Annotation, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(Annotation, "updated_at", 2, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotatorUser
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

    _LAZY_PENDING = False
