from typing import Literal

DataGranularity = Literal["SESSION", "SPAN", "TRACE"] | str

DATA_GRANULARITY_VALUES: set[DataGranularity] = {
    "SESSION",
    "SPAN",
    "TRACE",
}


def check_data_granularity(value: str) -> DataGranularity:
    if value in DATA_GRANULARITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_GRANULARITY_VALUES!r}")
