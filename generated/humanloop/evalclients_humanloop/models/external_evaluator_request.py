from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_arguments_type import EvaluatorArgumentsType, check_evaluator_arguments_type
from ..models.evaluator_return_type_enum import (
    EvaluatorReturnTypeEnum,
    check_evaluator_return_type_enum,
)
from ..models.external_evaluator_request_evaluator_type import (
    ExternalEvaluatorRequestEvaluatorType,
    check_external_evaluator_request_evaluator_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_evaluator_request_attributes import ExternalEvaluatorRequestAttributes


T = TypeVar("T", bound="ExternalEvaluatorRequest")
_FIELDS = frozenset(
    {
        "arguments_type",
        "return_type",
        "attributes",
        "evaluator_type",
    }
)


@_attrs_define
class ExternalEvaluatorRequest:
    """
    Attributes:
        arguments_type (EvaluatorArgumentsType): Enum representing the possible argument types of an evaluator.
        return_type (EvaluatorReturnTypeEnum): Enum representing the possible return types of an evaluator.
        attributes (ExternalEvaluatorRequestAttributes | Unset): Additional fields to describe the Evaluator. Helpful to
            separate Evaluator versions from each other with details on how they were created or used.
        evaluator_type (ExternalEvaluatorRequestEvaluatorType | Unset): The type of the evaluator. Default: 'external'.
    """

    arguments_type: EvaluatorArgumentsType
    return_type: EvaluatorReturnTypeEnum
    attributes: ExternalEvaluatorRequestAttributes | Unset = UNSET
    evaluator_type: ExternalEvaluatorRequestEvaluatorType | Unset = "external"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        arguments_type: str = self.arguments_type

        return_type: str = self.return_type

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        evaluator_type: str | Unset = UNSET
        if not isinstance(self.evaluator_type, Unset):
            evaluator_type = self.evaluator_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments_type": arguments_type,
                "return_type": return_type,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if evaluator_type is not UNSET:
            field_dict["evaluator_type"] = evaluator_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        arguments_type = check_evaluator_arguments_type(d["arguments_type"])

        return_type = check_evaluator_return_type_enum(d["return_type"])

        _attributes = d.get("attributes", UNSET)
        attributes: ExternalEvaluatorRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = ExternalEvaluatorRequestAttributes.from_dict(_attributes)

        _evaluator_type = d.get("evaluator_type", UNSET)
        evaluator_type: ExternalEvaluatorRequestEvaluatorType | Unset
        if _evaluator_type is UNSET:
            evaluator_type = UNSET
        else:
            evaluator_type = check_external_evaluator_request_evaluator_type(_evaluator_type)

        external_evaluator_request = cls(
            arguments_type,
            return_type,
            attributes,
            evaluator_type,
        )

        if not d.keys() <= _FIELDS:
            external_evaluator_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return external_evaluator_request

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
    global _LAZY_PENDING, ExternalEvaluatorRequestAttributes
    from ..models.external_evaluator_request_attributes import ExternalEvaluatorRequestAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
