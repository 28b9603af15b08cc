from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtlpStatus")


@_attrs_define
class OtlpStatus:
    """
    Attributes:
        code (int | None | Unset): The status code.
        message (None | str | Unset): A developer-facing human readable error message.
    """

    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code: int | None | Unset = d.get("code", UNSET)

        message: None | str | Unset = d.get("message", UNSET)

        otlp_status = cls(
            code,
            message,
        )

        return otlp_status
