from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotator_user import AnnotatorUser


T = TypeVar("T", bound="Annotation")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotator, Unset):
            annotator = self.annotator.to_dict()

        label = self.label

        name = self.name

        score = self.score

        text = self.text

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _annotator = d.get("annotator", UNSET)
        annotator: AnnotatorUser | Unset
        if _annotator is UNSET:
            annotator = UNSET
        else:
            annotator = AnnotatorUser.from_dict(_annotator)

        label = d.get("label", UNSET)

        name = d.get("name", UNSET)

        score = d.get("score", UNSET)

        text = d.get("text", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        annotation = cls(
            annotator,
            label,
            name,
            score,
            text,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            annotation.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return annotation

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
    global _LAZY_PENDING, AnnotatorUser
    from ..models.annotator_user import AnnotatorUser  # noqa: PLC0415

    _LAZY_PENDING = False
