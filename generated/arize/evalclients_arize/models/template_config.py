from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.data_granularity import DataGranularity, check_data_granularity
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_llm_config import EvaluatorLlmConfig
    from ..models.template_config_classification_choices_type_0 import (
        TemplateConfigClassificationChoicesType0,
    )


T = TypeVar("T", bound="TemplateConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "classification_choices",
        "data_granularity",
        "direction",
        "include_explanations",
        "llm_config",
        "name",
        "template",
        "use_function_calling",
        "use_structured_output",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("classification_choices", "_classification_choices_slot", False, 1, ""),
    (
        "data_granularity",
        "data_granularity",
        False,
        0,
        "_data_granularity = _j_data_granularity\ndata_granularity = _data_granularity if _data_granularity is None or _data_granularity is UNSET else _parse_data_granularity(_data_granularity)",
    ),
    (
        "direction",
        "direction",
        False,
        0,
        "_direction = _j_direction\ndirection: OptimizationDirection | Unset\nif _direction is UNSET:\n    direction = UNSET\nelse:\n    direction = check_optimization_direction(_direction)",
    ),
    (
        "include_explanations",
        "include_explanations",
        False,
        0,
        "include_explanations = _j_include_explanations\nif not (type(include_explanations) is bool or include_explanations is UNSET):\n    raise TypeError",
    ),
    ("llm_config", "_llm_config_slot", False, 2, ""),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "template",
        "template",
        False,
        0,
        "template = _j_template\nif not (type(template) is str or template is UNSET):\n    raise TypeError",
    ),
    (
        "use_function_calling",
        "use_function_calling",
        False,
        0,
        "use_function_calling = _j_use_function_calling\nif not (type(use_function_calling) is bool or use_function_calling is UNSET):\n    raise TypeError",
    ),
    (
        "use_structured_output",
        "use_structured_output",
        False,
        0,
        "use_structured_output = _j_use_structured_output\nif not (type(use_structured_output) is bool or use_structured_output is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class TemplateConfig:
    """TemplateConfig

    Attributes:
        classification_choices (None | TemplateConfigClassificationChoicesType0 | Unset): Map of choice label to numeric
            score (e.g. {"relevant": 1, "irrelevant": 0}). Null for legacy freeform evaluators that predate required
            choices.
        data_granularity (DataGranularity | None | Unset): Data granularity level. Null for legacy evaluators with no
            stored granularity.
        direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when omitted. -
            MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores are
            neither better nor worse
        include_explanations (bool | Unset): Whether to include explanations in the evaluation output
        llm_config (EvaluatorLlmConfig | Unset): EvaluatorLlmConfig
        name (str | Unset): Eval column name. Must match ^[a-zA-Z0-9_\\s\\-&()]+$
        template (str | Unset): The prompt template with variable placeholders
        use_function_calling (bool | Unset): Whether to use function calling if the model supports it.
        use_structured_output (bool | Unset): Whether to use structured output if the model supports it Default: True.
    """

    classification_choices: None | TemplateConfigClassificationChoicesType0 | Unset = UNSET
    data_granularity: DataGranularity | None | Unset = UNSET
    direction: OptimizationDirection | Unset = UNSET
    include_explanations: bool | Unset = UNSET
    llm_config: EvaluatorLlmConfig | Unset = UNSET
    name: str | Unset = UNSET
    template: str | Unset = UNSET
    use_function_calling: bool | Unset = UNSET
    use_structured_output: bool | Unset = True
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
            classification_choices: dict[str, Any] | None | Unset
            if isinstance(self.classification_choices, Unset):
                classification_choices = UNSET
            elif isinstance(self.classification_choices, TemplateConfigClassificationChoicesType0):
                classification_choices = self.classification_choices.to_dict()
            else:
                classification_choices = self.classification_choices
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            classification_choices = _as_json(self.classification_choices)

        try:
            data_granularity: None | str | Unset
            if isinstance(self.data_granularity, Unset):
                data_granularity = UNSET
            elif isinstance(self.data_granularity, str):
                data_granularity = self.data_granularity
            else:
                data_granularity = self.data_granularity
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_granularity = _as_json(self.data_granularity)

        try:
            direction: str | Unset = UNSET
            if not isinstance(self.direction, Unset):
                direction = self.direction

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            direction = _as_json(self.direction)

        include_explanations = self.include_explanations

        try:
            llm_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.llm_config, Unset):
                llm_config = self.llm_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            llm_config = _as_json(self.llm_config)

        name = self.name

        template = self.template

        use_function_calling = self.use_function_calling

        use_structured_output = self.use_structured_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if direction is not UNSET:
            field_dict["direction"] = direction
        if include_explanations is not UNSET:
            field_dict["include_explanations"] = include_explanations
        if llm_config is not UNSET:
            field_dict["llm_config"] = llm_config
        if name is not UNSET:
            field_dict["name"] = name
        if template is not UNSET:
            field_dict["template"] = template
        if use_function_calling is not UNSET:
            field_dict["use_function_calling"] = use_function_calling
        if use_structured_output is not UNSET:
            field_dict["use_structured_output"] = use_structured_output

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
        _classification_choices_raw = d.get("classification_choices", UNSET)
        if _classification_choices_raw is UNSET:
            classification_choices = UNSET
        elif not _strict:
            classification_choices = _classification_choices_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _classification_choices = d.get("classification_choices", UNSET)
                classification_choices = (
                    _classification_choices
                    if _classification_choices is None or _classification_choices is UNSET
                    else _parse_classification_choices(_classification_choices)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                classification_choices, _drifted = _keep(
                    cls,
                    d,
                    "classification_choices",
                    "None | TemplateConfigClassificationChoicesType0",
                    "union",
                    _drifted,
                )

        try:
            _data_granularity = d.get("data_granularity", UNSET)
            data_granularity = (
                _data_granularity
                if _data_granularity is None or _data_granularity is UNSET
                else _parse_data_granularity(_data_granularity)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_granularity, _drifted = _keep(
                cls, d, "data_granularity", "DataGranularity | None", "union", _drifted
            )

        try:
            _direction = d.get("direction", UNSET)
            direction: OptimizationDirection | Unset
            if _direction is UNSET:
                direction = UNSET
            else:
                direction = check_optimization_direction(_direction)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            direction, _drifted = _keep(
                cls, d, "direction", "one of MAXIMIZE, MINIMIZE, NONE", "enum", _drifted
            )

        try:
            include_explanations = d.get("include_explanations", UNSET)
            if not (type(include_explanations) is bool or include_explanations is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            include_explanations, _drifted = _keep(
                cls, d, "include_explanations", "bool", "type", _drifted
            )

        _llm_config_raw = d.get("llm_config", UNSET)
        if _llm_config_raw is UNSET:
            llm_config = UNSET
        elif not _strict:
            llm_config = _llm_config_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _llm_config = d.get("llm_config", UNSET)
                llm_config: EvaluatorLlmConfig | Unset
                if _llm_config is UNSET:
                    llm_config = UNSET
                else:
                    llm_config = EvaluatorLlmConfig.from_dict(_llm_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                llm_config, _drifted = _keep(
                    cls, d, "llm_config", "EvaluatorLlmConfig", "type", _drifted
                )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            template = d.get("template", UNSET)
            if not (type(template) is str or template is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            template, _drifted = _keep(cls, d, "template", "str", "type", _drifted)

        try:
            use_function_calling = d.get("use_function_calling", UNSET)
            if not (type(use_function_calling) is bool or use_function_calling is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            use_function_calling, _drifted = _keep(
                cls, d, "use_function_calling", "bool", "type", _drifted
            )

        try:
            use_structured_output = d.get("use_structured_output", UNSET)
            if not (type(use_structured_output) is bool or use_structured_output is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            use_structured_output, _drifted = _keep(
                cls, d, "use_structured_output", "bool", "type", _drifted
            )

        _template_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _template_config_._classification_choices_slot = classification_choices  # type: ignore[attr-defined]
        _template_config_.data_granularity = data_granularity
        _template_config_.direction = direction
        _template_config_.include_explanations = include_explanations
        _template_config_._llm_config_slot = llm_config  # type: ignore[attr-defined]
        _template_config_.name = name
        _template_config_.template = template
        _template_config_.use_function_calling = use_function_calling
        _template_config_.use_structured_output = use_structured_output
        _template_config_.additional_properties = {}
        _template_config_._pending = _pending

        if _extra:
            _template_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_template_config_, _drifted)
        return _template_config_

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


def _parse_classification_choices(
    data: object,
) -> None | TemplateConfigClassificationChoicesType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        classification_choices_type_0 = TemplateConfigClassificationChoicesType0.from_dict(data)

        return classification_choices_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_data_granularity(data: object) -> DataGranularity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_granularity_type_0 = check_data_granularity(data)

        return data_granularity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_classification_choices(self: TemplateConfig, raw: Any) -> Any:
    """``classification_choices`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _classification_choices = raw
        classification_choices = (
            _classification_choices
            if _classification_choices is None or _classification_choices is UNSET
            else _parse_classification_choices(_classification_choices)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        classification_choices, _drifted = _keep(
            type(self),
            {"classification_choices": raw},
            "classification_choices",
            "None | TemplateConfigClassificationChoicesType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return classification_choices


_lazy(TemplateConfig, "classification_choices", 1, _decode_classification_choices)


def _decode_llm_config(self: TemplateConfig, raw: Any) -> Any:
    """``llm_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _llm_config = raw
        llm_config: EvaluatorLlmConfig | Unset
        if _llm_config is UNSET:
            llm_config = UNSET
        else:
            llm_config = EvaluatorLlmConfig.from_dict(_llm_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        llm_config, _drifted = _keep(
            type(self), {"llm_config": raw}, "llm_config", "EvaluatorLlmConfig", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return llm_config


_lazy(TemplateConfig, "llm_config", 2, _decode_llm_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorLlmConfig, TemplateConfigClassificationChoicesType0
    from ..models.evaluator_llm_config import EvaluatorLlmConfig  # noqa: PLC0415
    from ..models.template_config_classification_choices_type_0 import (
        TemplateConfigClassificationChoicesType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
