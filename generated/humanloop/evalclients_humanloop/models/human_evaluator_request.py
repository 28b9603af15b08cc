from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.evaluator_arguments_type import EvaluatorArgumentsType, check_evaluator_arguments_type
from ..models.human_evaluator_request_evaluator_type import (
    HumanEvaluatorRequestEvaluatorType,
    check_human_evaluator_request_evaluator_type,
)
from ..models.human_evaluator_request_return_type import (
    HumanEvaluatorRequestReturnType,
    check_human_evaluator_request_return_type,
)
from ..models.valence import Valence, check_valence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_judgment_number_limit import EvaluatorJudgmentNumberLimit
    from ..models.evaluator_judgment_option_response import EvaluatorJudgmentOptionResponse
    from ..models.human_evaluator_request_attributes import HumanEvaluatorRequestAttributes


T = TypeVar("T", bound="HumanEvaluatorRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "arguments_type",
        "return_type",
        "attributes",
        "evaluator_type",
        "instructions",
        "number_limits",
        "number_valence",
        "options",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "arguments_type",
        "arguments_type",
        True,
        0,
        "arguments_type = check_evaluator_arguments_type(_j_arguments_type)",
    ),
    (
        "return_type",
        "return_type",
        True,
        0,
        "return_type = check_human_evaluator_request_return_type(_j_return_type)",
    ),
    ("attributes", "_attributes_slot", False, 1, ""),
    (
        "evaluator_type",
        "evaluator_type",
        False,
        0,
        "_evaluator_type = _j_evaluator_type\nevaluator_type: HumanEvaluatorRequestEvaluatorType | Unset\nif _evaluator_type is UNSET:\n    evaluator_type = UNSET\nelse:\n    evaluator_type = check_human_evaluator_request_evaluator_type(_evaluator_type)",
    ),
    (
        "instructions",
        "instructions",
        False,
        0,
        "instructions = _j_instructions\nif not (type(instructions) is str or instructions is UNSET):\n    raise TypeError",
    ),
    ("number_limits", "_number_limits_slot", False, 2, ""),
    (
        "number_valence",
        "number_valence",
        False,
        0,
        "_number_valence = _j_number_valence\nnumber_valence: Valence | Unset\nif _number_valence is UNSET:\n    number_valence = UNSET\nelse:\n    number_valence = check_valence(_number_valence)",
    ),
    ("options", "_options_slot", False, 4, ""),
)


