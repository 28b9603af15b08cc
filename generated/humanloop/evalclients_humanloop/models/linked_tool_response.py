from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linked_tool_response_tool_parameters import LinkedToolResponseToolParameters


T = TypeVar("T", bound="LinkedToolResponse")
_FIELDS = frozenset(
    {
        "description",
        "id",
        "name",
        "version_id",
        "parameters",
        "strict",
    }
)


@_attrs_define
class LinkedToolResponse:
    """
    Attributes:
        description (str): Description of the tool referenced by the model
        id (str): Unique identifier for the Tool linked.
        name (str): Name for the tool referenced by the model.
        version_id (str): Unique identifier for the Tool Version linked.
        parameters (LinkedToolResponseToolParameters | Unset): Parameters needed to run the Tool, defined in JSON Schema
            format: https://json-schema.org/
        strict (bool | Unset): If true, forces the model to output json data in the structure of the parameters schema.
            Default: False.
    """

    description: str
    id: str
    name: str
    version_id: str
    parameters: LinkedToolResponseToolParameters | Unset = UNSET
    strict: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        description = self.description

        id = self.id

        name = self.name

        version_id = self.version_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "version_id": version_id,
            }
        )
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
        description = d["description"]

        id = d["id"]

        name = d["name"]

        version_id = d["version_id"]

        _parameters = d.get("parameters", UNSET)
        parameters: LinkedToolResponseToolParameters | Unset
        if _parameters is UNSET:
            parameters = UNSET
        else:
            parameters = LinkedToolResponseToolParameters.from_dict(_parameters)

        strict = d.get("strict", UNSET)

        linked_tool_response = cls(
            description,
            id,
            name,
            version_id,
            parameters,
            strict,
        )

        if not d.keys() <= _FIELDS:
            linked_tool_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return linked_tool_response

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, LinkedToolResponseToolParameters
    from ..models.linked_tool_response_tool_parameters import LinkedToolResponseToolParameters  # noqa: PLC0415

    _LAZY_PENDING = False
