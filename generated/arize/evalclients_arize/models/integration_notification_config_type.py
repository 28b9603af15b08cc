from typing import Literal

IntegrationNotificationConfigType = Literal["INTEGRATION"] | str

INTEGRATION_NOTIFICATION_CONFIG_TYPE_VALUES: set[IntegrationNotificationConfigType] = {
    "INTEGRATION",
}


def check_integration_notification_config_type(value: str) -> IntegrationNotificationConfigType:
    if value in INTEGRATION_NOTIFICATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTEGRATION_NOTIFICATION_CONFIG_TYPE_VALUES!r}"
    )
