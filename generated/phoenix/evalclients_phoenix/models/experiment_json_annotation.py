from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_json_annotation_annotator_kind import (
    ExperimentJSONAnnotationAnnotatorKind,
    check_experiment_json_annotation_annotator_kind,
)

if TYPE_CHECKING:
    from ..models.experiment_json_annotation_metadata import ExperimentJSONAnnotationMetadata


T = TypeVar("T", bound="ExperimentJSONAnnotation")
_FIELDS = frozenset(
    {
        "annotator_kind",
        "end_time",
        "error",
        "explanation",
        "label",
        "metadata",
        "name",
        "score",
        "start_time",
        "trace_id",
    }
)


@_attrs_define
class ExperimentJSONAnnotation:
    """One evaluation of a run. An evaluation that failed has an error and no label, score or explanation; it is exported
    all the same.

        Attributes:
            annotator_kind (ExperimentJSONAnnotationAnnotatorKind):
            end_time (datetime.datetime):
            error (None | str):
            explanation (None | str):
            label (None | str):
            metadata (ExperimentJSONAnnotationMetadata):
            name (str):
            score (float | None):
            start_time (datetime.datetime):
            trace_id (None | str):
    """

    annotator_kind: ExperimentJSONAnnotationAnnotatorKind
    end_time: datetime.datetime
    error: None | str
    explanation: None | str
    label: None | str
    metadata: ExperimentJSONAnnotationMetadata
    name: str
    score: float | None
    start_time: datetime.datetime
    trace_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotator_kind: str = self.annotator_kind

        end_time = self.end_time.isoformat()

        error: None | str
        error = self.error

        explanation: None | str
        explanation = self.explanation

        label: None | str
        label = self.label

        metadata = self.metadata.to_dict()

        name = self.name

        score: float | None
        score = self.score

        start_time = self.start_time.isoformat()

        trace_id: None | str
        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "end_time": end_time,
                "error": error,
                "explanation": explanation,
                "label": label,
                "metadata": metadata,
                "name": name,
                "score": score,
                "start_time": start_time,
                "trace_id": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotator_kind = check_experiment_json_annotation_annotator_kind(d["annotator_kind"])

        end_time = datetime.datetime.fromisoformat(d["end_time"])

        error: None | str = d["error"]

        explanation: None | str = d["explanation"]

        label: None | str = d["label"]

        metadata = ExperimentJSONAnnotationMetadata.from_dict(d["metadata"])

        name = d["name"]

        score: float | None = d["score"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        trace_id: None | str = d["trace_id"]

        experiment_json_annotation = cls(
            annotator_kind,
            end_time,
            error,
            explanation,
            label,
            metadata,
            name,
            score,
            start_time,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            experiment_json_annotation.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_json_annotation

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
    global _LAZY_PENDING, ExperimentJSONAnnotationMetadata
    from ..models.experiment_json_annotation_metadata import ExperimentJSONAnnotationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False
