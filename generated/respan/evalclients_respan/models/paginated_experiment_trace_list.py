from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_trace import ExperimentTrace


T = TypeVar("T", bound="PaginatedExperimentTraceList")
_FIELDS = frozenset(
    {
        "results",
        "count",
        "next",
        "previous",
    }
)


@_attrs_define
class PaginatedExperimentTraceList:
    """A page of experiment traces: {count, results} in the docs example of "Filter experiment traces"; next and previous
    as in respan-sdk's PaginatedResponseType {results, count, next, previous}.

        Attributes:
            results (list[ExperimentTrace]):
            count (int | Unset): Total number of traces that match.
            next_ (None | str | Unset): URL of the next page, or null.
            previous (None | str | Unset): URL of the previous page, or null.
    """

    results: list[ExperimentTrace]
    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        results = [
            ExperimentTrace.from_dict(results_item_data) for results_item_data in d["results"]
        ]

        count = d.get("count", UNSET)

        next_: None | str | Unset = d.get("next", UNSET)

        previous: None | str | Unset = d.get("previous", UNSET)

        paginated_experiment_trace_list = cls(
            results,
            count,
            next_,
            previous,
        )

        if not d.keys() <= _FIELDS:
            paginated_experiment_trace_list.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return paginated_experiment_trace_list

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
    global _LAZY_PENDING, ExperimentTrace
    from ..models.experiment_trace import ExperimentTrace  # noqa: PLC0415

    _LAZY_PENDING = False
