from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datapoint_response import DatapointResponse
    from ..models.evaluator_log_response import EvaluatorLogResponse
    from ..models.flow_log_response import FlowLogResponse
    from ..models.prompt_log_response import PromptLogResponse
    from ..models.tool_log_response import ToolLogResponse


T = TypeVar("T", bound="EvaluationLogResponse")
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

    evaluator_logs: list[
        EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse
    ]
    log: EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse
    run_id: str
    datapoint: DatapointResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
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

        log: dict[str, Any]
        if isinstance(self.log, PromptLogResponse):
            log = self.log.to_dict()
        elif isinstance(self.log, ToolLogResponse):
            log = self.log.to_dict()
        elif isinstance(self.log, EvaluatorLogResponse):
            log = self.log.to_dict()
        else:
            log = self.log.to_dict()

        run_id = self.run_id

        datapoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datapoint, Unset):
            datapoint = self.datapoint.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        evaluator_logs = []
        _evaluator_logs = d["evaluator_logs"]
        for evaluator_logs_item_data in _evaluator_logs:

            def _parse_evaluator_logs_item(
                data: object,
            ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data)

                    return componentsschemas_log_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data)

                    return componentsschemas_log_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data)

                    return componentsschemas_log_response_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data)

                return componentsschemas_log_response_type_3

            evaluator_logs_item = _parse_evaluator_logs_item(evaluator_logs_item_data)

            evaluator_logs.append(evaluator_logs_item)

        log = _parse_log(d["log"])

        run_id = d["run_id"]

        _datapoint = d.get("datapoint", UNSET)
        datapoint: DatapointResponse | Unset
        if _datapoint is UNSET:
            datapoint = UNSET
        else:
            datapoint = DatapointResponse.from_dict(_datapoint)

        evaluation_log_response = cls(
            evaluator_logs,
            log,
            run_id,
            datapoint,
        )

        if not d.keys() <= _FIELDS:
            evaluation_log_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluation_log_response

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
        componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(data)

        return componentsschemas_log_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(data)

        return componentsschemas_log_response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(data)

        return componentsschemas_log_response_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data)

    return componentsschemas_log_response_type_3


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
