from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptStringTemplate")


@_attrs_define
class PromptStringTemplate:
    """
    Attributes:
        template (str):
        type_ (Literal['string']):
    """

    template: str
    type_: Literal["string"]

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template": template,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        template = d["template"]

        type_ = cast(Literal["string"], d["type"])
        if type_ != "string":
            raise ValueError(f"type must match const 'string', got '{type_}'")

        prompt_string_template = cls(
            template,
            type_,
        )

        return prompt_string_template
