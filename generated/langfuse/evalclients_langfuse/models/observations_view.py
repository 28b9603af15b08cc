from __future__ import annotations

import datetime
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
from ..models.observation_level import ObservationLevel, check_observation_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observation_cost_details import ObservationCostDetails
    from ..models.observation_usage_details import ObservationUsageDetails
    from ..models.usage import Usage


T = TypeVar("T", bound="ObservationsView")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completionStartTime",
        "costDetails",
        "endTime",
        "environment",
        "id",
        "input",
        "level",
        "metadata",
        "model",
        "modelParameters",
        "name",
        "output",
        "parentObservationId",
        "promptId",
        "startTime",
        "statusMessage",
        "traceId",
        "type",
        "usage",
        "usageDetails",
        "version",
        "calculatedInputCost",
        "calculatedOutputCost",
        "calculatedTotalCost",
        "inputPrice",
        "latency",
        "modelId",
        "outputPrice",
        "promptName",
        "promptVersion",
        "timeToFirstToken",
        "totalPrice",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("completionStartTime", "_completion_start_time_slot", True, 1, ""),
    ("costDetails", "_cost_details_slot", True, 2, ""),
    ("endTime", "_end_time_slot", True, 4, ""),
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("input", "input_", True, 0, "input_ = _j_input_"),
    ("level", "level", True, 0, "level = check_observation_level(_j_level)"),
    ("metadata", "metadata", True, 0, "metadata = _j_metadata"),
    (
        "model",
        "model",
        True,
        0,
        "model: None | str = _j_model\n\nif not (model is None or type(model) is str):\n    raise TypeError",
    ),
    ("modelParameters", "model_parameters", True, 0, "model_parameters = _j_model_parameters"),
    (
        "name",
        "name",
        True,
        0,
        "name: None | str = _j_name\n\nif not (name is None or type(name) is str):\n    raise TypeError",
    ),
    ("output", "output", True, 0, "output = _j_output"),
    (
        "parentObservationId",
        "parent_observation_id",
        True,
        0,
        "parent_observation_id: None | str = _j_parent_observation_id\n\nif not (parent_observation_id is None or type(parent_observation_id) is str):\n    raise TypeError",
    ),
    (
        "promptId",
        "prompt_id",
        True,
        0,
        "prompt_id: None | str = _j_prompt_id\n\nif not (prompt_id is None or type(prompt_id) is str):\n    raise TypeError",
    ),
    ("startTime", "_start_time_slot", True, 8, ""),
    (
        "statusMessage",
        "status_message",
        True,
        0,
        "status_message: None | str = _j_status_message\n\nif not (status_message is None or type(status_message) is str):\n    raise TypeError",
    ),
    (
        "traceId",
        "trace_id",
        True,
        0,
        "trace_id: None | str = _j_trace_id\n\nif not (trace_id is None or type(trace_id) is str):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        True,
        0,
        "type_ = _j_type_\nif not (type(type_) is str):\n    raise TypeError",
    ),
    ("usage", "_usage_slot", True, 16, ""),
    ("usageDetails", "_usage_details_slot", True, 32, ""),
    (
        "version",
        "version",
        True,
        0,
        "version: None | str = _j_version\n\nif not (version is None or type(version) is str):\n    raise TypeError",
    ),
    (
        "calculatedInputCost",
        "calculated_input_cost",
        True,
        0,
        "calculated_input_cost: float | None = _j_calculated_input_cost\n\nif not (calculated_input_cost is None or type(calculated_input_cost) is float or type(calculated_input_cost) is int):\n    raise TypeError",
    ),
    (
        "calculatedOutputCost",
        "calculated_output_cost",
        True,
        0,
        "calculated_output_cost: float | None = _j_calculated_output_cost\n\nif not (calculated_output_cost is None or type(calculated_output_cost) is float or type(calculated_output_cost) is int):\n    raise TypeError",
    ),
    (
        "calculatedTotalCost",
        "calculated_total_cost",
        True,
        0,
        "calculated_total_cost: float | None = _j_calculated_total_cost\n\nif not (calculated_total_cost is None or type(calculated_total_cost) is float or type(calculated_total_cost) is int):\n    raise TypeError",
    ),
    (
        "inputPrice",
        "input_price",
        True,
        0,
        "input_price: float | None = _j_input_price\n\nif not (input_price is None or type(input_price) is float or type(input_price) is int):\n    raise TypeError",
    ),
    (
        "latency",
        "latency",
        True,
        0,
        "latency: float | None = _j_latency\n\nif not (latency is None or type(latency) is float or type(latency) is int):\n    raise TypeError",
    ),
    (
        "modelId",
        "model_id",
        True,
        0,
        "model_id: None | str = _j_model_id\n\nif not (model_id is None or type(model_id) is str):\n    raise TypeError",
    ),
    (
        "outputPrice",
        "output_price",
        True,
        0,
        "output_price: float | None = _j_output_price\n\nif not (output_price is None or type(output_price) is float or type(output_price) is int):\n    raise TypeError",
    ),
    (
        "promptName",
        "prompt_name",
        True,
        0,
        "prompt_name: None | str = _j_prompt_name\n\nif not (prompt_name is None or type(prompt_name) is str):\n    raise TypeError",
    ),
    (
        "promptVersion",
        "prompt_version",
        True,
        0,
        "prompt_version: int | None = _j_prompt_version\n\nif not (prompt_version is None or type(prompt_version) is int):\n    raise TypeError",
    ),
    (
        "timeToFirstToken",
        "time_to_first_token",
        True,
        0,
        "time_to_first_token: float | None = _j_time_to_first_token\n\nif not (time_to_first_token is None or type(time_to_first_token) is float or type(time_to_first_token) is int):\n    raise TypeError",
    ),
    (
        "totalPrice",
        "total_price",
        True,
        0,
        "total_price: float | None = _j_total_price\n\nif not (total_price is None or type(total_price) is float or type(total_price) is int):\n    raise TypeError",
    ),
)


