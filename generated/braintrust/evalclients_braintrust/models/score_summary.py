from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreSummary")
_new = object.__new__
_FIELDS = frozenset(
    {
        "improvements",
        "name",
        "regressions",
        "score",
        "diff",
    }
)


@_attrs_define
class ScoreSummary:
    """Summary of a score's performance

    Attributes:
        improvements (int): Number of improvements in the score
        name (str): Name of the score
        regressions (int): Number of regressions in the score
        score (float): Average score across all examples
        diff (float | Unset): Difference in score between the current and comparison experiment
    """

    improvements: int | Unset
    name: str | Unset
    regressions: int | Unset
    score: float | Unset
    diff: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        improvements = self.improvements

        name = self.name

        regressions = self.regressions

        score = self.score

        diff = self.diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "improvements": improvements,
                "name": name,
                "regressions": regressions,
                "score": score,
            }
        )
        if diff is not UNSET:
            field_dict["diff"] = diff

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            improvements = d["improvements"]
            if not (type(improvements) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            improvements, _drifted = _keep(cls, d, "improvements", "int", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            regressions = d["regressions"]
            if not (type(regressions) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            regressions, _drifted = _keep(cls, d, "regressions", "int", "type", _drifted)

        try:
            score = d["score"]
            if not (type(score) is float or type(score) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            score, _drifted = _keep(cls, d, "score", "float", "type", _drifted)

        try:
            diff = d.get("diff", UNSET)
            if not (type(diff) is float or type(diff) is int or diff is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            diff, _drifted = _keep(cls, d, "diff", "float", "type", _drifted)

        _score_summary_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _score_summary_.improvements = improvements
        _score_summary_.name = name
        _score_summary_.regressions = regressions
        _score_summary_.score = score
        _score_summary_.diff = diff
        _score_summary_.additional_properties = {}

        if _extra:
            _score_summary_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_score_summary_, _drifted)
        return _score_summary_

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
