from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="DatasetExample")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "updated_at",
        "annotations",
    }
)


@_attrs_define
class DatasetExample:
    """A dataset example with arbitrary user-defined fields. System-managed
    fields are included as read-only for responses.

        Attributes:
            created_at (datetime.datetime): Timestamp for when the example was created
            id (str): System-assigned unique ID for the example
            updated_at (datetime.datetime): Timestamp for the last update of the example
            annotations (list[Annotation] | Unset): List of human annotations on this dataset example
    """

    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    annotations: list[Annotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at = self.created_at.isoformat()

        id = self.id

        updated_at = self.updated_at.isoformat()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        _annotations = d.get("annotations", UNSET)
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]

        dataset_example = cls(
            created_at,
            id,
            updated_at,
            annotations,
        )

        if not d.keys() <= _FIELDS:
            dataset_example.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_example

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
