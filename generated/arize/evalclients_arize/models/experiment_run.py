from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="ExperimentRun")
_FIELDS = frozenset(
    {
        "annotations",
        "error",
        "example_id",
        "id",
        "output",
    }
)


@_attrs_define
class ExperimentRun:
    """An experiment run with experiment data including outputs, evaluations, and trace metadata

    Attributes:
        annotations (list[Annotation] | Unset): List of human annotations on this experiment run
        error (None | str | Unset): Error message when the task failed. Null on success.
        example_id (None | str | Unset): ID of the dataset example associated with this experiment run. Null when the
            experiment isn't associated with a dataset.
        id (str | Unset): System-assigned unique ID for the example
        output (None | str | Unset): Output of the task for the matching example. Null when the task errored.
    """

    annotations: list[Annotation] | Unset = UNSET
    error: None | str | Unset = UNSET
    example_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        example_id: None | str | Unset
        if isinstance(self.example_id, Unset):
            example_id = UNSET
        else:
            example_id = self.example_id

        id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if error is not UNSET:
            field_dict["error"] = error
        if example_id is not UNSET:
            field_dict["example_id"] = example_id
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _annotations = d.get("annotations", UNSET)
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]

        error: None | str | Unset = d.get("error", UNSET)

        example_id: None | str | Unset = d.get("example_id", UNSET)

        id = d.get("id", UNSET)

        output: None | str | Unset = d.get("output", UNSET)

        experiment_run = cls(
            annotations,
            error,
            example_id,
            id,
            output,
        )

        if not d.keys() <= _FIELDS:
            experiment_run.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return experiment_run

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
    global _LAZY_PENDING, Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _LAZY_PENDING = False
