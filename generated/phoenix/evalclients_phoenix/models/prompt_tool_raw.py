from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_tool_raw_raw import PromptToolRawRaw


T = TypeVar("T", bound="PromptToolRaw")


@_attrs_define
class PromptToolRaw:
    """
    Attributes:
        raw (PromptToolRawRaw):
        type_ (Literal['raw']):
    """

    raw: PromptToolRawRaw
    type_: Literal["raw"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        raw = self.raw.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "raw": raw,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        raw = PromptToolRawRaw.from_dict(d["raw"])

        type_ = cast(Literal["raw"], d["type"])
        if type_ != "raw":
            raise ValueError(f"type must match const 'raw', got '{type_}'")

        prompt_tool_raw = cls(
            raw,
            type_,
        )

        return prompt_tool_raw


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptToolRawRaw
    from ..models.prompt_tool_raw_raw import PromptToolRawRaw  # noqa: PLC0415

    _LAZY_PENDING = False
