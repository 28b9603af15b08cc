from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.evaluator_type import EvaluatorType, check_evaluator_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorVersionCommon")
_new = object.__new__
_FIELDS = frozenset(
    {
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "evaluator_id",
        "id",
        "type",
    }
)


@_attrs_define
class EvaluatorVersionCommon:
    """EvaluatorVersionCommon

    Attributes:
        commit_hash (str | Unset): A unique hash identifying this version
        commit_message (None | str | Unset): A message describing the changes in this version
        created_at (datetime.datetime | Unset): When this version was created
        created_by_user_id (None | str | Unset): The unique identifier for the user who created this version
        evaluator_id (str | Unset): The parent evaluator ID
        id (str | Unset): The unique identifier for this version
        type_ (EvaluatorType | Unset): The evaluator type:  - `TEMPLATE` — LLM-based evaluator. - `CODE` — managed
            built-in evaluators or custom Python code (both are   subtypes of `CODE`, discriminated by the nested
            `CodeConfig.type` =   `MANAGED` | `CUSTOM`). - `HARNESS` — test harness evaluator. - `REMOTE` — remote
            evaluator.  Applies to both the parent `Evaluator.type` field and every version's `type` discriminator — a
            version's `type` must always match its parent evaluator's `type`.
    """

    commit_hash: str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    evaluator_id: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: EvaluatorType | Unset = UNSET
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
        commit_hash = self.commit_hash

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commit_hash is not UNSET:
            field_dict["commit_hash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            commit_hash = d.get("commit_hash", UNSET)
            if not (type(commit_hash) is str or commit_hash is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_hash, _drifted = _keep(cls, d, "commit_hash", "str", "type", _drifted)

        try:
            commit_message: None | str | Unset = d.get("commit_message", UNSET)

            if not (
                commit_message is None or type(commit_message) is str or commit_message is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(
                cls, d, "commit_message", "None | str", "type", _drifted
            )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

            if not (
                created_by_user_id is None
                or type(created_by_user_id) is str
                or created_by_user_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            evaluator_id = d.get("evaluator_id", UNSET)
            if not (type(evaluator_id) is str or evaluator_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_id, _drifted = _keep(cls, d, "evaluator_id", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: EvaluatorType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_evaluator_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "one of CODE, HARNESS, REMOTE, TEMPLATE", "enum", _drifted
            )

        _evaluator_version_common_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_version_common_.commit_hash = commit_hash
        _evaluator_version_common_.commit_message = commit_message
        _evaluator_version_common_._created_at_slot = created_at  # type: ignore[attr-defined]
        _evaluator_version_common_.created_by_user_id = created_by_user_id
        _evaluator_version_common_.evaluator_id = evaluator_id
        _evaluator_version_common_.id = id
        _evaluator_version_common_.type_ = type_
        _evaluator_version_common_.additional_properties = {}
        _evaluator_version_common_._pending = _pending

        if _extra:
            _evaluator_version_common_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_version_common_, _drifted)
        return _evaluator_version_common_

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


def _decode_created_at(self: EvaluatorVersionCommon, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(EvaluatorVersionCommon, "created_at", 1, _decode_created_at)
