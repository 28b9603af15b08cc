from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_response_format_json_schema_definition_schema import (
        PromptResponseFormatJSONSchemaDefinitionSchema,
    )


T = TypeVar("T", bound="PromptResponseFormatJSONSchemaDefinition")


@_attrs_define
class PromptResponseFormatJSONSchemaDefinition:
    """
    Attributes:
        name (str):
        description (str | Unset):
        schema (PromptResponseFormatJSONSchemaDefinitionSchema | Unset):
        strict (bool | Unset):
    """

    name: str
    description: str | Unset = UNSET
    schema: PromptResponseFormatJSONSchemaDefinitionSchema | Unset = UNSET
    strict: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        name = d["name"]

        description = d.get("description", UNSET)

        _schema = d.get("schema", UNSET)
        schema: PromptResponseFormatJSONSchemaDefinitionSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            schema = PromptResponseFormatJSONSchemaDefinitionSchema.from_dict(_schema)

        strict = d.get("strict", UNSET)

        prompt_response_format_json_schema_definition = cls(
            name,
            description,
            schema,
            strict,
        )

        return prompt_response_format_json_schema_definition


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptResponseFormatJSONSchemaDefinitionSchema
    from ..models.prompt_response_format_json_schema_definition_schema import (
        PromptResponseFormatJSONSchemaDefinitionSchema,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
