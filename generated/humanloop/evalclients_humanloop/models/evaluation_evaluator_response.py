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
    from ..models.evaluator_response import EvaluatorResponse


T = TypeVar("T", bound="EvaluationEvaluatorResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "added_at",
        "orchestrated",
        "version",
    }
)


@_attrs_define
class EvaluationEvaluatorResponse:
    """
    Attributes:
        added_at (datetime.datetime): When the Evaluator was added to the Evaluation.
        orchestrated (bool): Whether the Evaluator is orchestrated by Humanloop. Default is `True`. If `False`, a log
            for the Evaluator should be submitted by the user via the API.
        version (EvaluatorResponse): Version of the Evaluator used to provide judgments.
    """

    added_at: datetime.datetime | Unset
    orchestrated: bool | Unset
    version: EvaluatorResponse | Unset
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
            added_at = self.added_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            added_at = _as_json(self.added_at)

        orchestrated = self.orchestrated

        try:
            version = self.version.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_at": added_at,
                "orchestrated": orchestrated,
                "version": version,
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
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _added_at_raw = d.get("added_at", UNSET)
        if _added_at_raw is not UNSET and not _strict:
            added_at = _added_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                added_at = datetime.datetime.fromisoformat(d["added_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                added_at, _drifted = _keep(
                    cls, d, "added_at", "datetime.datetime", "type", _drifted
                )

        try:
            orchestrated = d["orchestrated"]
            if not (type(orchestrated) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        _version_raw = d.get("version", UNSET)
        if _version_raw is not UNSET and not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                version = EvaluatorResponse.from_dict(d["version"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(cls, d, "version", "EvaluatorResponse", "type", _drifted)

        _evaluation_evaluator_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluation_evaluator_response_._added_at_slot = added_at  # type: ignore[attr-defined]
        _evaluation_evaluator_response_.orchestrated = orchestrated
        _evaluation_evaluator_response_._version_slot = version  # type: ignore[attr-defined]
        _evaluation_evaluator_response_.additional_properties = {}
        _evaluation_evaluator_response_._pending = _pending

        if _extra:
            _evaluation_evaluator_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_evaluator_response_, _drifted)
        return _evaluation_evaluator_response_

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


def _decode_added_at(self: EvaluationEvaluatorResponse, raw: Any) -> Any:
    """``added_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        added_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        added_at, _drifted = _keep(
            type(self), {"added_at": raw}, "added_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return added_at


_lazy(EvaluationEvaluatorResponse, "added_at", 1, _decode_added_at)


def _decode_version(self: EvaluationEvaluatorResponse, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        version = EvaluatorResponse.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self), {"version": raw}, "version", "EvaluatorResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(EvaluationEvaluatorResponse, "version", 2, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorResponse
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415

    _LAZY_PENDING = False
