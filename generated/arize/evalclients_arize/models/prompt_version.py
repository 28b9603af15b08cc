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
from ..drift import strs as _strs
from ..models.input_variable_format import InputVariableFormat, check_input_variable_format
from ..models.llm_provider import LlmProvider, check_llm_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.llm_message import LLMMessage
    from ..models.provider_params import ProviderParams


T = TypeVar("T", bound="PromptVersion")
_new = object.__new__
_FIELDS = frozenset(
    {
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "id",
        "input_variable_format",
        "invocation_params",
        "labels",
        "messages",
        "model",
        "prompt_id",
        "provider",
        "provider_params",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "commit_hash",
        "commit_hash",
        False,
        0,
        "commit_hash = _j_commit_hash\nif not (type(commit_hash) is str or commit_hash is UNSET):\n    raise TypeError",
    ),
    (
        "commit_message",
        "commit_message",
        False,
        0,
        "commit_message = _j_commit_message\nif not (type(commit_message) is str or commit_message is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id = _j_created_by_user_id\nif not (type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "input_variable_format",
        "input_variable_format",
        False,
        0,
        "_input_variable_format = _j_input_variable_format\ninput_variable_format: InputVariableFormat | Unset\nif _input_variable_format is UNSET:\n    input_variable_format = UNSET\nelse:\n    input_variable_format = check_input_variable_format(_input_variable_format)",
    ),
    ("invocation_params", "_invocation_params_slot", False, 2, ""),
    (
        "labels",
        "labels",
        False,
        0,
        "labels: list[str] = _j_labels\n\nif not ((type(labels) is list and _strs(labels)) or labels is UNSET):\n    raise TypeError",
    ),
    ("messages", "_messages_slot", False, 4, ""),
    (
        "model",
        "model",
        False,
        0,
        "model = _j_model\nif not (type(model) is str or model is UNSET):\n    raise TypeError",
    ),
    (
        "prompt_id",
        "prompt_id",
        False,
        0,
        "prompt_id = _j_prompt_id\nif not (type(prompt_id) is str or prompt_id is UNSET):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        False,
        0,
        "_provider = _j_provider\nprovider: LlmProvider | Unset\nif _provider is UNSET:\n    provider = UNSET\nelse:\n    provider = check_llm_provider(_provider)",
    ),
    ("provider_params", "_provider_params_slot", False, 8, ""),
)


