from typing import Literal

WebhookAuthType = Literal["BEARER", "HMAC_SHA256"] | str

WEBHOOK_AUTH_TYPE_VALUES: set[WebhookAuthType] = {
    "BEARER",
    "HMAC_SHA256",
}


def check_webhook_auth_type(value: str) -> WebhookAuthType:
    if value in WEBHOOK_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_AUTH_TYPE_VALUES!r}")
