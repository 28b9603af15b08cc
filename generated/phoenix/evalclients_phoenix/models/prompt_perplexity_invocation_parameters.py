from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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
    from ..models.prompt_perplexity_invocation_parameters_content import (
        PromptPerplexityInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptPerplexityInvocationParameters")
_new = object.__new__
_FIELDS = frozenset(
    {
        "perplexity",
        "type",
    }
)


@_attrs_define
class PromptPerplexityInvocationParameters:
    """
    Attributes:
        perplexity (PromptPerplexityInvocationParametersContent):
        type_ (Literal['perplexity']):
    """

    perplexity: PromptPerplexityInvocationParametersContent | Unset
    type_: Literal["perplexity"] | Unset
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
            perplexity = self.perplexity.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            perplexity = _as_json(self.perplexity)

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "perplexity": perplexity,
                "type": type_,
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
        _perplexity_raw = d.get("perplexity", UNSET)
        if _perplexity_raw is not UNSET and not _strict:
            perplexity = _perplexity_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                perplexity = PromptPerplexityInvocationParametersContent.from_dict(d["perplexity"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                perplexity, _drifted = _keep(
                    cls,
                    d,
                    "perplexity",
                    "PromptPerplexityInvocationParametersContent",
                    "type",
                    _drifted,
                )

        try:
            type_ = cast(Literal["perplexity"], d["type"])
            if type_ != "perplexity":
                raise ValueError(f"type must match const 'perplexity', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027perplexity\u0027]", "type", _drifted
            )

        _prompt_perplexity_invocation_parameters_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_perplexity_invocation_parameters_._perplexity_slot = perplexity  # type: ignore[attr-defined]
        _prompt_perplexity_invocation_parameters_.type_ = type_
        _prompt_perplexity_invocation_parameters_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_perplexity_invocation_parameters_, _drifted)
        return _prompt_perplexity_invocation_parameters_


def _decode_perplexity(self: PromptPerplexityInvocationParameters, raw: Any) -> Any:
    """``perplexity`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        perplexity = PromptPerplexityInvocationParametersContent.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        perplexity, _drifted = _keep(
            type(self),
            {"perplexity": raw},
            "perplexity",
            "PromptPerplexityInvocationParametersContent",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return perplexity


_lazy(PromptPerplexityInvocationParameters, "perplexity", 1, _decode_perplexity)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptPerplexityInvocationParametersContent
    from ..models.prompt_perplexity_invocation_parameters_content import (
        PromptPerplexityInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
