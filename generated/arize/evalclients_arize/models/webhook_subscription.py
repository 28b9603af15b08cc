from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_source_type import WebhookSourceType, check_webhook_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscription")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "event",
        "id",
        "source_id",
        "source_type",
        "webhook_id",
    }
)


@_attrs_define
class WebhookSubscription:
    """A subscription delivers one event from one prompt, evaluator, task or space to one webhook. A webhook that should
    receive several events from the same resource has one subscription per event.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the subscription was created
            event (WebhookEventType | Unset): An event that a webhook can subscribe to. - `PROMPT_VERSION_CREATED` — a new
                version of the prompt was created. - `PROMPT_VERSION_LABELED` — a label was added to a version of the prompt. -
                `PROMPT_VERSION_UNLABELED` — a label was removed from a version of the prompt. - `EVALUATOR_VERSION_CREATED` — a
                new version of the evaluator was created. - `ONLINE_TASK_RUN_FAILED` — a run of an evaluation task failed, or
                wrote some evaluations and then stopped on an error. Sent once when   a task starts failing and again each time
                the cause changes.  Prompt events are valid only for `PROMPT` sources, evaluator events only for `EVALUATOR`
                sources, and task run events only for `ONLINE_TASK` and `SPACE` sources.
            id (str | Unset): Unique identifier for the subscription
            source_id (str | Unset): The unique identifier of the prompt, evaluator, evaluation task, or space the
                subscription is attached to
            source_type (WebhookSourceType | Unset): The kind of resource a webhook subscription is attached to. - `PROMPT`
                — `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` — `source_id` is an evaluator id. Evaluator
                events apply. - `ONLINE_TASK` — `source_id` is an evaluation task id. Task run events apply. - `SPACE` —
                `source_id` is a space id. Task run events apply to every   evaluation task in the space, including tasks
                created later.
            webhook_id (str | Unset): The unique identifier of the webhook that receives the event
    """

    created_at: datetime.datetime | Unset = UNSET
    event: WebhookEventType | Unset = UNSET
    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_type: WebhookSourceType | Unset = UNSET
    webhook_id: str | Unset = UNSET
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
        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            event: str | Unset = UNSET
            if not isinstance(self.event, Unset):
                event = self.event

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            event = _as_json(self.event)

        id = self.id

        source_id = self.source_id

        try:
            source_type: str | Unset = UNSET
            if not isinstance(self.source_type, Unset):
                source_type = self.source_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source_type = _as_json(self.source_type)

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
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
            _event = d.get("event", UNSET)
            event: WebhookEventType | Unset
            if _event is UNSET:
                event = UNSET
            else:
                event = check_webhook_event_type(_event)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            event, _drifted = _keep(
                cls,
                d,
                "event",
                "one of EVALUATOR_VERSION_CREATED, ONLINE_TASK_RUN_FAILED, PROMPT_VERSION_CREATED, PROMPT_VERSION_LABELED, PROMPT_VERSION_UNLABELED",
                "enum",
                _drifted,
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
            source_id = d.get("source_id", UNSET)
            if not (type(source_id) is str or source_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_id, _drifted = _keep(cls, d, "source_id", "str", "type", _drifted)

        try:
            _source_type = d.get("source_type", UNSET)
            source_type: WebhookSourceType | Unset
            if _source_type is UNSET:
                source_type = UNSET
            else:
                source_type = check_webhook_source_type(_source_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_type, _drifted = _keep(
                cls,
                d,
                "source_type",
                "one of EVALUATOR, ONLINE_TASK, PROMPT, SPACE",
                "enum",
                _drifted,
            )

        try:
            webhook_id = d.get("webhook_id", UNSET)
            if not (type(webhook_id) is str or webhook_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            webhook_id, _drifted = _keep(cls, d, "webhook_id", "str", "type", _drifted)

        _webhook_subscription_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _webhook_subscription_._created_at_slot = created_at  # type: ignore[attr-defined]
        _webhook_subscription_.event = event
        _webhook_subscription_.id = id
        _webhook_subscription_.source_id = source_id
        _webhook_subscription_.source_type = source_type
        _webhook_subscription_.webhook_id = webhook_id
        _webhook_subscription_.additional_properties = {}
        _webhook_subscription_._pending = _pending

        if _extra:
            _webhook_subscription_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_webhook_subscription_, _drifted)
        return _webhook_subscription_

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


def _decode_created_at(self: WebhookSubscription, raw: Any) -> Any:
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


_lazy(WebhookSubscription, "created_at", 1, _decode_created_at)
