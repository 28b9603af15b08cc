from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_source_type import WebhookSourceType, check_webhook_source_type
from ..types import Unset

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "event",
        "source_id",
        "source_type",
        "webhook_id",
    }
)


@_attrs_define
class CreateWebhookSubscriptionRequest:
    """CreateWebhookSubscriptionRequest

    Attributes:
        event (WebhookEventType): An event that a webhook can subscribe to. - `PROMPT_VERSION_CREATED` — a new version
            of the prompt was created. - `PROMPT_VERSION_LABELED` — a label was added to a version of the prompt. -
            `PROMPT_VERSION_UNLABELED` — a label was removed from a version of the prompt. - `EVALUATOR_VERSION_CREATED` — a
            new version of the evaluator was created. - `ONLINE_TASK_RUN_FAILED` — a run of an evaluation task failed, or
            wrote some evaluations and then stopped on an error. Sent once when   a task starts failing and again each time
            the cause changes.  Prompt events are valid only for `PROMPT` sources, evaluator events only for `EVALUATOR`
            sources, and task run events only for `ONLINE_TASK` and `SPACE` sources.
        source_id (str): The unique identifier of the prompt, evaluator, evaluation task, or space to attach the webhook
            to
        source_type (WebhookSourceType): The kind of resource a webhook subscription is attached to. - `PROMPT` —
            `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` — `source_id` is an evaluator id. Evaluator
            events apply. - `ONLINE_TASK` — `source_id` is an evaluation task id. Task run events apply. - `SPACE` —
            `source_id` is a space id. Task run events apply to every   evaluation task in the space, including tasks
            created later.
        webhook_id (str): The unique identifier of the webhook to deliver the event to. Must belong to the source's
            organization.
    """

    event: WebhookEventType | Unset
    source_id: str | Unset
    source_type: WebhookSourceType | Unset
    webhook_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            event: str = self.event
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            event = _as_json(self.event)

        source_id = self.source_id

        try:
            source_type: str = self.source_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source_type = _as_json(self.source_type)

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "source_id": source_id,
                "source_type": source_type,
                "webhook_id": webhook_id,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            event = check_webhook_event_type(d["event"])
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
            source_id = d["source_id"]
            if not (type(source_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_id, _drifted = _keep(cls, d, "source_id", "str", "type", _drifted)

        try:
            source_type = check_webhook_source_type(d["source_type"])
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
            webhook_id = d["webhook_id"]
            if not (type(webhook_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            webhook_id, _drifted = _keep(cls, d, "webhook_id", "str", "type", _drifted)

        _create_webhook_subscription_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_webhook_subscription_request_.event = event
        _create_webhook_subscription_request_.source_id = source_id
        _create_webhook_subscription_request_.source_type = source_type
        _create_webhook_subscription_request_.webhook_id = webhook_id
        _create_webhook_subscription_request_.additional_properties = {}

        if _extra:
            _create_webhook_subscription_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_webhook_subscription_request_, _drifted)
        return _create_webhook_subscription_request_

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
