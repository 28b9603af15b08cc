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
from ..models.create_run_experiment_task_request_type import (
    CreateRunExperimentTaskRequestType,
    check_create_run_experiment_task_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request import AgentCallRunConfigRequest
    from ..models.llm_generation_run_config_request import LlmGenerationRunConfigRequest
    from ..models.template_evaluation_run_config_request import TemplateEvaluationRunConfigRequest


T = TypeVar("T", bound="CreateRunExperimentTaskRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_id",
        "name",
        "run_configuration",
        "type",
    }
)


@_attrs_define
class CreateRunExperimentTaskRequest:
    """Request body for creating a `RUN_EXPERIMENT` task. Requires `dataset_id` and `run_configuration`. Does not support
    continuous execution — runs are triggered explicitly via `POST /v2/tasks/{task_id}/trigger`.

        Attributes:
            dataset_id (str): Dataset identifier (base64). Required for `RUN_EXPERIMENT` tasks.
            name (str): Task name
            run_configuration (AgentCallRunConfigRequest | LlmGenerationRunConfigRequest |
                TemplateEvaluationRunConfigRequest): Strict request form of an experiment execution configuration. Exactly one
                variant must be supplied, identified by `experiment_type`.
            type_ (CreateRunExperimentTaskRequestType): Task type discriminator. Must be `"RUN_EXPERIMENT"`.
    """

    dataset_id: str | Unset
    name: str | Unset
    run_configuration: (
        AgentCallRunConfigRequest
        | LlmGenerationRunConfigRequest
        | TemplateEvaluationRunConfigRequest
        | Unset
    )
    type_: CreateRunExperimentTaskRequestType | Unset
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
        dataset_id = self.dataset_id

        name = self.name

        try:
            run_configuration: dict[str, Any]
            if isinstance(self.run_configuration, LlmGenerationRunConfigRequest):
                run_configuration = self.run_configuration.to_dict()
            elif isinstance(self.run_configuration, TemplateEvaluationRunConfigRequest):
                run_configuration = self.run_configuration.to_dict()
            else:
                run_configuration = self.run_configuration.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_configuration = _as_json(self.run_configuration)

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "name": name,
                "run_configuration": run_configuration,
                "type": type_,
            }
        )

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
            dataset_id = d["dataset_id"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _run_configuration_raw = d.get("run_configuration", UNSET)
        if _run_configuration_raw is not UNSET and not _strict:
            run_configuration = _run_configuration_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                run_configuration = _parse_run_configuration(d["run_configuration"])
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

        try:
            type_ = check_create_run_experiment_task_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of RUN_EXPERIMENT", "enum", _drifted)

        _create_run_experiment_task_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_run_experiment_task_request_.dataset_id = dataset_id
        _create_run_experiment_task_request_.name = name
        _create_run_experiment_task_request_._run_configuration_slot = run_configuration  # type: ignore[attr-defined]
        _create_run_experiment_task_request_.type_ = type_
        _create_run_experiment_task_request_.additional_properties = {}
        _create_run_experiment_task_request_._pending = _pending

        if _extra:
            _create_run_experiment_task_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_run_experiment_task_request_, _drifted)
        return _create_run_experiment_task_request_

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
) -> AgentCallRunConfigRequest | LlmGenerationRunConfigRequest | TemplateEvaluationRunConfigRequest:
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


def _decode_run_configuration(self: CreateRunExperimentTaskRequest, raw: Any) -> Any:
    """``run_configuration`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        run_configuration = _parse_run_configuration(raw)
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


_lazy(CreateRunExperimentTaskRequest, "run_configuration", 1, _decode_run_configuration)

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
