from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotate_record_result import AnnotateRecordResult


T = TypeVar("T", bound="AnnotationBatchResult")
_FIELDS = frozenset(
    {
        "results",
    }
)


@_attrs_define
class AnnotationBatchResult:
    """Result of a batch annotation operation. Contains one result entry per annotated record.

    Attributes:
        results (list[AnnotateRecordResult] | Unset): Per-record annotation results, in the same order as the request.
    """

    results: list[AnnotateRecordResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _results = d.get("results", UNSET)
        results: list[AnnotateRecordResult] | Unset = UNSET
        if _results is not UNSET:
            results = [
                AnnotateRecordResult.from_dict(results_item_data) for results_item_data in _results
            ]

        annotation_batch_result = cls(
            results,
        )

        if not d.keys() <= _FIELDS:
            annotation_batch_result.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotation_batch_result

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
    global _LAZY_PENDING, AnnotateRecordResult
    from ..models.annotate_record_result import AnnotateRecordResult  # noqa: PLC0415

    _LAZY_PENDING = False
