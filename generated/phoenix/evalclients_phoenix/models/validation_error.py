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
    from ..models.validation_error_context import ValidationErrorContext


T = TypeVar("T", bound="ValidationError")
_new = object.__new__
_FIELDS = frozenset(
    {
        "loc",
        "msg",
        "type",
        "ctx",
        "input",
    }
)


@_attrs_define
class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
        ctx (ValidationErrorContext | Unset):
        input_ (Any | Unset):
    """

    loc: list[int | str] | Unset
    msg: str | Unset
    type_: str | Unset
    ctx: ValidationErrorContext | Unset = UNSET
    input_: Any | Unset = UNSET
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
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            loc = _as_json(self.loc)

        msg = self.msg

        type_ = self.type_

        try:
            ctx: dict[str, Any] | Unset = UNSET
            if not isinstance(self.ctx, Unset):
                ctx = self.ctx.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            ctx = _as_json(self.ctx)

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
        if input_ is not UNSET:
            field_dict["input"] = input_

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
            loc = []
            _loc = d["loc"]
            for loc_item_data in _loc:
                loc_item: int | str = loc_item_data

                loc.append(loc_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            loc, _drifted = _keep(cls, d, "loc", "list[int | str]", "type", _drifted)

        try:
            msg = d["msg"]
            if not (type(msg) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            msg, _drifted = _keep(cls, d, "msg", "str", "type", _drifted)

        try:
            type_ = d["type"]
            if not (type(type_) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "str", "type", _drifted)

        _ctx_raw = d.get("ctx", UNSET)
        if _ctx_raw is UNSET:
            ctx = UNSET
        elif not _strict:
            ctx = _ctx_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _ctx = d.get("ctx", UNSET)
                ctx: ValidationErrorContext | Unset
                if _ctx is UNSET:
                    ctx = UNSET
                else:
                    ctx = ValidationErrorContext.from_dict(_ctx)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                ctx, _drifted = _keep(cls, d, "ctx", "ValidationErrorContext", "type", _drifted)

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        _validation_error_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _validation_error_.loc = loc
        _validation_error_.msg = msg
        _validation_error_.type_ = type_
        _validation_error_._ctx_slot = ctx  # type: ignore[attr-defined]
        _validation_error_.input_ = input_
        _validation_error_.additional_properties = {}
        _validation_error_._pending = _pending

        if _extra:
            _validation_error_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_validation_error_, _drifted)
        return _validation_error_

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


def _decode_ctx(self: ValidationError, raw: Any) -> Any:
    """``ctx`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _ctx = raw
        ctx: ValidationErrorContext | Unset
        if _ctx is UNSET:
            ctx = UNSET
        else:
            ctx = ValidationErrorContext.from_dict(_ctx)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        ctx, _drifted = _keep(
            type(self), {"ctx": raw}, "ctx", "ValidationErrorContext", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return ctx


_lazy(ValidationError, "ctx", 1, _decode_ctx)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ValidationErrorContext
    from ..models.validation_error_context import ValidationErrorContext  # noqa: PLC0415

    _LAZY_PENDING = False
