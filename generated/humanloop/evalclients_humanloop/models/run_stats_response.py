from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_evaluator_stats_response import BooleanEvaluatorStatsResponse
    from ..models.numeric_evaluator_stats_response import NumericEvaluatorStatsResponse
    from ..models.select_evaluator_stats_response import SelectEvaluatorStatsResponse
    from ..models.text_evaluator_stats_response import TextEvaluatorStatsResponse


T = TypeVar("T", bound="RunStatsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_stats",
        "num_logs",
        "run_id",
        "status",
        "batch_id",
        "version_id",
    }
)


@_attrs_define
class RunStatsResponse:
    """Statistics of one Run.

    Attributes:
        evaluator_stats (list[BooleanEvaluatorStatsResponse | NumericEvaluatorStatsResponse |
            SelectEvaluatorStatsResponse | TextEvaluatorStatsResponse]): Statistics of each Evaluator Version on this Run.
        num_logs (int): Number of Logs in the Run.
        run_id (str): Unique identifier for the Run.
        status (EvaluationStatus): Status of an evaluation.
        batch_id (str | Unset): Unique identifier for the batch of Logs in the Evaluation.
        version_id (str | Unset): Unique identifier for the evaluated Version.
    """

    evaluator_stats: (
        list[
            BooleanEvaluatorStatsResponse
            | NumericEvaluatorStatsResponse
            | SelectEvaluatorStatsResponse
            | TextEvaluatorStatsResponse
        ]
        | Unset
    )
    num_logs: int | Unset
    run_id: str | Unset
    status: EvaluationStatus | Unset
    batch_id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            evaluator_stats = []
            for evaluator_stats_item_data in self.evaluator_stats:
                evaluator_stats_item: dict[str, Any]
                if isinstance(evaluator_stats_item_data, NumericEvaluatorStatsResponse):
                    evaluator_stats_item = evaluator_stats_item_data.to_dict()
                elif isinstance(evaluator_stats_item_data, BooleanEvaluatorStatsResponse):
                    evaluator_stats_item = evaluator_stats_item_data.to_dict()
                elif isinstance(evaluator_stats_item_data, SelectEvaluatorStatsResponse):
                    evaluator_stats_item = evaluator_stats_item_data.to_dict()
                else:
                    evaluator_stats_item = evaluator_stats_item_data.to_dict()

                evaluator_stats.append(evaluator_stats_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_stats = _as_json(self.evaluator_stats)

        num_logs = self.num_logs

        run_id = self.run_id

        try:
            status: str = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        batch_id = self.batch_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_stats": evaluator_stats,
                "num_logs": num_logs,
                "run_id": run_id,
                "status": status,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            evaluator_stats = []
            _evaluator_stats = d["evaluator_stats"]
            for evaluator_stats_item_data in _evaluator_stats:

                def _parse_evaluator_stats_item(
                    data: object,
                ) -> (
                    BooleanEvaluatorStatsResponse
                    | NumericEvaluatorStatsResponse
                    | SelectEvaluatorStatsResponse
                    | TextEvaluatorStatsResponse
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_0 = NumericEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_1 = BooleanEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_2 = SelectEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    evaluator_stats_item_type_3 = TextEvaluatorStatsResponse.from_dict(
                        data, _strict=True
                    )

                    return evaluator_stats_item_type_3

                evaluator_stats_item = _parse_evaluator_stats_item(evaluator_stats_item_data)

                evaluator_stats.append(evaluator_stats_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(evaluator_stats_item_data: Any) -> Any:
                def _parse_evaluator_stats_item(
                    data: object,
                ) -> (
                    BooleanEvaluatorStatsResponse
                    | NumericEvaluatorStatsResponse
                    | SelectEvaluatorStatsResponse
                    | TextEvaluatorStatsResponse
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_0 = NumericEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_1 = BooleanEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluator_stats_item_type_2 = SelectEvaluatorStatsResponse.from_dict(
                            data, _strict=True
                        )

                        return evaluator_stats_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    evaluator_stats_item_type_3 = TextEvaluatorStatsResponse.from_dict(
                        data, _strict=True
                    )

                    return evaluator_stats_item_type_3

                evaluator_stats_item = _parse_evaluator_stats_item(evaluator_stats_item_data)
                return evaluator_stats_item

            evaluator_stats, _drifted = _keep_each(
                cls,
                d,
                "evaluator_stats",
                "list[BooleanEvaluatorStatsResponse | NumericEvaluatorStatsResponse | SelectEvaluatorStatsResponse | TextEvaluatorStatsResponse]",
                "type",
                _each,
                _drifted,
            )

        try:
            num_logs = d["num_logs"]
            if not (type(num_logs) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_logs, _drifted = _keep(cls, d, "num_logs", "int", "type", _drifted)

        try:
            run_id = d["run_id"]
            if not (type(run_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_id, _drifted = _keep(cls, d, "run_id", "str", "type", _drifted)

        try:
            status = check_evaluation_status(d["status"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of cancelled, completed, pending, running", "enum", _drifted
            )

        try:
            batch_id = d.get("batch_id", UNSET)
            if not (type(batch_id) is str or batch_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_id, _drifted = _keep(cls, d, "batch_id", "str", "type", _drifted)

        try:
            version_id = d.get("version_id", UNSET)
            if not (type(version_id) is str or version_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        _run_stats_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _run_stats_response_.evaluator_stats = evaluator_stats
        _run_stats_response_.num_logs = num_logs
        _run_stats_response_.run_id = run_id
        _run_stats_response_.status = status
        _run_stats_response_.batch_id = batch_id
        _run_stats_response_.version_id = version_id
        _run_stats_response_.additional_properties = {}

        if _extra:
            _run_stats_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_run_stats_response_, _drifted)
        return _run_stats_response_

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        BooleanEvaluatorStatsResponse, \
        NumericEvaluatorStatsResponse, \
        SelectEvaluatorStatsResponse, \
        TextEvaluatorStatsResponse
    from ..models.boolean_evaluator_stats_response import BooleanEvaluatorStatsResponse  # noqa: PLC0415
    from ..models.numeric_evaluator_stats_response import NumericEvaluatorStatsResponse  # noqa: PLC0415
    from ..models.select_evaluator_stats_response import SelectEvaluatorStatsResponse  # noqa: PLC0415
    from ..models.text_evaluator_stats_response import TextEvaluatorStatsResponse  # noqa: PLC0415

    _LAZY_PENDING = False
