from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.evaluator_arguments_type import EvaluatorArgumentsType, check_evaluator_arguments_type
from ..models.evaluator_return_type_enum import (
    EvaluatorReturnTypeEnum,
    check_evaluator_return_type_enum,
)
from ..models.llm_evaluator_request_evaluator_type import (
    LLMEvaluatorRequestEvaluatorType,
    check_llm_evaluator_request_evaluator_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_evaluator_request_attributes import LLMEvaluatorRequestAttributes
    from ..models.prompt_kernel_request import PromptKernelRequest


T = TypeVar("T", bound="LLMEvaluatorRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "arguments_type",
        "return_type",
        "attributes",
        "evaluator_type",
        "prompt",
    }
)


@_attrs_define
class LLMEvaluatorRequest:
    """
    Attributes:
        arguments_type (EvaluatorArgumentsType): Enum representing the possible argument types of an evaluator.
        return_type (EvaluatorReturnTypeEnum): Enum representing the possible return types of an evaluator.
        attributes (LLMEvaluatorRequestAttributes | Unset): Additional fields to describe the Evaluator. Helpful to
            separate Evaluator versions from each other with details on how they were created or used.
        evaluator_type (LLMEvaluatorRequestEvaluatorType | Unset): The type of the evaluator. Default: 'llm'.
        prompt (PromptKernelRequest | Unset):
    """

    arguments_type: EvaluatorArgumentsType | Unset
    return_type: EvaluatorReturnTypeEnum | Unset
    attributes: LLMEvaluatorRequestAttributes | Unset = UNSET
    evaluator_type: LLMEvaluatorRequestEvaluatorType | Unset = "llm"
    prompt: PromptKernelRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            arguments_type: str = self.arguments_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            arguments_type = _as_json(self.arguments_type)

        try:
            return_type: str = self.return_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            return_type = _as_json(self.return_type)

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        try:
            evaluator_type: str | Unset = UNSET
            if not isinstance(self.evaluator_type, Unset):
                evaluator_type = self.evaluator_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_type = _as_json(self.evaluator_type)

        try:
            prompt: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt, Unset):
                prompt = self.prompt.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            prompt = _as_json(self.prompt)

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            arguments_type = check_evaluator_arguments_type(d["arguments_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            arguments_type, _drifted = _keep(
                cls, d, "arguments_type", "one of target_free, target_required", "enum", _drifted
            )

        try:
            return_type = check_evaluator_return_type_enum(d["return_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            return_type, _drifted = _keep(
                cls,
                d,
                "return_type",
                "one of boolean, multi_select, number, select, text",
                "enum",
                _drifted,
            )

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: LLMEvaluatorRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = LLMEvaluatorRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "LLMEvaluatorRequestAttributes", "type", _drifted
                )

        try:
            _evaluator_type = d.get("evaluator_type", UNSET)
            evaluator_type: LLMEvaluatorRequestEvaluatorType | Unset
            if _evaluator_type is UNSET:
                evaluator_type = UNSET
            else:
                evaluator_type = check_llm_evaluator_request_evaluator_type(_evaluator_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_type, _drifted = _keep(
                cls, d, "evaluator_type", "one of llm", "enum", _drifted
            )

        _prompt_raw = d.get("prompt", UNSET)
        if _prompt_raw is UNSET:
            prompt = UNSET
        elif not _strict:
            prompt = _prompt_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _prompt = d.get("prompt", UNSET)
                prompt: PromptKernelRequest | Unset
                if _prompt is UNSET:
                    prompt = UNSET
                else:
                    prompt = PromptKernelRequest.from_dict(_prompt)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                prompt, _drifted = _keep(cls, d, "prompt", "PromptKernelRequest", "type", _drifted)

        _llm_evaluator_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _llm_evaluator_request_.arguments_type = arguments_type
        _llm_evaluator_request_.return_type = return_type
        _llm_evaluator_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _llm_evaluator_request_.evaluator_type = evaluator_type
        _llm_evaluator_request_._prompt_slot = prompt  # type: ignore[attr-defined]
        _llm_evaluator_request_.additional_properties = {}
        _llm_evaluator_request_._pending = _pending

        if _extra:
            _llm_evaluator_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_llm_evaluator_request_, _drifted)
        return _llm_evaluator_request_

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


def _decode_attributes(self: LLMEvaluatorRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: LLMEvaluatorRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = LLMEvaluatorRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "LLMEvaluatorRequestAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(LLMEvaluatorRequest, "attributes", 1, _decode_attributes)


def _decode_prompt(self: LLMEvaluatorRequest, raw: Any) -> Any:
    """``prompt`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _prompt = raw
        prompt: PromptKernelRequest | Unset
        if _prompt is UNSET:
            prompt = UNSET
        else:
            prompt = PromptKernelRequest.from_dict(_prompt)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        prompt, _drifted = _keep(
            type(self), {"prompt": raw}, "prompt", "PromptKernelRequest", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return prompt


_lazy(LLMEvaluatorRequest, "prompt", 2, _decode_prompt)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, LLMEvaluatorRequestAttributes, PromptKernelRequest
    from ..models.llm_evaluator_request_attributes import LLMEvaluatorRequestAttributes  # noqa: PLC0415
    from ..models.prompt_kernel_request import PromptKernelRequest  # noqa: PLC0415

    _LAZY_PENDING = False
