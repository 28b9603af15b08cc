from typing import Literal

DatasetStatus = Literal["ACTIVE", "ARCHIVED"] | str

DATASET_STATUS_VALUES: set[DatasetStatus] = {
    "ACTIVE",
    "ARCHIVED",
}


def check_dataset_status(value: str) -> DatasetStatus:
    if value in DATASET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATASET_STATUS_VALUES!r}")
