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
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_run_experiment_task_run_request_tracing_metadata import (
        TriggerRunExperimentTaskRunRequestTracingMetadata,
    )


T = TypeVar("T", bound="TriggerRunExperimentTaskRunRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "experiment_name",
        "dataset_version_id",
        "evaluation_task_ids",
        "example_ids",
        "max_examples",
        "query_filter",
        "tracing_metadata",
    }
)


@_attrs_define
class TriggerRunExperimentTaskRunRequest:
    """Trigger request for `RUN_EXPERIMENT` tasks. `example_ids` and `max_examples` are mutually exclusive; at most one may
    be provided. `query_filter` may be combined with `example_ids` (the run set is their intersection) or with
    `max_examples`.

        Attributes:
            experiment_name (str): Display name for the experiment to be created. Must be unique within the dataset, 1–255
                characters, and must not contain double quotes (`"`) or backslashes (`\\`).
            dataset_version_id (str | Unset): Dataset version identifier (base64). Defaults to the latest version when
                omitted.
            evaluation_task_ids (list[str] | Unset): Task identifiers (base64) of evaluation tasks to trigger after the
                experiment run completes. Supported for all `RUN_EXPERIMENT` experiment types.
            example_ids (list[str] | Unset): Specific example IDs to run against. Mutually exclusive with `max_examples`.
                When both are omitted, all examples are used.
            max_examples (int | Unset): Maximum number of examples to run (dataset order). Mutually exclusive with
                `example_ids`. When both are omitted, all examples are used.
            query_filter (str | Unset): Optional filter expression. When provided, the experiment (and any chained
                evaluation tasks) runs only on the dataset examples matching the filter, instead of the whole dataset. May be
                combined with `example_ids` — the run set is then the intersection (the given examples that also match the
                filter) — or with `max_examples` to cap the filtered set.
            tracing_metadata (TriggerRunExperimentTaskRunRequestTracingMetadata | Unset): Arbitrary key-value metadata.
                Providing this enables tracing for the run.
    """

    experiment_name: str | Unset
    dataset_version_id: str | Unset = UNSET
    evaluation_task_ids: list[str] | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    max_examples: int | Unset = UNSET
    query_filter: str | Unset = UNSET
    tracing_metadata: TriggerRunExperimentTaskRunRequestTracingMetadata | Unset = UNSET
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
        experiment_name = self.experiment_name

        dataset_version_id = self.dataset_version_id

        try:
            evaluation_task_ids: list[str] | Unset = UNSET
            if not isinstance(self.evaluation_task_ids, Unset):
                evaluation_task_ids = self.evaluation_task_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluation_task_ids = _as_json(self.evaluation_task_ids)

        try:
            example_ids: list[str] | Unset = UNSET
            if not isinstance(self.example_ids, Unset):
                example_ids = self.example_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            example_ids = _as_json(self.example_ids)

        max_examples = self.max_examples

        query_filter = self.query_filter

        try:
            tracing_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tracing_metadata, Unset):
                tracing_metadata = self.tracing_metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tracing_metadata = _as_json(self.tracing_metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_name": experiment_name,
            }
        )
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if evaluation_task_ids is not UNSET:
            field_dict["evaluation_task_ids"] = evaluation_task_ids
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids
        if max_examples is not UNSET:
            field_dict["max_examples"] = max_examples
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if tracing_metadata is not UNSET:
            field_dict["tracing_metadata"] = tracing_metadata

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
            experiment_name = d["experiment_name"]
            if not (type(experiment_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_name, _drifted = _keep(cls, d, "experiment_name", "str", "type", _drifted)

        try:
            dataset_version_id = d.get("dataset_version_id", UNSET)
            if not (type(dataset_version_id) is str or dataset_version_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "str", "type", _drifted
            )

        try:
            evaluation_task_ids: list[str] = d.get("evaluation_task_ids", UNSET)

            if not (
                (type(evaluation_task_ids) is list and _strs(evaluation_task_ids))
                or evaluation_task_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            evaluation_task_ids, _drifted = _keep(
                cls, d, "evaluation_task_ids", "list[str]", "type", _drifted
            )

        try:
            example_ids: list[str] = d.get("example_ids", UNSET)

            if not ((type(example_ids) is list and _strs(example_ids)) or example_ids is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_ids, _drifted = _keep(cls, d, "example_ids", "list[str]", "type", _drifted)

        try:
            max_examples = d.get("max_examples", UNSET)
            if not (type(max_examples) is int or max_examples is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_examples, _drifted = _keep(cls, d, "max_examples", "int", "type", _drifted)

        try:
            query_filter = d.get("query_filter", UNSET)
            if not (type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "str", "type", _drifted)

        _tracing_metadata_raw = d.get("tracing_metadata", UNSET)
        if _tracing_metadata_raw is UNSET:
            tracing_metadata = UNSET
        elif not _strict:
            tracing_metadata = _tracing_metadata_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tracing_metadata = d.get("tracing_metadata", UNSET)
                tracing_metadata: TriggerRunExperimentTaskRunRequestTracingMetadata | Unset
                if _tracing_metadata is UNSET:
                    tracing_metadata = UNSET
                else:
                    tracing_metadata = TriggerRunExperimentTaskRunRequestTracingMetadata.from_dict(
                        _tracing_metadata
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tracing_metadata, _drifted = _keep(
                    cls,
                    d,
                    "tracing_metadata",
                    "TriggerRunExperimentTaskRunRequestTracingMetadata",
                    "type",
                    _drifted,
                )

        _trigger_run_experiment_task_run_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _trigger_run_experiment_task_run_request_.experiment_name = experiment_name
        _trigger_run_experiment_task_run_request_.dataset_version_id = dataset_version_id
        _trigger_run_experiment_task_run_request_.evaluation_task_ids = evaluation_task_ids
        _trigger_run_experiment_task_run_request_.example_ids = example_ids
        _trigger_run_experiment_task_run_request_.max_examples = max_examples
        _trigger_run_experiment_task_run_request_.query_filter = query_filter
        _trigger_run_experiment_task_run_request_._tracing_metadata_slot = tracing_metadata  # type: ignore[attr-defined]
        _trigger_run_experiment_task_run_request_.additional_properties = {}
        _trigger_run_experiment_task_run_request_._pending = _pending

        if _extra:
            _trigger_run_experiment_task_run_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trigger_run_experiment_task_run_request_, _drifted)
        return _trigger_run_experiment_task_run_request_

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


def _decode_tracing_metadata(self: TriggerRunExperimentTaskRunRequest, raw: Any) -> Any:
    """``tracing_metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tracing_metadata = raw
        tracing_metadata: TriggerRunExperimentTaskRunRequestTracingMetadata | Unset
        if _tracing_metadata is UNSET:
            tracing_metadata = UNSET
        else:
            tracing_metadata = TriggerRunExperimentTaskRunRequestTracingMetadata.from_dict(
                _tracing_metadata
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tracing_metadata, _drifted = _keep(
            type(self),
            {"tracing_metadata": raw},
            "tracing_metadata",
            "TriggerRunExperimentTaskRunRequestTracingMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tracing_metadata


_lazy(TriggerRunExperimentTaskRunRequest, "tracing_metadata", 1, _decode_tracing_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TriggerRunExperimentTaskRunRequestTracingMetadata
    from ..models.trigger_run_experiment_task_run_request_tracing_metadata import (
        TriggerRunExperimentTaskRunRequestTracingMetadata,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
