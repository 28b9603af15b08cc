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
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_evaluator_response import EvaluationEvaluatorResponse
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="EvaluationResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "evaluators",
        "id",
        "runs_count",
        "updated_at",
        "created_by",
        "file_id",
        "name",
        "url",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", True, 1, ""),
    ("evaluators", "_evaluators_slot", True, 2, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "runs_count",
        "runs_count",
        True,
        0,
        "runs_count = _j_runs_count\nif not (type(runs_count) is int):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", True, 4, ""),
    ("created_by", "_created_by_slot", False, 8, ""),
    (
        "file_id",
        "file_id",
        False,
        0,
        "file_id: None | str | Unset = _j_file_id\n\nif not (file_id is None or type(file_id) is str or file_id is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name: None | str | Unset = _j_name\n\nif not (name is None or type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "url",
        "url",
        False,
        0,
        "url: None | str | Unset = _j_url\n\nif not (url is None or type(url) is str or url is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class EvaluationResponse:
    """An Evaluation of a File, with its Evaluators; its Runs are listed separately.

    Attributes:
        created_at (datetime.datetime):
        evaluators (list[EvaluationEvaluatorResponse]): The Evaluator Versions used to evaluate.
        id (str): Unique identifier for the Evaluation. Starts with `evr`.
        runs_count (int): Number of Runs in the Evaluation.
        updated_at (datetime.datetime):
        created_by (None | Unset | UserResponse):
        file_id (None | str | Unset): Unique identifier for the File the Evaluation belongs to.
        name (None | str | Unset): Name of the Evaluation, unique among the Evaluations of its File.
        url (None | str | Unset): URL of the Evaluation in the Humanloop app.
    """

    created_at: datetime.datetime | Unset
    evaluators: list[EvaluationEvaluatorResponse] | Unset
    id: str | Unset
    runs_count: int | Unset
    updated_at: datetime.datetime | Unset
    created_by: None | Unset | UserResponse = UNSET
    file_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
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
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item = evaluators_item_data.to_dict()
                evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        id = self.id

        runs_count = self.runs_count

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            created_by: dict[str, Any] | None | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            elif isinstance(self.created_by, UserResponse):
                created_by = self.created_by.to_dict()
            else:
                created_by = self.created_by
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_by = _as_json(self.created_by)

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "evaluators": evaluators,
                "id": id,
                "runs_count": runs_count,
                "updated_at": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        _evaluators_raw = d.get("evaluators", UNSET)
        if _evaluators_raw is not UNSET and not _strict:
            evaluators = _evaluators_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                evaluators = [
                    EvaluationEvaluatorResponse.from_dict(evaluators_item_data)
                    for evaluators_item_data in d["evaluators"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluators, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluators",
                    "list[EvaluationEvaluatorResponse]",
                    "type",
                    lambda evaluators_item_data: EvaluationEvaluatorResponse.from_dict(
                        evaluators_item_data
                    ),
                    _drifted,
                )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            runs_count = d["runs_count"]
            if not (type(runs_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            runs_count, _drifted = _keep(cls, d, "runs_count", "int", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _created_by_raw = d.get("created_by", UNSET)
        if _created_by_raw is UNSET:
            created_by = UNSET
        elif not _strict:
            created_by = _created_by_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _created_by = d.get("created_by", UNSET)
                created_by = (
                    _created_by
                    if _created_by is None or _created_by is UNSET
                    else _parse_created_by(_created_by)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_by, _drifted = _keep(
                    cls, d, "created_by", "None | UserResponse", "union", _drifted
                )

        try:
            file_id: None | str | Unset = d.get("file_id", UNSET)

            if not (file_id is None or type(file_id) is str or file_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            file_id, _drifted = _keep(cls, d, "file_id", "None | str", "type", _drifted)

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            url: None | str | Unset = d.get("url", UNSET)

            if not (url is None or type(url) is str or url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "None | str", "type", _drifted)

        _evaluation_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluation_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _evaluation_response_._evaluators_slot = evaluators  # type: ignore[attr-defined]
        _evaluation_response_.id = id
        _evaluation_response_.runs_count = runs_count
        _evaluation_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _evaluation_response_._created_by_slot = created_by  # type: ignore[attr-defined]
        _evaluation_response_.file_id = file_id
        _evaluation_response_.name = name
        _evaluation_response_.url = url
        _evaluation_response_.additional_properties = {}
        _evaluation_response_._pending = _pending

        if _extra:
            _evaluation_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_response_, _drifted)
        return _evaluation_response_

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


def _parse_created_by(data: object) -> None | Unset | UserResponse:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        created_by_type_0 = UserResponse.from_dict(data)

        return created_by_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: EvaluationResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(EvaluationResponse, "created_at", 1, _decode_created_at)


def _decode_evaluators(self: EvaluationResponse, raw: Any) -> Any:
    """``evaluators`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        evaluators = [
            EvaluationEvaluatorResponse.from_dict(evaluators_item_data)
            for evaluators_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluators, _drifted = _keep_each(
            type(self),
            {"evaluators": raw},
            "evaluators",
            "list[EvaluationEvaluatorResponse]",
            "type",
            lambda evaluators_item_data: EvaluationEvaluatorResponse.from_dict(
                evaluators_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluators


_lazy(EvaluationResponse, "evaluators", 2, _decode_evaluators)


def _decode_updated_at(self: EvaluationResponse, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(EvaluationResponse, "updated_at", 4, _decode_updated_at)


def _decode_created_by(self: EvaluationResponse, raw: Any) -> Any:
    """``created_by`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_by = raw
        created_by = (
            _created_by
            if _created_by is None or _created_by is UNSET
            else _parse_created_by(_created_by)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_by, _drifted = _keep(
            type(self), {"created_by": raw}, "created_by", "None | UserResponse", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_by


_lazy(EvaluationResponse, "created_by", 8, _decode_created_by)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluationEvaluatorResponse, UserResponse
    from ..models.evaluation_evaluator_response import EvaluationEvaluatorResponse  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False
