from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchDatasetExamplesRequest")
_FIELDS = frozenset(
    {
        "cursor",
        "dataset_version_id",
        "filter",
        "limit",
    }
)


@_attrs_define
class SearchDatasetExamplesRequest:
    """Optional criteria for searching a dataset's examples. Omit all fields to return the first page of examples in
    ascending order of `created_at`, with `id` as a tiebreaker. Keep the filter unchanged when using a returned cursor
    to fetch the next page.  Filters use the same SQL-like language as span search. Supported column families include
    unprefixed example columns, `id`, and `annotation.<name>.*` when present in the example schema. A present empty or
    whitespace-only filter is invalid.

        Attributes:
            cursor (str | Unset): Opaque cursor from `pagination.next_cursor`. Omit to start at the first page; keep the
                filter unchanged while paging.
            dataset_version_id (str | Unset): Unique identifier of the dataset version to search. If omitted, the latest
                version is selected.
            filter_ (str | Unset): SQL-like filter expression. Omit to search all examples; an empty or whitespace-only
                value is invalid.
            limit (int | Unset): Maximum number of examples to return. Defaults to 50 and must be between 1 and 500.
    """

    cursor: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        dataset_version_id = self.dataset_version_id

        filter_ = self.filter_

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cursor = d.get("cursor", UNSET)

        dataset_version_id = d.get("dataset_version_id", UNSET)

        filter_ = d.get("filter", UNSET)

        limit = d.get("limit", UNSET)

        search_dataset_examples_request = cls(
            cursor,
            dataset_version_id,
            filter_,
            limit,
        )

        if not d.keys() <= _FIELDS:
            search_dataset_examples_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return search_dataset_examples_request

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
