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
from ..models.agent_call_run_config_request_experiment_type import (
    AgentCallRunConfigRequestExperimentType,
    check_agent_call_run_config_request_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,
    )


T = TypeVar("T", bound="AgentCallRunConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "experiment_type",
        "input_template",
        "integration_id",
    }
)


@_attrs_define
class AgentCallRunConfigRequest:
    """Strict request configuration for running an agent integration.

    Attributes:
        experiment_type (AgentCallRunConfigRequestExperimentType): Discriminator. Must be `"AGENT_CALL"`.
        input_template (AgentCallRunConfigRequestInputTemplate): JSON request body sent to the agent for each dataset
            example. Must be a JSON object whose values conform to the agent integration's input schema. Mustache
            placeholders (`{{column}}`) are substituted with each dataset row's values before the request is sent. Write
            every placeholder as a JSON string. A string that is exactly one placeholder (`"{{profile_id}}"`) is replaced by
            the row value cast to the type the input schema declares for that field: numeric strings become integers or
            numbers, `"true"`/`"false"` become booleans, JSON text becomes an object or array, and non-string values become
            strings. A placeholder embedded in other text (`"id-{{profile_id}}"`) is interpolated as text. A whole-value
            placeholder whose cell is null or whose column is missing is sent as `null`. Fields the schema does not type are
            sent with the dataset value's own type. If a value cannot be cast, that experiment run fails with an error
            naming the column, the value, and the target type; the other runs continue.
        integration_id (str): Agent integration identifier (base64). The agent invoked for each dataset example. Must
            reference an integration of `type` `AGENT`; other integration types are rejected.
    """

    experiment_type: AgentCallRunConfigRequestExperimentType | Unset
    input_template: AgentCallRunConfigRequestInputTemplate | Unset
    integration_id: str | Unset
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
            experiment_type: str = self.experiment_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            experiment_type = _as_json(self.experiment_type)

        try:
            input_template = self.input_template.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_template = _as_json(self.input_template)

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_type": experiment_type,
                "input_template": input_template,
                "integration_id": integration_id,
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
            experiment_type = check_agent_call_run_config_request_experiment_type(
                d["experiment_type"]
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_type, _drifted = _keep(
                cls, d, "experiment_type", "one of AGENT_CALL", "enum", _drifted
            )

        _input_template_raw = d.get("input_template", UNSET)
        if _input_template_raw is not UNSET and not _strict:
            input_template = _input_template_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                input_template = AgentCallRunConfigRequestInputTemplate.from_dict(
                    d["input_template"]
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                input_template, _drifted = _keep(
                    cls,
                    d,
                    "input_template",
                    "AgentCallRunConfigRequestInputTemplate",
                    "type",
                    _drifted,
                )

        try:
            integration_id = d["integration_id"]
            if not (type(integration_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            integration_id, _drifted = _keep(cls, d, "integration_id", "str", "type", _drifted)

        _agent_call_run_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _agent_call_run_config_request_.experiment_type = experiment_type
        _agent_call_run_config_request_._input_template_slot = input_template  # type: ignore[attr-defined]
        _agent_call_run_config_request_.integration_id = integration_id
        _agent_call_run_config_request_.additional_properties = {}
        _agent_call_run_config_request_._pending = _pending

        if _extra:
            _agent_call_run_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_agent_call_run_config_request_, _drifted)
        return _agent_call_run_config_request_

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


def _decode_input_template(self: AgentCallRunConfigRequest, raw: Any) -> Any:
    """``input_template`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        input_template = AgentCallRunConfigRequestInputTemplate.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        input_template, _drifted = _keep(
            type(self),
            {"input_template": raw},
            "input_template",
            "AgentCallRunConfigRequestInputTemplate",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return input_template


_lazy(AgentCallRunConfigRequest, "input_template", 1, _decode_input_template)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AgentCallRunConfigRequestInputTemplate
    from ..models.agent_call_run_config_request_input_template import (
        AgentCallRunConfigRequestInputTemplate,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