@_attrs_define
class ObservationsView:
    """
    Attributes:
        completion_start_time (datetime.datetime | None): The completion start time of the observation
        cost_details (ObservationCostDetails): The cost details of the observation. Key is the name of the cost metric,
            value is the cost in USD. The total key is the sum of all (non-total) cost metrics or the total value ingested.
        end_time (datetime.datetime | None): The end time of the observation.
        environment (str): The environment from which this observation originated. Can be any lowercase alphanumeric
            string with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of the observation
        input_ (Any): The input data of the observation
        level (ObservationLevel):
        metadata (Any): Additional metadata of the observation
        model (None | str): The model used for the observation
        model_parameters (Any): The parameters of the model used for the observation
        name (None | str): The name of the observation
        output (Any): The output data of the observation
        parent_observation_id (None | str): The parent observation ID
        prompt_id (None | str): The prompt ID associated with the observation
        start_time (datetime.datetime): The start time of the observation
        status_message (None | str): The status message of the observation
        trace_id (None | str): The trace ID associated with the observation
        type_ (str): The type of the observation
        usage (Usage): (Deprecated. Use usageDetails and costDetails instead.) Standard interface for usage and cost
        usage_details (ObservationUsageDetails): The usage details of the observation. Key is the name of the usage
            metric, value is the number of units consumed. The total key is the sum of all (non-total) usage metrics or the
            total value ingested.
        version (None | str): The version of the observation
        calculated_input_cost (float | None): (Deprecated. Use usageDetails and costDetails instead.) The calculated
            cost of the input in USD
        calculated_output_cost (float | None): (Deprecated. Use usageDetails and costDetails instead.) The calculated
            cost of the output in USD
        calculated_total_cost (float | None): (Deprecated. Use usageDetails and costDetails instead.) The calculated
            total cost in USD
        input_price (float | None): The price of the input in USD
        latency (float | None): The latency in seconds.
        model_id (None | str): The unique identifier of the model
        output_price (float | None): The price of the output in USD.
        prompt_name (None | str): The name of the prompt associated with the observation
        prompt_version (int | None): The version of the prompt associated with the observation
        time_to_first_token (float | None): The time to the first token in seconds
        total_price (float | None): The total price in USD.
    """

    completion_start_time: datetime.datetime | None | Unset
    cost_details: ObservationCostDetails | Unset
    end_time: datetime.datetime | None | Unset
    environment: str | Unset
    id: str | Unset
    input_: Any | Unset
    level: ObservationLevel | Unset
    metadata: Any | Unset
    model: None | str | Unset
    model_parameters: Any | Unset
    name: None | str | Unset
    output: Any | Unset
    parent_observation_id: None | str | Unset
    prompt_id: None | str | Unset
    start_time: datetime.datetime | Unset
    status_message: None | str | Unset
    trace_id: None | str | Unset
    type_: str | Unset
    usage: Usage | Unset
    usage_details: ObservationUsageDetails | Unset
    version: None | str | Unset
    calculated_input_cost: float | None | Unset
    calculated_output_cost: float | None | Unset
    calculated_total_cost: float | None | Unset
    input_price: float | None | Unset
    latency: float | None | Unset
    model_id: None | str | Unset
    output_price: float | None | Unset
    prompt_name: None | str | Unset
    prompt_version: int | None | Unset
    time_to_first_token: float | None | Unset
    total_price: float | None | Unset
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
            completion_start_time: None | str
            if isinstance(self.completion_start_time, datetime.datetime):
                completion_start_time = self.completion_start_time.isoformat()
            else:
                completion_start_time = self.completion_start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            completion_start_time = _as_json(self.completion_start_time)

        try:
            cost_details = self.cost_details.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            cost_details = _as_json(self.cost_details)

        try:
            end_time: None | str
            if isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        environment = self.environment

        id = self.id

        input_ = self.input_

        try:
            level: str = self.level
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            level = _as_json(self.level)

        metadata = self.metadata

        model: None | str
        model = self.model

        model_parameters = self.model_parameters

        name: None | str
        name = self.name

        output = self.output

        parent_observation_id: None | str
        parent_observation_id = self.parent_observation_id

        prompt_id: None | str
        prompt_id = self.prompt_id

        try:
            start_time = self.start_time.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

        status_message: None | str
        status_message = self.status_message

        trace_id: None | str
        trace_id = self.trace_id

        type_ = self.type_

        try:
            usage = self.usage.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            usage = _as_json(self.usage)

        try:
            usage_details = self.usage_details.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            usage_details = _as_json(self.usage_details)

        version: None | str
        version = self.version

        calculated_input_cost: float | None
        calculated_input_cost = self.calculated_input_cost

        calculated_output_cost: float | None
        calculated_output_cost = self.calculated_output_cost

        calculated_total_cost: float | None
        calculated_total_cost = self.calculated_total_cost

        input_price: float | None
        input_price = self.input_price

        latency: float | None
        latency = self.latency

        model_id: None | str
        model_id = self.model_id

        output_price: float | None
        output_price = self.output_price

        prompt_name: None | str
        prompt_name = self.prompt_name

        prompt_version: int | None
        prompt_version = self.prompt_version

        time_to_first_token: float | None
        time_to_first_token = self.time_to_first_token

        total_price: float | None
        total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completionStartTime": completion_start_time,
                "costDetails": cost_details,
                "endTime": end_time,
                "environment": environment,
                "id": id,
                "input": input_,
                "level": level,
                "metadata": metadata,
                "model": model,
                "modelParameters": model_parameters,
                "name": name,
                "output": output,
                "parentObservationId": parent_observation_id,
                "promptId": prompt_id,
                "startTime": start_time,
                "statusMessage": status_message,
                "traceId": trace_id,
                "type": type_,
                "usage": usage,
                "usageDetails": usage_details,
                "version": version,
                "calculatedInputCost": calculated_input_cost,
                "calculatedOutputCost": calculated_output_cost,
                "calculatedTotalCost": calculated_total_cost,
                "inputPrice": input_price,
                "latency": latency,
                "modelId": model_id,
                "outputPrice": output_price,
                "promptName": prompt_name,
                "promptVersion": prompt_version,
                "timeToFirstToken": time_to_first_token,
                "totalPrice": total_price,
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
        _completion_start_time_raw = d.get("completionStartTime", UNSET)
        if _completion_start_time_raw is not UNSET and not _strict:
            completion_start_time = _completion_start_time_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _completion_start_time = d["completionStartTime"]
                completion_start_time = (
                    _completion_start_time
                    if _completion_start_time is None
                    else datetime.datetime.fromisoformat(_completion_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                completion_start_time, _drifted = _keep(
                    cls, d, "completionStartTime", "datetime.datetime | None", "union", _drifted
                )

        _cost_details_raw = d.get("costDetails", UNSET)
        if _cost_details_raw is not UNSET and not _strict:
            cost_details = _cost_details_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                cost_details = ObservationCostDetails.from_dict(d["costDetails"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                cost_details, _drifted = _keep(
                    cls, d, "costDetails", "ObservationCostDetails", "type", _drifted
                )

        _end_time_raw = d.get("endTime", UNSET)
        if _end_time_raw is not UNSET and not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _end_time = d["endTime"]
                end_time = (
                    _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "endTime", "datetime.datetime | None", "union", _drifted
                )

        try:
            environment = d["environment"]
            if not (type(environment) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            input_ = d["input"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            level = check_observation_level(d["level"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            level, _drifted = _keep(
                cls, d, "level", "one of DEBUG, DEFAULT, ERROR, WARNING", "enum", _drifted
            )

        try:
            metadata = d["metadata"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            model: None | str = d["model"]

            if not (model is None or type(model) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "None | str", "type", _drifted)

        try:
            model_parameters = d["modelParameters"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_parameters, _drifted = _keep(cls, d, "modelParameters", "Any", "type", _drifted)

        try:
            name: None | str = d["name"]

            if not (name is None or type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            output = d["output"]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        try:
            parent_observation_id: None | str = d["parentObservationId"]

            if not (parent_observation_id is None or type(parent_observation_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parent_observation_id, _drifted = _keep(
                cls, d, "parentObservationId", "None | str", "type", _drifted
            )

        try:
            prompt_id: None | str = d["promptId"]

            if not (prompt_id is None or type(prompt_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_id, _drifted = _keep(cls, d, "promptId", "None | str", "type", _drifted)

        _start_time_raw = d.get("startTime", UNSET)
        if _start_time_raw is not UNSET and not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                start_time = datetime.datetime.fromisoformat(d["startTime"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "startTime", "datetime.datetime", "type", _drifted
                )

        try:
            status_message: None | str = d["statusMessage"]

            if not (status_message is None or type(status_message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_message, _drifted = _keep(
                cls, d, "statusMessage", "None | str", "type", _drifted
            )

        try:
            trace_id: None | str = d["traceId"]

            if not (trace_id is None or type(trace_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            trace_id, _drifted = _keep(cls, d, "traceId", "None | str", "type", _drifted)

        try:
            type_ = d["type"]
            if not (type(type_) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "str", "type", _drifted)

        _usage_raw = d.get("usage", UNSET)
        if _usage_raw is not UNSET and not _strict:
            usage = _usage_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                usage = Usage.from_dict(d["usage"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                usage, _drifted = _keep(cls, d, "usage", "Usage", "type", _drifted)

        _usage_details_raw = d.get("usageDetails", UNSET)
        if _usage_details_raw is not UNSET and not _strict:
            usage_details = _usage_details_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                usage_details = ObservationUsageDetails.from_dict(d["usageDetails"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                usage_details, _drifted = _keep(
                    cls, d, "usageDetails", "ObservationUsageDetails", "type", _drifted
                )

        try:
            version: None | str = d["version"]

            if not (version is None or type(version) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(cls, d, "version", "None | str", "type", _drifted)

        try:
            calculated_input_cost: float | None = d["calculatedInputCost"]

            if not (
                calculated_input_cost is None
                or type(calculated_input_cost) is float
                or type(calculated_input_cost) is int
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            calculated_input_cost, _drifted = _keep(
                cls, d, "calculatedInputCost", "float | None", "type", _drifted
            )

        try:
            calculated_output_cost: float | None = d["calculatedOutputCost"]

            if not (
                calculated_output_cost is None
                or type(calculated_output_cost) is float
                or type(calculated_output_cost) is int
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            calculated_output_cost, _drifted = _keep(
                cls, d, "calculatedOutputCost", "float | None", "type", _drifted
            )

        try:
            calculated_total_cost: float | None = d["calculatedTotalCost"]

            if not (
                calculated_total_cost is None
                or type(calculated_total_cost) is float
                or type(calculated_total_cost) is int
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            calculated_total_cost, _drifted = _keep(
                cls, d, "calculatedTotalCost", "float | None", "type", _drifted
            )

        try:
            input_price: float | None = d["inputPrice"]

            if not (input_price is None or type(input_price) is float or type(input_price) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_price, _drifted = _keep(cls, d, "inputPrice", "float | None", "type", _drifted)

        try:
            latency: float | None = d["latency"]

            if not (latency is None or type(latency) is float or type(latency) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            latency, _drifted = _keep(cls, d, "latency", "float | None", "type", _drifted)

        try:
            model_id: None | str = d["modelId"]

            if not (model_id is None or type(model_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_id, _drifted = _keep(cls, d, "modelId", "None | str", "type", _drifted)

        try:
            output_price: float | None = d["outputPrice"]

            if not (
                output_price is None or type(output_price) is float or type(output_price) is int
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_price, _drifted = _keep(cls, d, "outputPrice", "float | None", "type", _drifted)

        try:
            prompt_name: None | str = d["promptName"]

            if not (prompt_name is None or type(prompt_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_name, _drifted = _keep(cls, d, "promptName", "None | str", "type", _drifted)

        try:
            prompt_version: int | None = d["promptVersion"]

            if not (prompt_version is None or type(prompt_version) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_version, _drifted = _keep(
                cls, d, "promptVersion", "int | None", "type", _drifted
            )

        try:
            time_to_first_token: float | None = d["timeToFirstToken"]

            if not (
                time_to_first_token is None
                or type(time_to_first_token) is float
                or type(time_to_first_token) is int
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_to_first_token, _drifted = _keep(
                cls, d, "timeToFirstToken", "float | None", "type", _drifted
            )

        try:
            total_price: float | None = d["totalPrice"]

            if not (total_price is None or type(total_price) is float or type(total_price) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            total_price, _drifted = _keep(cls, d, "totalPrice", "float | None", "type", _drifted)

        _observations_view_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _observations_view_._completion_start_time_slot = completion_start_time  # type: ignore[attr-defined]
        _observations_view_._cost_details_slot = cost_details  # type: ignore[attr-defined]
        _observations_view_._end_time_slot = end_time  # type: ignore[attr-defined]
        _observations_view_.environment = environment
        _observations_view_.id = id
        _observations_view_.input_ = input_
        _observations_view_.level = level
        _observations_view_.metadata = metadata
        _observations_view_.model = model
        _observations_view_.model_parameters = model_parameters
        _observations_view_.name = name
        _observations_view_.output = output
        _observations_view_.parent_observation_id = parent_observation_id
        _observations_view_.prompt_id = prompt_id
        _observations_view_._start_time_slot = start_time  # type: ignore[attr-defined]
        _observations_view_.status_message = status_message
        _observations_view_.trace_id = trace_id
        _observations_view_.type_ = type_
        _observations_view_._usage_slot = usage  # type: ignore[attr-defined]
        _observations_view_._usage_details_slot = usage_details  # type: ignore[attr-defined]
        _observations_view_.version = version
        _observations_view_.calculated_input_cost = calculated_input_cost
        _observations_view_.calculated_output_cost = calculated_output_cost
        _observations_view_.calculated_total_cost = calculated_total_cost
        _observations_view_.input_price = input_price
        _observations_view_.latency = latency
        _observations_view_.model_id = model_id
        _observations_view_.output_price = output_price
        _observations_view_.prompt_name = prompt_name
        _observations_view_.prompt_version = prompt_version
        _observations_view_.time_to_first_token = time_to_first_token
        _observations_view_.total_price = total_price
        _observations_view_.additional_properties = {}
        _observations_view_._pending = _pending

        if _extra:
            _observations_view_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_observations_view_, _drifted)
        return _observations_view_

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


def _decode_completion_start_time(self: ObservationsView, raw: Any) -> Any:
    """``completion_start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _completion_start_time = raw
        completion_start_time = (
            _completion_start_time
            if _completion_start_time is None
            else datetime.datetime.fromisoformat(_completion_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        completion_start_time, _drifted = _keep(
            type(self),
            {"completionStartTime": raw},
            "completionStartTime",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return completion_start_time


_lazy(ObservationsView, "completion_start_time", 1, _decode_completion_start_time)


def _decode_cost_details(self: ObservationsView, raw: Any) -> Any:
    """``cost_details`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        cost_details = ObservationCostDetails.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        cost_details, _drifted = _keep(
            type(self),
            {"costDetails": raw},
            "costDetails",
            "ObservationCostDetails",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return cost_details


_lazy(ObservationsView, "cost_details", 2, _decode_cost_details)


def _decode_end_time(self: ObservationsView, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = _end_time if _end_time is None else datetime.datetime.fromisoformat(_end_time)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"endTime": raw}, "endTime", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(ObservationsView, "end_time", 4, _decode_end_time)


def _decode_start_time(self: ObservationsView, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        start_time = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self), {"startTime": raw}, "startTime", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(ObservationsView, "start_time", 8, _decode_start_time)


def _decode_usage(self: ObservationsView, raw: Any) -> Any:
    """``usage`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        usage = Usage.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        usage, _drifted = _keep(type(self), {"usage": raw}, "usage", "Usage", "type", _drifted)

    if _drifted is not None:
        _note_more(self, _drifted)
    return usage


_lazy(ObservationsView, "usage", 16, _decode_usage)


def _decode_usage_details(self: ObservationsView, raw: Any) -> Any:
    """``usage_details`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        usage_details = ObservationUsageDetails.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        usage_details, _drifted = _keep(
            type(self),
            {"usageDetails": raw},
            "usageDetails",
            "ObservationUsageDetails",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return usage_details


_lazy(ObservationsView, "usage_details", 32, _decode_usage_details)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ObservationCostDetails, ObservationUsageDetails, Usage
    from ..models.observation_cost_details import ObservationCostDetails  # noqa: PLC0415
    from ..models.observation_usage_details import ObservationUsageDetails  # noqa: PLC0415
    from ..models.usage import Usage  # noqa: PLC0415

    _LAZY_PENDING = False
