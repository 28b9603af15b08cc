from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExperimentRunsRequest")
_FIELDS = frozenset(
    {
        "cursor",
        "filter",
        "limit",
    }
)


@_attrs_define
class SearchExperimentRunsRequest:
    """Optional criteria for searching an experiment's runs. Omit all fields to return the first page of runs in stable
    `id` ascending order. Keep the filter unchanged when using a returned cursor to fetch the next page.  Filters use
    the same SQL-like language as span search. Supported column families include unprefixed `id`, `output`, and
    `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`, `eval.<name>.explanation`, and
    `eval.<name>.metadata.*`; and `annotation.<name>.*` when present in the run schema. A present empty or whitespace-
    only filter is invalid.

        Attributes:
            cursor (str | Unset): Opaque cursor from `pagination.next_cursor`. Omit to start at the first page; keep the
                filter unchanged while paging.
            filter_ (str | Unset): SQL-like filter expression. Omit to search all runs; an empty or whitespace-only value is
                invalid.
            limit (int | Unset): Maximum number of runs to return. Defaults to 50 and must be between 1 and 500.
    """

    cursor: str | Unset = UNSET
    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        filter_ = self.filter_

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cursor = d.get("cursor", UNSET)

        filter_ = d.get("filter", UNSET)

        limit = d.get("limit", UNSET)

        search_experiment_runs_request = cls(
            cursor,
            filter_,
            limit,
        )

        if not d.keys() <= _FIELDS:
            search_experiment_runs_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return search_experiment_runs_request

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
