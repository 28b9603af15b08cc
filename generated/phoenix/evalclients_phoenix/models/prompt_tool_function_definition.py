from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_tool_function_definition_parameters import (
        PromptToolFunctionDefinitionParameters,
    )


T = TypeVar("T", bound="PromptToolFunctionDefinition")


@_attrs_define
class PromptToolFunctionDefinition:
    """
    Attributes:
        name (str):
        description (str | Unset):
        parameters (PromptToolFunctionDefinitionParameters | Unset):
        strict (bool | Unset):
    """

    name: str
    description: str | Unset = UNSET
    parameters: PromptToolFunctionDefinitionParameters | Unset = UNSET
    strict: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
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

        _parameters = d.get("parameters", UNSET)
        parameters: PromptToolFunctionDefinitionParameters | Unset
        if _parameters is UNSET:
            parameters = UNSET
        else:
            parameters = PromptToolFunctionDefinitionParameters.from_dict(_parameters)

        strict = d.get("strict", UNSET)

        prompt_tool_function_definition = cls(
            name,
            description,
            parameters,
            strict,
        )

        return prompt_tool_function_definition


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptToolFunctionDefinitionParameters
    from ..models.prompt_tool_function_definition_parameters import (
        PromptToolFunctionDefinitionParameters,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