@_attrs_define
class HumanEvaluatorRequest:
    """
    Attributes:
        arguments_type (EvaluatorArgumentsType): Enum representing the possible argument types of an evaluator.
        return_type (HumanEvaluatorRequestReturnType): The type of the return value of the Evaluator.
        attributes (HumanEvaluatorRequestAttributes | Unset): Additional fields to describe the Evaluator. Helpful to
            separate Evaluator versions from each other with details on how they were created or used.
        evaluator_type (HumanEvaluatorRequestEvaluatorType | Unset): The type of the evaluator. Default: 'human'.
        instructions (str | Unset): Instructions for the Human annotating the .
        number_limits (EvaluatorJudgmentNumberLimit | Unset):
        number_valence (Valence | Unset): An enumeration.
        options (list[EvaluatorJudgmentOptionResponse] | Unset): The options that the Human annotator can choose from.
    """

    arguments_type: EvaluatorArgumentsType | Unset
    return_type: HumanEvaluatorRequestReturnType | Unset
    attributes: HumanEvaluatorRequestAttributes | Unset = UNSET
    evaluator_type: HumanEvaluatorRequestEvaluatorType | Unset = "human"
    instructions: str | Unset = UNSET
    number_limits: EvaluatorJudgmentNumberLimit | Unset = UNSET
    number_valence: Valence | Unset = UNSET
    options: list[EvaluatorJudgmentOptionResponse] | Unset = UNSET
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

        instructions = self.instructions

        try:
            number_limits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.number_limits, Unset):
                number_limits = self.number_limits.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            number_limits = _as_json(self.number_limits)

        try:
            number_valence: str | Unset = UNSET
            if not isinstance(self.number_valence, Unset):
                number_valence = self.number_valence

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            number_valence = _as_json(self.number_valence)

        try:
            options: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = []
                for options_item_data in self.options:
                    options_item = options_item_data.to_dict()
                    options.append(options_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            options = _as_json(self.options)

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
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if number_limits is not UNSET:
            field_dict["number_limits"] = number_limits
        if number_valence is not UNSET:
            field_dict["number_valence"] = number_valence
        if options is not UNSET:
            field_dict["options"] = options

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
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
            return_type = check_human_evaluator_request_return_type(d["return_type"])
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
                attributes: HumanEvaluatorRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = HumanEvaluatorRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "HumanEvaluatorRequestAttributes", "type", _drifted
                )

        try:
            _evaluator_type = d.get("evaluator_type", UNSET)
            evaluator_type: HumanEvaluatorRequestEvaluatorType | Unset
            if _evaluator_type is UNSET:
                evaluator_type = UNSET
            else:
                evaluator_type = check_human_evaluator_request_evaluator_type(_evaluator_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_type, _drifted = _keep(
                cls, d, "evaluator_type", "one of human", "enum", _drifted
            )

        try:
            instructions = d.get("instructions", UNSET)
            if not (type(instructions) is str or instructions is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            instructions, _drifted = _keep(cls, d, "instructions", "str", "type", _drifted)

        _number_limits_raw = d.get("number_limits", UNSET)
        if _number_limits_raw is UNSET:
            number_limits = UNSET
        elif not _strict:
            number_limits = _number_limits_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _number_limits = d.get("number_limits", UNSET)
                number_limits: EvaluatorJudgmentNumberLimit | Unset
                if _number_limits is UNSET:
                    number_limits = UNSET
                else:
                    number_limits = EvaluatorJudgmentNumberLimit.from_dict(_number_limits)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                number_limits, _drifted = _keep(
                    cls, d, "number_limits", "EvaluatorJudgmentNumberLimit", "type", _drifted
                )

        try:
            _number_valence = d.get("number_valence", UNSET)
            number_valence: Valence | Unset
            if _number_valence is UNSET:
                number_valence = UNSET
            else:
                number_valence = check_valence(_number_valence)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            number_valence, _drifted = _keep(
                cls, d, "number_valence", "one of negative, neutral, positive", "enum", _drifted
            )

        _options_raw = d.get("options", UNSET)
        if _options_raw is UNSET:
            options = UNSET
        elif not _strict:
            options = _options_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _options = d.get("options", UNSET)
                options: list[EvaluatorJudgmentOptionResponse] | Unset = UNSET
                if _options is not UNSET:
                    options = [
                        EvaluatorJudgmentOptionResponse.from_dict(options_item_data)
                        for options_item_data in _options
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                options, _drifted = _keep_each(
                    cls,
                    d,
                    "options",
                    "list[EvaluatorJudgmentOptionResponse]",
                    "type",
                    lambda options_item_data: EvaluatorJudgmentOptionResponse.from_dict(
                        options_item_data
                    ),
                    _drifted,
                )

        _human_evaluator_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _human_evaluator_request_.arguments_type = arguments_type
        _human_evaluator_request_.return_type = return_type
        _human_evaluator_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _human_evaluator_request_.evaluator_type = evaluator_type
        _human_evaluator_request_.instructions = instructions
        _human_evaluator_request_._number_limits_slot = number_limits  # type: ignore[attr-defined]
        _human_evaluator_request_.number_valence = number_valence
        _human_evaluator_request_._options_slot = options  # type: ignore[attr-defined]
        _human_evaluator_request_.additional_properties = {}
        _human_evaluator_request_._pending = _pending

        if _extra:
            _human_evaluator_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_human_evaluator_request_, _drifted)
        return _human_evaluator_request_

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


def _decode_attributes(self: HumanEvaluatorRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: HumanEvaluatorRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = HumanEvaluatorRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "HumanEvaluatorRequestAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(HumanEvaluatorRequest, "attributes", 1, _decode_attributes)


def _decode_number_limits(self: HumanEvaluatorRequest, raw: Any) -> Any:
    """``number_limits`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _number_limits = raw
        number_limits: EvaluatorJudgmentNumberLimit | Unset
        if _number_limits is UNSET:
            number_limits = UNSET
        else:
            number_limits = EvaluatorJudgmentNumberLimit.from_dict(_number_limits)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        number_limits, _drifted = _keep(
            type(self),
            {"number_limits": raw},
            "number_limits",
            "EvaluatorJudgmentNumberLimit",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return number_limits


_lazy(HumanEvaluatorRequest, "number_limits", 2, _decode_number_limits)


def _decode_options(self: HumanEvaluatorRequest, raw: Any) -> Any:
    """``options`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _options = raw
        options: list[EvaluatorJudgmentOptionResponse] | Unset = UNSET
        if _options is not UNSET:
            options = [
                EvaluatorJudgmentOptionResponse.from_dict(options_item_data)
                for options_item_data in _options
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        options, _drifted = _keep_each(
            type(self),
            {"options": raw},
            "options",
            "list[EvaluatorJudgmentOptionResponse]",
            "type",
            lambda options_item_data: EvaluatorJudgmentOptionResponse.from_dict(options_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return options


_lazy(HumanEvaluatorRequest, "options", 4, _decode_options)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        EvaluatorJudgmentNumberLimit, \
        EvaluatorJudgmentOptionResponse, \
        HumanEvaluatorRequestAttributes
    from ..models.evaluator_judgment_number_limit import EvaluatorJudgmentNumberLimit  # noqa: PLC0415
    from ..models.evaluator_judgment_option_response import EvaluatorJudgmentOptionResponse  # noqa: PLC0415
    from ..models.human_evaluator_request_attributes import HumanEvaluatorRequestAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
