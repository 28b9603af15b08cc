from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_template import EvaluatorTemplate


T = TypeVar("T", bound="ListEvaluatorTemplatesResponse")
_FIELDS = frozenset(
    {
        "evaluator_templates",
    }
)


@_attrs_define
class ListEvaluatorTemplatesResponse:
    """ListEvaluatorTemplatesResponse

    Attributes:
        evaluator_templates (list[EvaluatorTemplate] | Unset): Every built-in template, ordered by category as the
            product presents them (response quality, code quality, trajectory, RAG, security, session).
    """

    evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        evaluator_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluator_templates, Unset):
            evaluator_templates = []
            for evaluator_templates_item_data in self.evaluator_templates:
                evaluator_templates_item = evaluator_templates_item_data.to_dict()
                evaluator_templates.append(evaluator_templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluator_templates is not UNSET:
            field_dict["evaluator_templates"] = evaluator_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _evaluator_templates = d.get("evaluator_templates", UNSET)
        evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
        if _evaluator_templates is not UNSET:
            evaluator_templates = [
                EvaluatorTemplate.from_dict(evaluator_templates_item_data)
                for evaluator_templates_item_data in _evaluator_templates
            ]

        list_evaluator_templates_response = cls(
            evaluator_templates,
        )

        if not d.keys() <= _FIELDS:
            list_evaluator_templates_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return list_evaluator_templates_response

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
    global _LAZY_PENDING, EvaluatorTemplate
    from ..models.evaluator_template import EvaluatorTemplate  # noqa: PLC0415

    _LAZY_PENDING = False
