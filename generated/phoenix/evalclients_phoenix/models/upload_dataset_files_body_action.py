from typing import Literal

UploadDatasetFilesBodyAction = Literal["append", "create", "update"] | str

UPLOAD_DATASET_FILES_BODY_ACTION_VALUES: set[UploadDatasetFilesBodyAction] = {
    "append",
    "create",
    "update",
}


def check_upload_dataset_files_body_action(value: str) -> UploadDatasetFilesBodyAction:
    if value in UPLOAD_DATASET_FILES_BODY_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_DATASET_FILES_BODY_ACTION_VALUES!r}"
    )
