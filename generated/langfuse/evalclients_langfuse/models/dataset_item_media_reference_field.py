from typing import Literal

DatasetItemMediaReferenceField = Literal["expectedOutput", "input", "metadata"] | str

DATASET_ITEM_MEDIA_REFERENCE_FIELD_VALUES: set[DatasetItemMediaReferenceField] = {
    "expectedOutput",
    "input",
    "metadata",
}


def check_dataset_item_media_reference_field(value: str) -> DatasetItemMediaReferenceField:
    if value in DATASET_ITEM_MEDIA_REFERENCE_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATASET_ITEM_MEDIA_REFERENCE_FIELD_VALUES!r}"
    )
