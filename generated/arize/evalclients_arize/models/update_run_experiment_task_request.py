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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest


T = TypeVar("T", bound="UpdateRunExperimentTaskRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "run_configuration",
    }
)


@_attrs_define
class UpdateRunExperimentTaskRequest:
    """PATCH body for `RUN_EXPERIMENT` tasks. The server derives the task type from the URL's task record. At least one of
    `name` or `run_configuration` must be provided. When `run_configuration` is provided the stored config is fully
    replaced (existing configs are marked inactive and the new config is inserted atomically in a transaction).

        Attributes:
            name (str | Unset): New task name.
            run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
                TemplateEvaluationRunConfigRequest | Unset): Strict request form of an experiment execution configuration.
                Exactly one variant must be supplied, identified by `experiment_type`.
    """

    name: str | Unset = UNSET
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
        | Unset
    ) = UNSET
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
        name = self.name

        try:
            run_configuration: dict[str, Any] | Unset
            if isinstance(self.run_configuration, Unset):
                run_configuration = UNSET
            elif isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
                run_configuration = self.run_configuration.to_dict()
            elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
                run_configuration = self.run_configuration.to_dict()
            else:
                run_configuration = self.run_configuration.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_configuration = _as_json(self.run_configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if run_configuration is not UNSET:
            field_dict["run_configuration"] = run_configuration

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
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _run_configuration_raw = d.get("run_configuration", UNSET)
        if _run_configuration_raw is UNSET:
            run_configuration = UNSET
        elif not _strict:
            run_configuration = _run_configuration_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _run_configuration = d.get("run_configuration", UNSET)
                run_configuration = (
                    _run_configuration
                    if _run_configuration is UNSET
                    else _parse_run_configuration(_run_configuration)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                run_configuration, _drifted = _keep(
                    cls,
                    d,
                    "run_configuration",
                    "AgentCallRunConfigRequest | LlmGenerationRunConfigRequest | TemplateEvaluationRunConfigRequest",
                    "union",
                    _drifted,
                )

        _update_run_experiment_task_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_run_experiment_task_request_.name = name
        _update_run_experiment_task_request_._run_configuration_slot = run_configuration  # type: ignore[attr-defined]
        _update_run_experiment_task_request_.additional_properties = {}
        _update_run_experiment_task_request_._pending = _pending

        if _extra:
            _update_run_experiment_task_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_run_experiment_task_request_, _drifted)
        return _update_run_experiment_task_request_

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


def _parse_run_configuration(
    data: object,
) -> (
    AgentCallRunConfigRequest
    | LlmGenerationRunConfigRequest
    | TemplateEvaluationRunConfigRequest
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_request_type_0 = (
            LlmGenerationRunConfigRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_run_configuration_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_configuration_request_type_1 = (
            TemplateEvaluationRunConfigRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_run_configuration_request_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_run_configuration_request_type_2 = AgentCallRunConfigRequest.from_dict(
        data, _strict=True
    )

    return componentsschemas_run_configuration_request_type_2


def _decode_run_configuration(self: UpdateRunExperimentTaskRequest, raw: Any) -> Any:
    """``run_configuration`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _run_configuration = raw
        run_configuration = (
            _run_configuration
            if _run_configuration is UNSET
            else _parse_run_configuration(_run_configuration)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        run_configuration, _drifted = _keep(
            type(self),
            {"run_configuration": raw},
            "run_configuration",
            "AgentCallRunConfigRequest | LlmGenerationRunConfigRequest | TemplateEvaluationRunConfigRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return run_configuration


_lazy(UpdateRunExperimentTaskRequest, "run_configuration", 1, _decode_run_configuration)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AgentCallRunConfigRequest, \
        LlmGenerationRunConfigRequest, \
        TemplateEvaluationRunConfigRequest
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest  # noqa: PLC0415
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest  # noqa: PLC0415
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False
