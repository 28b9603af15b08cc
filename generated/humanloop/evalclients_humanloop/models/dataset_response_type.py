from typing import Literal

DatasetResponseType = Literal["dataset"] | str

DATASET_RESPONSE_TYPE_VALUES: set[DatasetResponseType] = {
    "dataset",
}


def check_dataset_response_type(value: str) -> DatasetResponseType:
    if value in DATASET_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATASET_RESPONSE_TYPE_VALUES!r}")
