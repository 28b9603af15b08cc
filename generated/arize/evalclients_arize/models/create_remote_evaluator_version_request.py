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
    from ..models.remote_config_input import RemoteConfigInput


T = TypeVar("T", bound="CreateRemoteEvaluatorVersionRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "commit_message",
        "remote_config",
    }
)


@_attrs_define
class CreateRemoteEvaluatorVersionRequest:
    """CreateRemoteEvaluatorVersionRequest

    Attributes:
        commit_message (str): Commit message describing the changes
        remote_config (RemoteConfigInput): Remote configuration for a `REMOTE` evaluator version in write requests. The
            referenced integration may also be used by other versions; editing it affects every version that references it.
    """

    commit_message: str | Unset
    remote_config: RemoteConfigInput | Unset
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
        commit_message = self.commit_message

        try:
            remote_config = self.remote_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            remote_config = _as_json(self.remote_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "remote_config": remote_config,
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
        try:
            commit_message = d["commit_message"]
            if not (type(commit_message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

        _remote_config_raw = d.get("remote_config", UNSET)
        if _remote_config_raw is not UNSET and not _strict:
            remote_config = _remote_config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                remote_config = RemoteConfigInput.from_dict(d["remote_config"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                remote_config, _drifted = _keep(
                    cls, d, "remote_config", "RemoteConfigInput", "type", _drifted
                )

        _create_remote_evaluator_version_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_remote_evaluator_version_request_.commit_message = commit_message
        _create_remote_evaluator_version_request_._remote_config_slot = remote_config  # type: ignore[attr-defined]
        _create_remote_evaluator_version_request_.additional_properties = {}
        _create_remote_evaluator_version_request_._pending = _pending

        if _extra:
            _create_remote_evaluator_version_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_remote_evaluator_version_request_, _drifted)
        return _create_remote_evaluator_version_request_

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


def _decode_remote_config(self: CreateRemoteEvaluatorVersionRequest, raw: Any) -> Any:
    """``remote_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        remote_config = RemoteConfigInput.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        remote_config, _drifted = _keep(
            type(self),
            {"remote_config": raw},
            "remote_config",
            "RemoteConfigInput",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return remote_config


_lazy(CreateRemoteEvaluatorVersionRequest, "remote_config", 1, _decode_remote_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, RemoteConfigInput
    from ..models.remote_config_input import RemoteConfigInput  # noqa: PLC0415

    _LAZY_PENDING = False
