from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepStartUIPart")


@_attrs_define
class StepStartUIPart:
    """A step boundary part of a message.

    Attributes:
        type_ (Literal['step-start'] | Unset):  Default: 'step-start'.
    """

    type_: Literal["step-start"] | Unset = "step-start"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["step-start"] | Unset, d.pop("type", UNSET))
        if type_ != "step-start" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'step-start', got '{type_}'")

        step_start_ui_part = cls(
            type_=type_,
        )

        return step_start_ui_part
