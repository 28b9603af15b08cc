from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddLogsToRunRequest")
_FIELDS = frozenset(
    {
        "log_ids",
    }
)


@_attrs_define
class AddLogsToRunRequest:
    """Body of POST /evaluations/{id}/runs/{run_id}/logs.

    Attributes:
        log_ids (list[str]): Ids of the Logs to add to the Run.
    """

    log_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_ids = self.log_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_ids": log_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        log_ids: list[str] = d["log_ids"]

        add_logs_to_run_request = cls(
            log_ids,
        )

        if not d.keys() <= _FIELDS:
            add_logs_to_run_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return add_logs_to_run_request

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
