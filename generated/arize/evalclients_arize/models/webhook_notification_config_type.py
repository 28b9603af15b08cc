from typing import Literal

WebhookNotificationConfigType = Literal["WEBHOOK"] | str

WEBHOOK_NOTIFICATION_CONFIG_TYPE_VALUES: set[WebhookNotificationConfigType] = {
    "WEBHOOK",
}


def check_webhook_notification_config_type(value: str) -> WebhookNotificationConfigType:
    if value in WEBHOOK_NOTIFICATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_NOTIFICATION_CONFIG_TYPE_VALUES!r}"
    )
