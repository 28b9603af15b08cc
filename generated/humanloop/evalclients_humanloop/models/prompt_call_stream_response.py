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
    from ..models.chat_message import ChatMessage


T = TypeVar("T", bound="PromptCallStreamResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "index",
        "prompt_id",
        "version_id",
        "created_at",
        "error",
        "finish_reason",
        "output",
        "output_cost",
        "output_message",
        "output_tokens",
        "prompt_cost",
        "prompt_tokens",
        "provider_latency",
        "stdout",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "index",
        "index",
        True,
        0,
        "index = _j_index\nif not (type(index) is int):\n    raise TypeError",
    ),
    (
        "prompt_id",
        "prompt_id",
        True,
        0,
        "prompt_id = _j_prompt_id\nif not (type(prompt_id) is str):\n    raise TypeError",
    ),
    (
        "version_id",
        "version_id",
        True,
        0,
        "version_id = _j_version_id\nif not (type(version_id) is str):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "error",
        "error",
        False,
        0,
        "error = _j_error\nif not (type(error) is str or error is UNSET):\n    raise TypeError",
    ),
    (
        "finish_reason",
        "finish_reason",
        False,
        0,
        "finish_reason = _j_finish_reason\nif not (type(finish_reason) is str or finish_reason is UNSET):\n    raise TypeError",
    ),
    (
        "output",
        "output",
        False,
        0,
        "output = _j_output\nif not (type(output) is str or output is UNSET):\n    raise TypeError",
    ),
    (
        "output_cost",
        "output_cost",
        False,
        0,
        "output_cost = _j_output_cost\nif not (type(output_cost) is float or type(output_cost) is int or output_cost is UNSET):\n    raise TypeError",
    ),
    ("output_message", "_output_message_slot", False, 2, ""),
    (
        "output_tokens",
        "output_tokens",
        False,
        0,
        "output_tokens = _j_output_tokens\nif not (type(output_tokens) is int or output_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_cost",
        "prompt_cost",
        False,
        0,
        "prompt_cost = _j_prompt_cost\nif not (type(prompt_cost) is float or type(prompt_cost) is int or prompt_cost is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_tokens",
        "prompt_tokens",
        False,
        0,
        "prompt_tokens = _j_prompt_tokens\nif not (type(prompt_tokens) is int or prompt_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "provider_latency",
        "provider_latency",
        False,
        0,
        "provider_latency = _j_provider_latency\nif not (type(provider_latency) is float or type(provider_latency) is int or provider_latency is UNSET):\n    raise TypeError",
    ),
    (
        "stdout",
        "stdout",
        False,
        0,
        "stdout = _j_stdout\nif not (type(stdout) is str or stdout is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class PromptCallStreamResponse:
    """Response model for calling Prompt in streaming mode.

    Attributes:
        id (str): ID of the log.
        index (int): The index of the sample in the batch.
        prompt_id (str): ID of the Prompt the log belongs to.
        version_id (str): ID of the specific version of the Prompt.
        created_at (datetime.datetime | Unset): User defined timestamp for when the log was created.
        error (str | Unset): Error message if the log is an error.
        finish_reason (str | Unset): Reason the generation finished.
        output (str | Unset): Generated output from your model for the provided inputs. Can be `None` if logging an
            error, or if creating a parent Log with the intention to populate it later.
        output_cost (float | Unset): Cost in dollars associated to the tokens in the output.
        output_message (ChatMessage | Unset):
        output_tokens (int | Unset): Number of tokens in the output generated by the model.
        prompt_cost (float | Unset): Cost in dollars associated to the tokens in the prompt.
        prompt_tokens (int | Unset): Number of tokens in the prompt used to generate the output.
        provider_latency (float | Unset): Duration of the logged event in seconds.
        stdout (str | Unset): Captured log and debug statements.
    """

    id: str | Unset
    index: int | Unset
    prompt_id: str | Unset
    version_id: str | Unset
    created_at: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    output: str | Unset = UNSET
    output_cost: float | Unset = UNSET
    output_message: ChatMessage | Unset = UNSET
    output_tokens: int | Unset = UNSET
    prompt_cost: float | Unset = UNSET
    prompt_tokens: int | Unset = UNSET
    provider_latency: float | Unset = UNSET
    stdout: str | Unset = UNSET
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

        index = self.index

        prompt_id = self.prompt_id

        version_id = self.version_id

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        error = self.error

        finish_reason = self.finish_reason

        output = self.output

        output_cost = self.output_cost

        try:
            output_message: dict[str, Any] | Unset = UNSET
            if not isinstance(self.output_message, Unset):
                output_message = self.output_message.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            output_message = _as_json(self.output_message)

        output_tokens = self.output_tokens

        prompt_cost = self.prompt_cost

        prompt_tokens = self.prompt_tokens

        provider_latency = self.provider_latency

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "index": index,
                "prompt_id": prompt_id,
                "version_id": version_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if output is not UNSET:
            field_dict["output"] = output
        if output_cost is not UNSET:
            field_dict["output_cost"] = output_cost
        if output_message is not UNSET:
            field_dict["output_message"] = output_message
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if prompt_cost is not UNSET:
            field_dict["prompt_cost"] = prompt_cost
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if provider_latency is not UNSET:
            field_dict["provider_latency"] = provider_latency
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

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
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            index = d["index"]
            if not (type(index) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            index, _drifted = _keep(cls, d, "index", "int", "type", _drifted)

        try:
            prompt_id = d["prompt_id"]
            if not (type(prompt_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_id, _drifted = _keep(cls, d, "prompt_id", "str", "type", _drifted)

        try:
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            error = d.get("error", UNSET)
            if not (type(error) is str or error is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error, _drifted = _keep(cls, d, "error", "str", "type", _drifted)

        try:
            finish_reason = d.get("finish_reason", UNSET)
            if not (type(finish_reason) is str or finish_reason is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            finish_reason, _drifted = _keep(cls, d, "finish_reason", "str", "type", _drifted)

        try:
            output = d.get("output", UNSET)
            if not (type(output) is str or output is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "str", "type", _drifted)

        try:
            output_cost = d.get("output_cost", UNSET)
            if not (type(output_cost) is float or type(output_cost) is int or output_cost is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_cost, _drifted = _keep(cls, d, "output_cost", "float", "type", _drifted)

        _output_message_raw = d.get("output_message", UNSET)
        if _output_message_raw is UNSET:
            output_message = UNSET
        elif not _strict:
            output_message = _output_message_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _output_message = d.get("output_message", UNSET)
                output_message: ChatMessage | Unset
                if _output_message is UNSET:
                    output_message = UNSET
                else:
                    output_message = ChatMessage.from_dict(_output_message)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                output_message, _drifted = _keep(
                    cls, d, "output_message", "ChatMessage", "type", _drifted
                )

        try:
            output_tokens = d.get("output_tokens", UNSET)
            if not (type(output_tokens) is int or output_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_tokens, _drifted = _keep(cls, d, "output_tokens", "int", "type", _drifted)

        try:
            prompt_cost = d.get("prompt_cost", UNSET)
            if not (type(prompt_cost) is float or type(prompt_cost) is int or prompt_cost is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_cost, _drifted = _keep(cls, d, "prompt_cost", "float", "type", _drifted)

        try:
            prompt_tokens = d.get("prompt_tokens", UNSET)
            if not (type(prompt_tokens) is int or prompt_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_tokens, _drifted = _keep(cls, d, "prompt_tokens", "int", "type", _drifted)

        try:
            provider_latency = d.get("provider_latency", UNSET)
            if not (
                type(provider_latency) is float
                or type(provider_latency) is int
                or provider_latency is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider_latency, _drifted = _keep(
                cls, d, "provider_latency", "float", "type", _drifted
            )

        try:
            stdout = d.get("stdout", UNSET)
            if not (type(stdout) is str or stdout is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stdout, _drifted = _keep(cls, d, "stdout", "str", "type", _drifted)

        _prompt_call_stream_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_call_stream_response_.id = id
        _prompt_call_stream_response_.index = index
        _prompt_call_stream_response_.prompt_id = prompt_id
        _prompt_call_stream_response_.version_id = version_id
        _prompt_call_stream_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_call_stream_response_.error = error
        _prompt_call_stream_response_.finish_reason = finish_reason
        _prompt_call_stream_response_.output = output
        _prompt_call_stream_response_.output_cost = output_cost
        _prompt_call_stream_response_._output_message_slot = output_message  # type: ignore[attr-defined]
        _prompt_call_stream_response_.output_tokens = output_tokens
        _prompt_call_stream_response_.prompt_cost = prompt_cost
        _prompt_call_stream_response_.prompt_tokens = prompt_tokens
        _prompt_call_stream_response_.provider_latency = provider_latency
        _prompt_call_stream_response_.stdout = stdout
        _prompt_call_stream_response_.additional_properties = {}
        _prompt_call_stream_response_._pending = _pending

        if _extra:
            _prompt_call_stream_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_call_stream_response_, _drifted)
        return _prompt_call_stream_response_

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


def _decode_created_at(self: PromptCallStreamResponse, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(PromptCallStreamResponse, "created_at", 1, _decode_created_at)


def _decode_output_message(self: PromptCallStreamResponse, raw: Any) -> Any:
    """``output_message`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _output_message = raw
        output_message: ChatMessage | Unset
        if _output_message is UNSET:
            output_message = UNSET
        else:
            output_message = ChatMessage.from_dict(_output_message)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        output_message, _drifted = _keep(
            type(self), {"output_message": raw}, "output_message", "ChatMessage", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return output_message


_lazy(PromptCallStreamResponse, "output_message", 2, _decode_output_message)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ChatMessage
    from ..models.chat_message import ChatMessage  # noqa: PLC0415

    _LAZY_PENDING = False