@_attrs_define
class PromptVersion:
    """A prompt version represents a specific snapshot of a prompt's configuration. Each version captures the messages,
    model settings, and parameters at a point in time. Versions are immutable once created and are identified by a
    commit hash.

        Attributes:
            commit_hash (str | Unset): The commit hash of this version
            commit_message (str | Unset): The commit message describing the changes in this version
            created_at (datetime.datetime | Unset): When the version was created
            created_by_user_id (str | Unset): The user ID of the user who created this version
            id (str | Unset): The prompt version ID
            input_variable_format (InputVariableFormat | Unset): The format for input variables in the prompt messages.
                Defaults to `F_STRING` if not provided. - `F_STRING`: Single curly braces ({variable_name}) - `MUSTACHE`: Double
                curly braces ({{variable_name}}) - `NONE`: **Deprecated.** Treated as `F_STRING`. Will be removed in a future
                version.
            invocation_params (InvocationParams | Unset): Parameters for the LLM invocation
            labels (list[str] | Unset): Label names currently pointing to this version (e.g., "production", "staging").
                Labels are case-sensitive.
            messages (list[LLMMessage] | Unset): The messages that make up the prompt template
            model (str | Unset): The model to use for the call
            prompt_id (str | Unset): The prompt ID this version belongs to
            provider (LlmProvider | Unset): The LLM provider to use
            provider_params (ProviderParams | Unset): Provider-specific parameters
    """

    commit_hash: str | Unset = UNSET
    commit_message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    id: str | Unset = UNSET
    input_variable_format: InputVariableFormat | Unset = UNSET
    invocation_params: InvocationParams | Unset = UNSET
    labels: list[str] | Unset = UNSET
    messages: list[LLMMessage] | Unset = UNSET
    model: str | Unset = UNSET
    prompt_id: str | Unset = UNSET
    provider: LlmProvider | Unset = UNSET
    provider_params: ProviderParams | Unset = UNSET
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
        commit_hash = self.commit_hash

        commit_message = self.commit_message

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        id = self.id

        try:
            input_variable_format: str | Unset = UNSET
            if not isinstance(self.input_variable_format, Unset):
                input_variable_format = self.input_variable_format

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_variable_format = _as_json(self.input_variable_format)

        try:
            invocation_params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invocation_params, Unset):
                invocation_params = self.invocation_params.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_params = _as_json(self.invocation_params)

        try:
            labels: list[str] | Unset = UNSET
            if not isinstance(self.labels, Unset):
                labels = self.labels

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            labels = _as_json(self.labels)

        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                for messages_item_data in self.messages:
                    messages_item = messages_item_data.to_dict()
                    messages.append(messages_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            messages = _as_json(self.messages)

        model = self.model

        prompt_id = self.prompt_id

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        try:
            provider_params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_params, Unset):
                provider_params = self.provider_params.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_params = _as_json(self.provider_params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commit_hash is not UNSET:
            field_dict["commit_hash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if id is not UNSET:
            field_dict["id"] = id
        if input_variable_format is not UNSET:
            field_dict["input_variable_format"] = input_variable_format
        if invocation_params is not UNSET:
            field_dict["invocation_params"] = invocation_params
        if labels is not UNSET:
            field_dict["labels"] = labels
        if messages is not UNSET:
            field_dict["messages"] = messages
        if model is not UNSET:
            field_dict["model"] = model
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_params is not UNSET:
            field_dict["provider_params"] = provider_params

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
            commit_hash = d.get("commit_hash", UNSET)
            if not (type(commit_hash) is str or commit_hash is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_hash, _drifted = _keep(cls, d, "commit_hash", "str", "type", _drifted)

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

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
            created_by_user_id = d.get("created_by_user_id", UNSET)
            if not (type(created_by_user_id) is str or created_by_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "str", "type", _drifted
            )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            _input_variable_format = d.get("input_variable_format", UNSET)
            input_variable_format: InputVariableFormat | Unset
            if _input_variable_format is UNSET:
                input_variable_format = UNSET
            else:
                input_variable_format = check_input_variable_format(_input_variable_format)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_variable_format, _drifted = _keep(
                cls, d, "input_variable_format", "one of F_STRING, MUSTACHE, NONE", "enum", _drifted
            )

        _invocation_params_raw = d.get("invocation_params", UNSET)
        if _invocation_params_raw is UNSET:
            invocation_params = UNSET
        elif not _strict:
            invocation_params = _invocation_params_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _invocation_params = d.get("invocation_params", UNSET)
                invocation_params: InvocationParams | Unset
                if _invocation_params is UNSET:
                    invocation_params = UNSET
                else:
                    invocation_params = InvocationParams.from_dict(_invocation_params)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_params, _drifted = _keep(
                    cls, d, "invocation_params", "InvocationParams", "type", _drifted
                )

        try:
            labels: list[str] = d.get("labels", UNSET)

            if not ((type(labels) is list and _strs(labels)) or labels is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            labels, _drifted = _keep(cls, d, "labels", "list[str]", "type", _drifted)

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        elif not _strict:
            messages = _messages_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _messages = d.get("messages", UNSET)
                messages: list[LLMMessage] | Unset = UNSET
                if _messages is not UNSET:
                    messages = [
                        LLMMessage.from_dict(messages_item_data) for messages_item_data in _messages
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                messages, _drifted = _keep_each(
                    cls,
                    d,
                    "messages",
                    "list[LLMMessage]",
                    "type",
                    lambda messages_item_data: LLMMessage.from_dict(messages_item_data),
                    _drifted,
                )

        try:
            model = d.get("model", UNSET)
            if not (type(model) is str or model is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model, _drifted = _keep(cls, d, "model", "str", "type", _drifted)

        try:
            prompt_id = d.get("prompt_id", UNSET)
            if not (type(prompt_id) is str or prompt_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            prompt_id, _drifted = _keep(cls, d, "prompt_id", "str", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: LlmProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_llm_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(
                cls,
                d,
                "provider",
                "one of ANTHROPIC, AWS_BEDROCK, AZURE_OPEN_AI, CUSTOM, OPEN_AI, VERTEX_AI",
                "enum",
                _drifted,
            )

        _provider_params_raw = d.get("provider_params", UNSET)
        if _provider_params_raw is UNSET:
            provider_params = UNSET
        elif not _strict:
            provider_params = _provider_params_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _provider_params = d.get("provider_params", UNSET)
                provider_params: ProviderParams | Unset
                if _provider_params is UNSET:
                    provider_params = UNSET
                else:
                    provider_params = ProviderParams.from_dict(_provider_params)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_params, _drifted = _keep(
                    cls, d, "provider_params", "ProviderParams", "type", _drifted
                )

        _prompt_version_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _prompt_version_.commit_hash = commit_hash
        _prompt_version_.commit_message = commit_message
        _prompt_version_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_version_.created_by_user_id = created_by_user_id
        _prompt_version_.id = id
        _prompt_version_.input_variable_format = input_variable_format
        _prompt_version_._invocation_params_slot = invocation_params  # type: ignore[attr-defined]
        _prompt_version_.labels = labels
        _prompt_version_._messages_slot = messages  # type: ignore[attr-defined]
        _prompt_version_.model = model
        _prompt_version_.prompt_id = prompt_id
        _prompt_version_.provider = provider
        _prompt_version_._provider_params_slot = provider_params  # type: ignore[attr-defined]
        _prompt_version_.additional_properties = {}
        _prompt_version_._pending = _pending

        if _extra:
            _prompt_version_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_version_, _drifted)
        return _prompt_version_

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


def _decode_created_at(self: PromptVersion, raw: Any) -> Any:
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


_lazy(PromptVersion, "created_at", 1, _decode_created_at)


def _decode_invocation_params(self: PromptVersion, raw: Any) -> Any:
    """``invocation_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _invocation_params = raw
        invocation_params: InvocationParams | Unset
        if _invocation_params is UNSET:
            invocation_params = UNSET
        else:
            invocation_params = InvocationParams.from_dict(_invocation_params)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_params, _drifted = _keep(
            type(self),
            {"invocation_params": raw},
            "invocation_params",
            "InvocationParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_params


_lazy(PromptVersion, "invocation_params", 2, _decode_invocation_params)


def _decode_messages(self: PromptVersion, raw: Any) -> Any:
    """``messages`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _messages = raw
        messages: list[LLMMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = [
                LLMMessage.from_dict(messages_item_data) for messages_item_data in _messages
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        messages, _drifted = _keep_each(
            type(self),
            {"messages": raw},
            "messages",
            "list[LLMMessage]",
            "type",
            lambda messages_item_data: LLMMessage.from_dict(messages_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return messages


_lazy(PromptVersion, "messages", 4, _decode_messages)


def _decode_provider_params(self: PromptVersion, raw: Any) -> Any:
    """``provider_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_params = raw
        provider_params: ProviderParams | Unset
        if _provider_params is UNSET:
            provider_params = UNSET
        else:
            provider_params = ProviderParams.from_dict(_provider_params)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_params, _drifted = _keep(
            type(self),
            {"provider_params": raw},
            "provider_params",
            "ProviderParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_params


_lazy(PromptVersion, "provider_params", 8, _decode_provider_params)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, InvocationParams, LLMMessage, ProviderParams
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.llm_message import LLMMessage  # noqa: PLC0415
    from ..models.provider_params import ProviderParams  # noqa: PLC0415

    _LAZY_PENDING = False
