from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_version_create_request import PromptVersionCreateRequest


T = TypeVar("T", bound="CreatePromptRequest")
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "version",
        "description",
    }
)


@_attrs_define
class CreatePromptRequest:
    """Prompt creation parameters with an initial version.

    Attributes:
        name (str): Name of the prompt (must be unique within the space)
        space_id (str): ID of the space to create the prompt in
        version (PromptVersionCreateRequest): Initial version configuration for a new prompt
        description (str | Unset): Description of the prompt. Optional. If omitted, the prompt has no description.
    """

    name: str
    space_id: str
    version: PromptVersionCreateRequest
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        name = self.name

        space_id = self.space_id

        version = self.version.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        name = d["name"]

        space_id = d["space_id"]

        version = PromptVersionCreateRequest.from_dict(d["version"])

        description = d.get("description", UNSET)

        create_prompt_request = cls(
            name,
            space_id,
            version,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_prompt_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_prompt_request

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
    global _LAZY_PENDING, PromptVersionCreateRequest
    from ..models.prompt_version_create_request import PromptVersionCreateRequest  # noqa: PLC0415

    _LAZY_PENDING = False
