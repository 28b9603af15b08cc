from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
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


T = TypeVar("T", bound="GetExperimentResponse200")
_new = object.__new__
_FIELDS = frozenset(
    {
        "objects",
    }
)


@_attrs_define
class GetExperimentResponse200:
    """
    Attributes:
        objects (list[Experiment]): A list of experiment objects
    """

    objects: list[Experiment] | Unset
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
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            objects = _as_json(self.objects)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objects": objects,
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
        _objects_raw = d.get("objects", UNSET)
        if _objects_raw is not UNSET and not _strict:
            objects = _objects_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                objects = [
                    Experiment.from_dict(objects_item_data) for objects_item_data in d["objects"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                objects, _drifted = _keep_each(
                    cls,
                    d,
                    "objects",
                    "list[Experiment]",
                    "type",
                    lambda objects_item_data: Experiment.from_dict(objects_item_data),
                    _drifted,
                )

        _get_experiment_response_200_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _get_experiment_response_200_._objects_slot = objects  # type: ignore[attr-defined]
        _get_experiment_response_200_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_get_experiment_response_200_, _drifted)
        return _get_experiment_response_200_


def _decode_objects(self: GetExperimentResponse200, raw: Any) -> Any:
    """``objects`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        objects = [Experiment.from_dict(objects_item_data) for objects_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        objects, _drifted = _keep_each(
            type(self),
            {"objects": raw},
            "objects",
            "list[Experiment]",
            "type",
            lambda objects_item_data: Experiment.from_dict(objects_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return objects


_lazy(GetExperimentResponse200, "objects", 1, _decode_objects)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Experiment
    from ..models.experiment import Experiment  # noqa: PLC0415

    _LAZY_PENDING = False
