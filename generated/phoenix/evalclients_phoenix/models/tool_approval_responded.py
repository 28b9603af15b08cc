from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolApprovalResponded")


@_attrs_define
class ToolApprovalResponded:
    """Tool approval in responded state (user has approved or denied).

    Attributes:
        approved (bool):
        id (str):
        reason (None | str | Unset):
    """

    approved: bool
    id: str
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approved": approved,
                "id": id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved = d.pop("approved")

        id = d.pop("id")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        tool_approval_responded = cls(
            approved=approved,
            id=id,
            reason=reason,
        )

        return tool_approval_responded
