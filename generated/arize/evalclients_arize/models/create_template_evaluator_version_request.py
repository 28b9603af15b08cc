from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.template_config_input import TemplateConfigInput


T = TypeVar("T", bound="CreateTemplateEvaluatorVersionRequest")
_FIELDS = frozenset(
    {
        "commit_message",
        "template_config",
    }
)


@_attrs_define
class CreateTemplateEvaluatorVersionRequest:
    """CreateTemplateEvaluatorVersionRequest

    Attributes:
        commit_message (str): Commit message describing the changes
        template_config (TemplateConfigInput): TemplateConfigInput
    """

    commit_message: str
    template_config: TemplateConfigInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        commit_message = self.commit_message

        template_config = self.template_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "template_config": template_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        commit_message = d["commit_message"]

        template_config = TemplateConfigInput.from_dict(d["template_config"])

        create_template_evaluator_version_request = cls(
            commit_message,
            template_config,
        )

        if not d.keys() <= _FIELDS:
            create_template_evaluator_version_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_template_evaluator_version_request

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
    global _LAZY_PENDING, TemplateConfigInput
    from ..models.template_config_input import TemplateConfigInput  # noqa: PLC0415

    _LAZY_PENDING = False
