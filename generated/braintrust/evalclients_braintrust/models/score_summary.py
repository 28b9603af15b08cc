from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreSummary")
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

    improvements: int
    name: str
    regressions: int
    score: float
    diff: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        improvements = d["improvements"]

        name = d["name"]

        regressions = d["regressions"]

        score = d["score"]

        diff = d.get("diff", UNSET)

        score_summary = cls(
            improvements,
            name,
            regressions,
            score,
            diff,
        )

        if not d.keys() <= _FIELDS:
            score_summary.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return score_summary

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
