from typing import Literal

UploadDatasetJsonBodyAction = Literal["append", "create", "update"] | str

UPLOAD_DATASET_JSON_BODY_ACTION_VALUES: set[UploadDatasetJsonBodyAction] = {
    "append",
    "create",
    "update",
}


def check_upload_dataset_json_body_action(value: str) -> UploadDatasetJsonBodyAction:
    if value in UPLOAD_DATASET_JSON_BODY_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_DATASET_JSON_BODY_ACTION_VALUES!r}"
    )
