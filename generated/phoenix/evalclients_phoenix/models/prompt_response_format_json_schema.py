from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_response_format_json_schema_definition import (
        PromptResponseFormatJSONSchemaDefinition,
    )


T = TypeVar("T", bound="PromptResponseFormatJSONSchema")


@_attrs_define
class PromptResponseFormatJSONSchema:
    """
    Attributes:
        json_schema (PromptResponseFormatJSONSchemaDefinition):
        type_ (Literal['json_schema']):
    """

    json_schema: PromptResponseFormatJSONSchemaDefinition
    type_: Literal["json_schema"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        json_schema = self.json_schema.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "json_schema": json_schema,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        json_schema = PromptResponseFormatJSONSchemaDefinition.from_dict(d["json_schema"])

        type_ = cast(Literal["json_schema"], d["type"])
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        prompt_response_format_json_schema = cls(
            json_schema,
            type_,
        )

        return prompt_response_format_json_schema


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptResponseFormatJSONSchemaDefinition
    from ..models.prompt_response_format_json_schema_definition import (
        PromptResponseFormatJSONSchemaDefinition,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
