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
from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_stats_response import RunStatsResponse


T = TypeVar("T", bound="EvaluationStats")
_new = object.__new__
_FIELDS = frozenset(
    {
        "run_stats",
        "status",
        "progress",
        "report",
    }
)


@_attrs_define
class EvaluationStats:
    """Aggregate statistics of an Evaluation, per Run.

    Attributes:
        run_stats (list[RunStatsResponse]): Statistics of each Run.
        status (EvaluationStatus): Status of an evaluation.
        progress (str | Unset): Printable summary of the Evaluation's progress (e.g. for CI logs).
        report (str | Unset): Printable summary report of the Evaluation (e.g. for CI logs).
    """

    run_stats: list[RunStatsResponse] | Unset
    status: EvaluationStatus | Unset
    progress: str | Unset = UNSET
    report: str | Unset = UNSET
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
            run_stats = []
            for run_stats_item_data in self.run_stats:
                run_stats_item = run_stats_item_data.to_dict()
                run_stats.append(run_stats_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_stats = _as_json(self.run_stats)

        try:
            status: str = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        progress = self.progress

        report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_stats": run_stats,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if report is not UNSET:
            field_dict["report"] = report

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
        _run_stats_raw = d.get("run_stats", UNSET)
        if _run_stats_raw is not UNSET and not _strict:
            run_stats = _run_stats_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                run_stats = [
                    RunStatsResponse.from_dict(run_stats_item_data)
                    for run_stats_item_data in d["run_stats"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                run_stats, _drifted = _keep_each(
                    cls,
                    d,
                    "run_stats",
                    "list[RunStatsResponse]",
                    "type",
                    lambda run_stats_item_data: RunStatsResponse.from_dict(run_stats_item_data),
                    _drifted,
                )

        try:
            status = check_evaluation_status(d["status"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of cancelled, completed, pending, running", "enum", _drifted
            )

        try:
            progress = d.get("progress", UNSET)
            if not (type(progress) is str or progress is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            progress, _drifted = _keep(cls, d, "progress", "str", "type", _drifted)

        try:
            report = d.get("report", UNSET)
            if not (type(report) is str or report is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            report, _drifted = _keep(cls, d, "report", "str", "type", _drifted)

        _evaluation_stats_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluation_stats_._run_stats_slot = run_stats  # type: ignore[attr-defined]
        _evaluation_stats_.status = status
        _evaluation_stats_.progress = progress
        _evaluation_stats_.report = report
        _evaluation_stats_.additional_properties = {}
        _evaluation_stats_._pending = _pending

        if _extra:
            _evaluation_stats_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_stats_, _drifted)
        return _evaluation_stats_

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


def _decode_run_stats(self: EvaluationStats, raw: Any) -> Any:
    """``run_stats`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        run_stats = [RunStatsResponse.from_dict(run_stats_item_data) for run_stats_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        run_stats, _drifted = _keep_each(
            type(self),
            {"run_stats": raw},
            "run_stats",
            "list[RunStatsResponse]",
            "type",
            lambda run_stats_item_data: RunStatsResponse.from_dict(run_stats_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return run_stats


_lazy(EvaluationStats, "run_stats", 1, _decode_run_stats)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, RunStatsResponse
    from ..models.run_stats_response import RunStatsResponse  # noqa: PLC0415

    _LAZY_PENDING = False
