from typing import Literal

EmailNotificationConfigType = Literal["EMAIL"] | str

EMAIL_NOTIFICATION_CONFIG_TYPE_VALUES: set[EmailNotificationConfigType] = {
    "EMAIL",
}


def check_email_notification_config_type(value: str) -> EmailNotificationConfigType:
    if value in EMAIL_NOTIFICATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_NOTIFICATION_CONFIG_TYPE_VALUES!r}"
    )
