from typing import Literal

WebhookSourceType = Literal["EVALUATOR", "ONLINE_TASK", "PROMPT", "SPACE"] | str

WEBHOOK_SOURCE_TYPE_VALUES: set[WebhookSourceType] = {
    "EVALUATOR",
    "ONLINE_TASK",
    "PROMPT",
    "SPACE",
}


def check_webhook_source_type(value: str) -> WebhookSourceType:
    if value in WEBHOOK_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SOURCE_TYPE_VALUES!r}")
