from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.prompt_data import PromptData
    from ..models.prompt_version_data import PromptVersionData


T = TypeVar("T", bound="CreatePromptRequestBody")
_FIELDS = frozenset(
    {
        "prompt",
        "version",
    }
)


@_attrs_define
class CreatePromptRequestBody:
    """
    Attributes:
        prompt (PromptData):
        version (PromptVersionData):
    """

    prompt: PromptData
    version: PromptVersionData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        prompt = self.prompt.to_dict()

        version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        prompt = PromptData.from_dict(d["prompt"])

        version = PromptVersionData.from_dict(d["version"])

        create_prompt_request_body = cls(
            prompt,
            version,
        )

        if not d.keys() <= _FIELDS:
            create_prompt_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_prompt_request_body

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
    global _LAZY_PENDING, PromptData, PromptVersionData
    from ..models.prompt_data import PromptData  # noqa: PLC0415
    from ..models.prompt_version_data import PromptVersionData  # noqa: PLC0415

    _LAZY_PENDING = False
