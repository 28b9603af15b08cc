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
from ..models.template_evaluation_run_config_experiment_type import (
    TemplateEvaluationRunConfigExperimentType,
    check_template_evaluation_run_config_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )


T = TypeVar("T", bound="TemplateEvaluationRunConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "classification_choices",
        "column_mapping",
        "evaluator_version_id",
        "experiment_type",
        "invocation_parameters",
        "model_name",
        "provide_explanation",
        "provider_parameters",
        "template",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "ai_integration_id",
        "ai_integration_id",
        False,
        0,
        "ai_integration_id = _j_ai_integration_id\nif not (type(ai_integration_id) is str or ai_integration_id is UNSET):\n    raise TypeError",
    ),
    ("classification_choices", "_classification_choices_slot", False, 1, ""),
    ("column_mapping", "_column_mapping_slot", False, 2, ""),
    (
        "evaluator_version_id",
        "evaluator_version_id",
        False,
        0,
        "evaluator_version_id: None | str | Unset = _j_evaluator_version_id\n\nif not (evaluator_version_id is None or type(evaluator_version_id) is str or evaluator_version_id is UNSET):\n    raise TypeError",
    ),
    (
        "experiment_type",
        "experiment_type",
        False,
        0,
        "_experiment_type = _j_experiment_type\nexperiment_type: TemplateEvaluationRunConfigExperimentType | Unset\nif _experiment_type is UNSET:\n    experiment_type = UNSET\nelse:\n    experiment_type = check_template_evaluation_run_config_experiment_type(_experiment_type)",
    ),
    ("invocation_parameters", "_invocation_parameters_slot", False, 4, ""),
    (
        "model_name",
        "model_name",
        False,
        0,
        "model_name = _j_model_name\nif not (type(model_name) is str or model_name is UNSET):\n    raise TypeError",
    ),
    (
        "provide_explanation",
        "provide_explanation",
        False,
        0,
        "provide_explanation = _j_provide_explanation\nif not (type(provide_explanation) is bool or provide_explanation is UNSET):\n    raise TypeError",
    ),
    ("provider_parameters", "_provider_parameters_slot", False, 8, ""),
    (
        "template",
        "template",
        False,
        0,
        "template = _j_template\nif not (type(template) is str or template is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class TemplateEvaluationRunConfig:
    """Configuration for running a template-based LLM evaluator against each dataset example.

    Attributes:
        ai_integration_id (str | Unset): AI integration identifier (base64). The LLM that judges each example.
        classification_choices (TemplateEvaluationRunConfigClassificationChoices | Unset): Map of choice label to
            numeric score (e.g. `{"relevant": 1, "irrelevant": 0}`).
        column_mapping (TemplateEvaluationRunConfigColumnMapping | Unset): Maps template variable names to dataset
            column paths.
        evaluator_version_id (None | str | Unset): EvaluatorVersion identifier (base64). Links this run to an Eval Hub
            evaluator version.
        experiment_type (TemplateEvaluationRunConfigExperimentType | Unset): Discriminator. Must be
            `"TEMPLATE_EVALUATION"`.
        invocation_parameters (InvocationParams | Unset): Parameters for the LLM invocation
        model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
        provide_explanation (bool | Unset): Whether to ask the LLM to include a written explanation alongside the
            score/label.
        provider_parameters (TemplateEvaluationRunConfigProviderParameters | Unset): Provider-specific parameters.
            Defaults to `{}` (no overrides) if omitted.
        template (str | Unset): The evaluation prompt template. Use `{{variable}}` placeholders that map to dataset
            column paths via `column_mapping`.
    """

    ai_integration_id: str | Unset = UNSET
    classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset = UNSET
    column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    experiment_type: TemplateEvaluationRunConfigExperimentType | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    model_name: str | Unset = UNSET
    provide_explanation: bool | Unset = UNSET
    provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset = UNSET
    template: str | Unset = UNSET
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
        ai_integration_id = self.ai_integration_id

        try:
            classification_choices: dict[str, Any] | Unset = UNSET
            if not isinstance(self.classification_choices, Unset):
                classification_choices = self.classification_choices.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            classification_choices = _as_json(self.classification_choices)

        try:
            column_mapping: dict[str, Any] | Unset = UNSET
            if not isinstance(self.column_mapping, Unset):
                column_mapping = self.column_mapping.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_mapping = _as_json(self.column_mapping)

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        try:
            experiment_type: str | Unset = UNSET
            if not isinstance(self.experiment_type, Unset):
                experiment_type = self.experiment_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_type = _as_json(self.experiment_type)

        try:
            invocation_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invocation_parameters, Unset):
                invocation_parameters = self.invocation_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_parameters = _as_json(self.invocation_parameters)

        model_name = self.model_name

        provide_explanation = self.provide_explanation

        try:
            provider_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_parameters, Unset):
                provider_parameters = self.provider_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_parameters = _as_json(self.provider_parameters)

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_integration_id is not UNSET:
            field_dict["ai_integration_id"] = ai_integration_id
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if column_mapping is not UNSET:
            field_dict["column_mapping"] = column_mapping
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if experiment_type is not UNSET:
            field_dict["experiment_type"] = experiment_type
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if provide_explanation is not UNSET:
            field_dict["provide_explanation"] = provide_explanation
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters
        if template is not UNSET:
            field_dict["template"] = template

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
            ai_integration_id = d.get("ai_integration_id", UNSET)
            if not (type(ai_integration_id) is str or ai_integration_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ai_integration_id, _drifted = _keep(
                cls, d, "ai_integration_id", "str", "type", _drifted
            )

        _classification_choices_raw = d.get("classification_choices", UNSET)
        if _classification_choices_raw is UNSET:
            classification_choices = UNSET
        elif not _strict:
            classification_choices = _classification_choices_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _classification_choices = d.get("classification_choices", UNSET)
                classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset
                if _classification_choices is UNSET:
                    classification_choices = UNSET
                else:
                    classification_choices = (
                        TemplateEvaluationRunConfigClassificationChoices.from_dict(
                            _classification_choices
                        )
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                classification_choices, _drifted = _keep(
                    cls,
                    d,
                    "classification_choices",
                    "TemplateEvaluationRunConfigClassificationChoices",
                    "type",
                    _drifted,
                )

        _column_mapping_raw = d.get("column_mapping", UNSET)
        if _column_mapping_raw is UNSET:
            column_mapping = UNSET
        elif not _strict:
            column_mapping = _column_mapping_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _column_mapping = d.get("column_mapping", UNSET)
                column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset
                if _column_mapping is UNSET:
                    column_mapping = UNSET
                else:
                    column_mapping = TemplateEvaluationRunConfigColumnMapping.from_dict(
                        _column_mapping
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                column_mapping, _drifted = _keep(
                    cls,
                    d,
                    "column_mapping",
                    "TemplateEvaluationRunConfigColumnMapping",
                    "type",
                    _drifted,
                )

        try:
            evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

            if not (
                evaluator_version_id is None
                or type(evaluator_version_id) is str
                or evaluator_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluator_version_id, _drifted = _keep(
                cls, d, "evaluator_version_id", "None | str", "type", _drifted
            )

        try:
            _experiment_type = d.get("experiment_type", UNSET)
            experiment_type: TemplateEvaluationRunConfigExperimentType | Unset
            if _experiment_type is UNSET:
                experiment_type = UNSET
            else:
                experiment_type = check_template_evaluation_run_config_experiment_type(
                    _experiment_type
                )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_type, _drifted = _keep(
                cls, d, "experiment_type", "one of TEMPLATE_EVALUATION", "enum", _drifted
            )

        _invocation_parameters_raw = d.get("invocation_parameters", UNSET)
        if _invocation_parameters_raw is UNSET:
            invocation_parameters = UNSET
        elif not _strict:
            invocation_parameters = _invocation_parameters_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _invocation_parameters = d.get("invocation_parameters", UNSET)
                invocation_parameters: InvocationParams | Unset
                if _invocation_parameters is UNSET:
                    invocation_parameters = UNSET
                else:
                    invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_parameters, _drifted = _keep(
                    cls, d, "invocation_parameters", "InvocationParams", "type", _drifted
                )

        try:
            model_name = d.get("model_name", UNSET)
            if not (type(model_name) is str or model_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_name, _drifted = _keep(cls, d, "model_name", "str", "type", _drifted)

        try:
            provide_explanation = d.get("provide_explanation", UNSET)
            if not (type(provide_explanation) is bool or provide_explanation is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provide_explanation, _drifted = _keep(
                cls, d, "provide_explanation", "bool", "type", _drifted
            )

        _provider_parameters_raw = d.get("provider_parameters", UNSET)
        if _provider_parameters_raw is UNSET:
            provider_parameters = UNSET
        elif not _strict:
            provider_parameters = _provider_parameters_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _provider_parameters = d.get("provider_parameters", UNSET)
                provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset
                if _provider_parameters is UNSET:
                    provider_parameters = UNSET
                else:
                    provider_parameters = TemplateEvaluationRunConfigProviderParameters.from_dict(
                        _provider_parameters
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_parameters, _drifted = _keep(
                    cls,
                    d,
                    "provider_parameters",
                    "TemplateEvaluationRunConfigProviderParameters",
                    "type",
                    _drifted,
                )

        try:
            template = d.get("template", UNSET)
            if not (type(template) is str or template is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            template, _drifted = _keep(cls, d, "template", "str", "type", _drifted)

        _template_evaluation_run_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _template_evaluation_run_config_.ai_integration_id = ai_integration_id
        _template_evaluation_run_config_._classification_choices_slot = classification_choices  # type: ignore[attr-defined]
        _template_evaluation_run_config_._column_mapping_slot = column_mapping  # type: ignore[attr-defined]
        _template_evaluation_run_config_.evaluator_version_id = evaluator_version_id
        _template_evaluation_run_config_.experiment_type = experiment_type
        _template_evaluation_run_config_._invocation_parameters_slot = invocation_parameters  # type: ignore[attr-defined]
        _template_evaluation_run_config_.model_name = model_name
        _template_evaluation_run_config_.provide_explanation = provide_explanation
        _template_evaluation_run_config_._provider_parameters_slot = provider_parameters  # type: ignore[attr-defined]
        _template_evaluation_run_config_.template = template
        _template_evaluation_run_config_.additional_properties = {}
        _template_evaluation_run_config_._pending = _pending

        if _extra:
            _template_evaluation_run_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_template_evaluation_run_config_, _drifted)
        return _template_evaluation_run_config_

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


def _decode_classification_choices(self: TemplateEvaluationRunConfig, raw: Any) -> Any:
    """``classification_choices`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _classification_choices = raw
        classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            classification_choices = TemplateEvaluationRunConfigClassificationChoices.from_dict(
                _classification_choices
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        classification_choices, _drifted = _keep(
            type(self),
            {"classification_choices": raw},
            "classification_choices",
            "TemplateEvaluationRunConfigClassificationChoices",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return classification_choices


_lazy(TemplateEvaluationRunConfig, "classification_choices", 1, _decode_classification_choices)


def _decode_column_mapping(self: TemplateEvaluationRunConfig, raw: Any) -> Any:
    """``column_mapping`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _column_mapping = raw
        column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset
        if _column_mapping is UNSET:
            column_mapping = UNSET
        else:
            column_mapping = TemplateEvaluationRunConfigColumnMapping.from_dict(_column_mapping)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        column_mapping, _drifted = _keep(
            type(self),
            {"column_mapping": raw},
            "column_mapping",
            "TemplateEvaluationRunConfigColumnMapping",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return column_mapping


_lazy(TemplateEvaluationRunConfig, "column_mapping", 2, _decode_column_mapping)


def _decode_invocation_parameters(self: TemplateEvaluationRunConfig, raw: Any) -> Any:
    """``invocation_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _invocation_parameters = raw
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_parameters, _drifted = _keep(
            type(self),
            {"invocation_parameters": raw},
            "invocation_parameters",
            "InvocationParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_parameters


_lazy(TemplateEvaluationRunConfig, "invocation_parameters", 4, _decode_invocation_parameters)


def _decode_provider_parameters(self: TemplateEvaluationRunConfig, raw: Any) -> Any:
    """``provider_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_parameters = raw
        provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = TemplateEvaluationRunConfigProviderParameters.from_dict(
                _provider_parameters
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_parameters, _drifted = _keep(
            type(self),
            {"provider_parameters": raw},
            "provider_parameters",
            "TemplateEvaluationRunConfigProviderParameters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_parameters


_lazy(TemplateEvaluationRunConfig, "provider_parameters", 8, _decode_provider_parameters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        InvocationParams, \
        TemplateEvaluationRunConfigClassificationChoices, \
        TemplateEvaluationRunConfigColumnMapping, \
        TemplateEvaluationRunConfigProviderParameters
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
