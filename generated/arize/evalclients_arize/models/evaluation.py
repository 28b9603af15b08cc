from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_metadata import EvaluationMetadata


T = TypeVar("T", bound="Evaluation")
_FIELDS = frozenset(
    {
        "explanation",
        "label",
        "metadata",
        "name",
        "score",
    }
)


@_attrs_define
class Evaluation:
    """An evaluation result on a record.

    Attributes:
        explanation (str | Unset): Explanation for the evaluation result
        label (str | Unset): Categorical label for the evaluation
        metadata (EvaluationMetadata | Unset): Metadata associated with the evaluation, including task and run
            identifiers when available. Omitted when no metadata is available.
        name (str | Unset): The name of the evaluation
        score (float | Unset): Numeric score for the evaluation
    """

    explanation: str | Unset = UNSET
    label: str | Unset = UNSET
    metadata: EvaluationMetadata | Unset = UNSET
    name: str | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        explanation = self.explanation

        label = self.label

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        explanation = d.get("explanation", UNSET)

        label = d.get("label", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: EvaluationMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = EvaluationMetadata.from_dict(_metadata)

        name = d.get("name", UNSET)

        score = d.get("score", UNSET)

        evaluation = cls(
            explanation,
            label,
            metadata,
            name,
            score,
        )

        if not d.keys() <= _FIELDS:
            evaluation.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return evaluation

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
    global _LAZY_PENDING, EvaluationMetadata
    from ..models.evaluation_metadata import EvaluationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
