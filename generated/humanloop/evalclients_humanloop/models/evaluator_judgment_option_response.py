from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.valence import Valence, check_valence
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorJudgmentOptionResponse")
_FIELDS = frozenset(
    {
        "name",
        "valence",
    }
)


@_attrs_define
class EvaluatorJudgmentOptionResponse:
    """
    Attributes:
        name (str): The name of the option.
        valence (Valence | Unset): An enumeration. Default: 'neutral'.
    """

    name: str
    valence: Valence | Unset = "neutral"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        valence: str | Unset = UNSET
        if not isinstance(self.valence, Unset):
            valence = self.valence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if valence is not UNSET:
            field_dict["valence"] = valence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        _valence = d.get("valence", UNSET)
        valence: Valence | Unset
        if _valence is UNSET:
            valence = UNSET
        else:
            valence = check_valence(_valence)

        evaluator_judgment_option_response = cls(
            name,
            valence,
        )

        if not d.keys() <= _FIELDS:
            evaluator_judgment_option_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_judgment_option_response

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
