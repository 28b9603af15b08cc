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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_evaluator_request import CodeEvaluatorRequest
    from ..models.external_evaluator_request import ExternalEvaluatorRequest
    from ..models.human_evaluator_request import HumanEvaluatorRequest
    from ..models.llm_evaluator_request import LLMEvaluatorRequest


T = TypeVar("T", bound="EvaluatorsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "spec",
        "commit_message",
        "id",
        "path",
    }
)


@_attrs_define
class EvaluatorsRequest:
    """
    Attributes:
        spec (CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest):
        commit_message (str | Unset): Message describing the changes made.
        id (str | Unset): ID for an existing Evaluator.
        path (str | Unset): Path of the Evaluator, including the name. This locates the Evaluator in the Humanloop
            filesystem and is used as as a unique identifier. For example: `folder/name` or just `name`.
    """

    spec: (
        CodeEvaluatorRequest
        | ExternalEvaluatorRequest
        | HumanEvaluatorRequest
        | LLMEvaluatorRequest
        | Unset
    )
    commit_message: str | Unset = UNSET
    id: str | Unset = UNSET
    path: str | Unset = UNSET
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
            spec: dict[str, Any]
            if isinstance(self.spec, LLMEvaluatorRequest):
                spec = self.spec.to_dict()
            elif isinstance(self.spec, CodeEvaluatorRequest):
                spec = self.spec.to_dict()
            elif isinstance(self.spec, HumanEvaluatorRequest):
                spec = self.spec.to_dict()
            else:
                spec = self.spec.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spec = _as_json(self.spec)

        commit_message = self.commit_message

        id = self.id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path

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
        _spec_raw = d.get("spec", UNSET)
        if _spec_raw is not UNSET and not _strict:
            spec = _spec_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                spec = _parse_spec(d["spec"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spec, _drifted = _keep(
                    cls,
                    d,
                    "spec",
                    "CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest",
                    "union",
                    _drifted,
                )

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        _evaluators_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluators_request_._spec_slot = spec  # type: ignore[attr-defined]
        _evaluators_request_.commit_message = commit_message
        _evaluators_request_.id = id
        _evaluators_request_.path = path
        _evaluators_request_.additional_properties = {}
        _evaluators_request_._pending = _pending

        if _extra:
            _evaluators_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluators_request_, _drifted)
        return _evaluators_request_

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


def _parse_spec(
    data: object,
) -> CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_0 = LLMEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_1 = CodeEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        spec_type_2 = HumanEvaluatorRequest.from_dict(data, _strict=True)

        return spec_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    spec_type_3 = ExternalEvaluatorRequest.from_dict(data, _strict=True)

    return spec_type_3


def _decode_spec(self: EvaluatorsRequest, raw: Any) -> Any:
    """``spec`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        spec = _parse_spec(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spec, _drifted = _keep(
            type(self),
            {"spec": raw},
            "spec",
            "CodeEvaluatorRequest | ExternalEvaluatorRequest | HumanEvaluatorRequest | LLMEvaluatorRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spec


_lazy(EvaluatorsRequest, "spec", 1, _decode_spec)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CodeEvaluatorRequest, \
        ExternalEvaluatorRequest, \
        HumanEvaluatorRequest, \
        LLMEvaluatorRequest
    from ..models.code_evaluator_request import CodeEvaluatorRequest  # noqa: PLC0415
    from ..models.external_evaluator_request import ExternalEvaluatorRequest  # noqa: PLC0415
    from ..models.human_evaluator_request import HumanEvaluatorRequest  # noqa: PLC0415
    from ..models.llm_evaluator_request import LLMEvaluatorRequest  # noqa: PLC0415

    _LAZY_PENDING = False
