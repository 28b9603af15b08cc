from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaygroundBuiltinModelUIContext")


@_attrs_define
class PlaygroundBuiltinModelUIContext:
    """
    Attributes:
        model_name (str):
        provider (str):
        type_ (Literal['builtin'] | Unset):  Default: 'builtin'.
    """

    model_name: str
    provider: str
    type_: Literal["builtin"] | Unset = "builtin"

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        provider = self.provider

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "modelName": model_name,
                "provider": provider,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("modelName")

        provider = d.pop("provider")

        type_ = cast(Literal["builtin"] | Unset, d.pop("type", UNSET))
        if type_ != "builtin" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'builtin', got '{type_}'")

        playground_builtin_model_ui_context = cls(
            model_name=model_name,
            provider=provider,
            type_=type_,
        )

        return playground_builtin_model_ui_context
