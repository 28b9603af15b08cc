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
    from ..models.chat_message import ChatMessage
    from ..models.datapoint_response_inputs import DatapointResponseInputs
    from ..models.datapoint_response_target import DatapointResponseTarget


T = TypeVar("T", bound="DatapointResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "inputs",
        "messages",
        "target",
    }
)


@_attrs_define
class DatapointResponse:
    """
    Attributes:
        id (str): Unique identifier for the Datapoint. Starts with `dp_`.
        inputs (DatapointResponseInputs | Unset): The inputs to the prompt template.
        messages (list[ChatMessage] | Unset): List of chat messages to provide to the model.
        target (DatapointResponseTarget | Unset): Object with criteria necessary to evaluate generations with this
            Datapoint. This is passed in as an argument to Evaluators when used in an Evaluation.
    """

    id: str | Unset
    inputs: DatapointResponseInputs | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    target: DatapointResponseTarget | Unset = UNSET
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
        id = self.id

        try:
            inputs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.inputs, Unset):
                inputs = self.inputs.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                for messages_item_data in self.messages:
                    messages_item = messages_item_data.to_dict()
                    messages.append(messages_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            messages = _as_json(self.messages)

        try:
            target: dict[str, Any] | Unset = UNSET
            if not isinstance(self.target, Unset):
                target = self.target.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            target = _as_json(self.target)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if messages is not UNSET:
            field_dict["messages"] = messages
        if target is not UNSET:
            field_dict["target"] = target

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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is UNSET:
            inputs = UNSET
        elif not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _inputs = d.get("inputs", UNSET)
                inputs: DatapointResponseInputs | Unset
                if _inputs is UNSET:
                    inputs = UNSET
                else:
                    inputs = DatapointResponseInputs.from_dict(_inputs)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep(
                    cls, d, "inputs", "DatapointResponseInputs", "type", _drifted
                )

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _messages = d.get("messages", UNSET)
                messages: list[ChatMessage] | Unset = UNSET
                if _messages is not UNSET:
                    messages = [
                        ChatMessage.from_dict(messages_item_data)
                        for messages_item_data in _messages
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                messages, _drifted = _keep_each(
                    cls,
                    d,
                    "messages",
                    "list[ChatMessage]",
                    "type",
                    lambda messages_item_data: ChatMessage.from_dict(messages_item_data),
                    _drifted,
                )

        _target_raw = d.get("target", UNSET)
        if _target_raw is UNSET:
            target = UNSET
        elif not _strict:
            target = _target_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _target = d.get("target", UNSET)
                target: DatapointResponseTarget | Unset
                if _target is UNSET:
                    target = UNSET
                else:
                    target = DatapointResponseTarget.from_dict(_target)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                target, _drifted = _keep(
                    cls, d, "target", "DatapointResponseTarget", "type", _drifted
                )

        _datapoint_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _datapoint_response_.id = id
        _datapoint_response_._inputs_slot = inputs  # type: ignore[attr-defined]
        _datapoint_response_._messages_slot = messages  # type: ignore[attr-defined]
        _datapoint_response_._target_slot = target  # type: ignore[attr-defined]
        _datapoint_response_.additional_properties = {}
        _datapoint_response_._pending = _pending

        if _extra:
            _datapoint_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_datapoint_response_, _drifted)
        return _datapoint_response_

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


def _decode_inputs(self: DatapointResponse, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _inputs = raw
        inputs: DatapointResponseInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = DatapointResponseInputs.from_dict(_inputs)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep(
            type(self), {"inputs": raw}, "inputs", "DatapointResponseInputs", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(DatapointResponse, "inputs", 1, _decode_inputs)


def _decode_messages(self: DatapointResponse, raw: Any) -> Any:
    """``messages`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _messages = raw
        messages: list[ChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = [
                ChatMessage.from_dict(messages_item_data) for messages_item_data in _messages
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        messages, _drifted = _keep_each(
            type(self),
            {"messages": raw},
            "messages",
            "list[ChatMessage]",
            "type",
            lambda messages_item_data: ChatMessage.from_dict(messages_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return messages


_lazy(DatapointResponse, "messages", 2, _decode_messages)


def _decode_target(self: DatapointResponse, raw: Any) -> Any:
    """``target`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _target = raw
        target: DatapointResponseTarget | Unset
        if _target is UNSET:
            target = UNSET
        else:
            target = DatapointResponseTarget.from_dict(_target)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        target, _drifted = _keep(
            type(self), {"target": raw}, "target", "DatapointResponseTarget", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return target


_lazy(DatapointResponse, "target", 4, _decode_target)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ChatMessage, DatapointResponseInputs, DatapointResponseTarget
    from ..models.chat_message import ChatMessage  # noqa: PLC0415
    from ..models.datapoint_response_inputs import DatapointResponseInputs  # noqa: PLC0415
    from ..models.datapoint_response_target import DatapointResponseTarget  # noqa: PLC0415

    _LAZY_PENDING = False
