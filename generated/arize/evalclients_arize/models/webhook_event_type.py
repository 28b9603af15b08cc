from typing import Literal

WebhookEventType = (
    Literal[
        "EVALUATOR_VERSION_CREATED",
        "ONLINE_TASK_RUN_FAILED",
        "PROMPT_VERSION_CREATED",
        "PROMPT_VERSION_LABELED",
        "PROMPT_VERSION_UNLABELED",
    ]
    | str
)

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "EVALUATOR_VERSION_CREATED",
    "ONLINE_TASK_RUN_FAILED",
    "PROMPT_VERSION_CREATED",
    "PROMPT_VERSION_LABELED",
    "PROMPT_VERSION_UNLABELED",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}")
