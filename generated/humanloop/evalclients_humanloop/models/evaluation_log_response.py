from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datapoint_response import DatapointResponse
    from ..models.evaluator_log_response import EvaluatorLogResponse
    from ..models.flow_log_response import FlowLogResponse
    from ..models.prompt_log_response import PromptLogResponse
    from ..models.tool_log_response import ToolLogResponse


T = TypeVar("T", bound="EvaluationLogResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_logs",
        "log",
        "run_id",
        "datapoint",
    }
)


@_attrs_define
class EvaluationLogResponse:
    """A Log of a Run with the Evaluator Logs judging it.

    Attributes:
        evaluator_logs (list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse]): The
            Evaluator Logs holding the judgments of the Log.
        log (EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse):
        run_id (str): Unique identifier for the Run.
        datapoint (DatapointResponse | Unset):
    """

    evaluator_logs: (
        list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse] | Unset
    )
    log: EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | Unset
    run_id: str | Unset
    datapoint: DatapointResponse | Unset = UNSET
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
            evaluator_logs = []
            for evaluator_logs_item_data in self.evaluator_logs:
                evaluator_logs_item: dict[str, Any]
                if isinstance(evaluator_logs_item_data, PromptLogResponse):
                    evaluator_logs_item = evaluator_logs_item_data.to_dict()
                elif isinstance(evaluator_logs_item_data, ToolLogResponse):
                    evaluator_logs_item = evaluator_logs_item_data.to_dict()
                elif isinstance(evaluator_logs_item_data, EvaluatorLogResponse):
                    evaluator_logs_item = evaluator_logs_item_data.to_dict()
                else:
                    evaluator_logs_item = evaluator_logs_item_data.to_dict()

                evaluator_logs.append(evaluator_logs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_logs = _as_json(self.evaluator_logs)

        try:
            log: dict[str, Any]
            if isinstance(self.log, PromptLogResponse):
                log = self.log.to_dict()
            elif isinstance(self.log, ToolLogResponse):
                log = self.log.to_dict()
            elif isinstance(self.log, EvaluatorLogResponse):
                log = self.log.to_dict()
            else:
                log = self.log.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            log = _as_json(self.log)

        run_id = self.run_id

        try:
            datapoint: dict[str, Any] | Unset = UNSET
            if not isinstance(self.datapoint, Unset):
                datapoint = self.datapoint.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            datapoint = _as_json(self.datapoint)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_logs": evaluator_logs,
                "log": log,
                "run_id": run_id,
            }
        )
        if datapoint is not UNSET:
            field_dict["datapoint"] = datapoint

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
            evaluator_logs = []
            _evaluator_logs = d["evaluator_logs"]
            for evaluator_logs_item_data in _evaluator_logs:

                def _parse_evaluator_logs_item(
                    data: object,
                ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_log_response_type_3

                evaluator_logs_item = _parse_evaluator_logs_item(evaluator_logs_item_data)

                evaluator_logs.append(evaluator_logs_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(evaluator_logs_item_data: Any) -> Any:
                def _parse_evaluator_logs_item(
                    data: object,
                ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_log_response_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_log_response_type_3

                evaluator_logs_item = _parse_evaluator_logs_item(evaluator_logs_item_data)
                return evaluator_logs_item

            evaluator_logs, _drifted = _keep_each(
                cls,
                d,
                "evaluator_logs",
                "list[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse]",
                "type",
                _each,
                _drifted,
            )

        _log_raw = d.get("log", UNSET)
        if _log_raw is not UNSET and not _strict:
            log = _log_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                log = _parse_log(d["log"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                log, _drifted = _keep(
                    cls,
                    d,
                    "log",
                    "EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse",
                    "union",
                    _drifted,
                )

        try:
            run_id = d["run_id"]
            if not (type(run_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_id, _drifted = _keep(cls, d, "run_id", "str", "type", _drifted)

        _datapoint_raw = d.get("datapoint", UNSET)
        if _datapoint_raw is UNSET:
            datapoint = UNSET
        elif not _strict:
            datapoint = _datapoint_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _datapoint = d.get("datapoint", UNSET)
                datapoint: DatapointResponse | Unset
                if _datapoint is UNSET:
                    datapoint = UNSET
                else:
                    datapoint = DatapointResponse.from_dict(_datapoint)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                datapoint, _drifted = _keep(
                    cls, d, "datapoint", "DatapointResponse", "type", _drifted
                )

        _evaluation_log_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluation_log_response_.evaluator_logs = evaluator_logs
        _evaluation_log_response_._log_slot = log  # type: ignore[attr-defined]
        _evaluation_log_response_.run_id = run_id
        _evaluation_log_response_._datapoint_slot = datapoint  # type: ignore[attr-defined]
        _evaluation_log_response_.additional_properties = {}
        _evaluation_log_response_._pending = _pending

        if _extra:
            _evaluation_log_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_log_response_, _drifted)
        return _evaluation_log_response_

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


def _parse_log(
    data: object,
) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data, _strict=True)

        return componentsschemas_log_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data, _strict=True)

        return componentsschemas_log_response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data, _strict=True)

        return componentsschemas_log_response_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data, _strict=True)

    return componentsschemas_log_response_type_3


def _decode_log(self: EvaluationLogResponse, raw: Any) -> Any:
    """``log`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        log = _parse_log(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        log, _drifted = _keep(
            type(self),
            {"log": raw},
            "log",
            "EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return log


_lazy(EvaluationLogResponse, "log", 1, _decode_log)


def _decode_datapoint(self: EvaluationLogResponse, raw: Any) -> Any:
    """``datapoint`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _datapoint = raw
        datapoint: DatapointResponse | Unset
        if _datapoint is UNSET:
            datapoint = UNSET
        else:
            datapoint = DatapointResponse.from_dict(_datapoint)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        datapoint, _drifted = _keep(
            type(self), {"datapoint": raw}, "datapoint", "DatapointResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return datapoint


_lazy(EvaluationLogResponse, "datapoint", 2, _decode_datapoint)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatapointResponse, \
        EvaluatorLogResponse, \
        FlowLogResponse, \
        PromptLogResponse, \
        ToolLogResponse
    from ..models.datapoint_response import DatapointResponse  # noqa: PLC0415
    from ..models.evaluator_log_response import EvaluatorLogResponse  # noqa: PLC0415
    from ..models.flow_log_response import FlowLogResponse  # noqa: PLC0415
    from ..models.prompt_log_response import PromptLogResponse  # noqa: PLC0415
    from ..models.tool_log_response import ToolLogResponse  # noqa: PLC0415

    _LAZY_PENDING = False
