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
    from ..models.experiment import Experiment


T = TypeVar("T", bound="PaginatedExperimentList")
_new = object.__new__
_FIELDS = frozenset(
    {
        "results",
        "count",
        "next",
        "previous",
    }
)


@_attrs_define
class PaginatedExperimentList:
    """A DRF page of experiments.

    Attributes:
        results (list[Experiment]):
        count (int | Unset): Total number of experiments that match.
        next_ (None | str | Unset): URL of the next page, or null.
        previous (None | str | Unset): URL of the previous page, or null.
    """

    results: list[Experiment] | Unset
    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
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
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            results = _as_json(self.results)

        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

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
        _results_raw = d.get("results", UNSET)
        if _results_raw is not UNSET and not _strict:
            results = _results_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                results = [
                    Experiment.from_dict(results_item_data) for results_item_data in d["results"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                results, _drifted = _keep_each(
                    cls,
                    d,
                    "results",
                    "list[Experiment]",
                    "type",
                    lambda results_item_data: Experiment.from_dict(results_item_data),
                    _drifted,
                )

        try:
            count = d.get("count", UNSET)
            if not (type(count) is int or count is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            count, _drifted = _keep(cls, d, "count", "int", "type", _drifted)

        try:
            next_: None | str | Unset = d.get("next", UNSET)

            if not (next_ is None or type(next_) is str or next_ is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            next_, _drifted = _keep(cls, d, "next", "None | str", "type", _drifted)

        try:
            previous: None | str | Unset = d.get("previous", UNSET)

            if not (previous is None or type(previous) is str or previous is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            previous, _drifted = _keep(cls, d, "previous", "None | str", "type", _drifted)

        _paginated_experiment_list_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _paginated_experiment_list_._results_slot = results  # type: ignore[attr-defined]
        _paginated_experiment_list_.count = count
        _paginated_experiment_list_.next_ = next_
        _paginated_experiment_list_.previous = previous
        _paginated_experiment_list_.additional_properties = {}
        _paginated_experiment_list_._pending = _pending

        if _extra:
            _paginated_experiment_list_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_paginated_experiment_list_, _drifted)
        return _paginated_experiment_list_

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


def _decode_results(self: PaginatedExperimentList, raw: Any) -> Any:
    """``results`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        results = [Experiment.from_dict(results_item_data) for results_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        results, _drifted = _keep_each(
            type(self),
            {"results": raw},
            "results",
            "list[Experiment]",
            "type",
            lambda results_item_data: Experiment.from_dict(results_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return results


_lazy(PaginatedExperimentList, "results", 1, _decode_results)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Experiment
    from ..models.experiment import Experiment  # noqa: PLC0415

    _LAZY_PENDING = False
