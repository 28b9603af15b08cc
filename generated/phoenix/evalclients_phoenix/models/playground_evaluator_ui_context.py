from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.playground_evaluator_ui_context_kind import (
    PlaygroundEvaluatorUIContextKind,
    check_playground_evaluator_ui_context_kind,
)

T = TypeVar("T", bound="PlaygroundEvaluatorUIContext")


@_attrs_define
class PlaygroundEvaluatorUIContext:
    """
    Attributes:
        dataset_evaluator_id (str):
        is_applied (bool):
        is_builtin (bool):
        kind (PlaygroundEvaluatorUIContextKind):
        name (str):
    """

    dataset_evaluator_id: str
    is_applied: bool
    is_builtin: bool
    kind: PlaygroundEvaluatorUIContextKind
    name: str

    def to_dict(self) -> dict[str, Any]:
        dataset_evaluator_id = self.dataset_evaluator_id

        is_applied = self.is_applied

        is_builtin = self.is_builtin

        kind: str = self.kind

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "datasetEvaluatorId": dataset_evaluator_id,
                "isApplied": is_applied,
                "isBuiltin": is_builtin,
                "kind": kind,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_evaluator_id = d.pop("datasetEvaluatorId")

        is_applied = d.pop("isApplied")

        is_builtin = d.pop("isBuiltin")

        kind = check_playground_evaluator_ui_context_kind(d.pop("kind"))

        name = d.pop("name")

        playground_evaluator_ui_context = cls(
            dataset_evaluator_id=dataset_evaluator_id,
            is_applied=is_applied,
            is_builtin=is_builtin,
            kind=kind,
            name=name,
        )

        return playground_evaluator_ui_context
