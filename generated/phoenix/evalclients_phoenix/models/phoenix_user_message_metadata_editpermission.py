from typing import Literal

PhoenixUserMessageMetadataEditpermission = Literal["bypass", "manual"]

PHOENIX_USER_MESSAGE_METADATA_EDITPERMISSION_VALUES: set[
    PhoenixUserMessageMetadataEditpermission
] = {
    "bypass",
    "manual",
}


def check_phoenix_user_message_metadata_editpermission(
    value: str,
) -> PhoenixUserMessageMetadataEditpermission:
    if value in PHOENIX_USER_MESSAGE_METADATA_EDITPERMISSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOENIX_USER_MESSAGE_METADATA_EDITPERMISSION_VALUES!r}"
    )
