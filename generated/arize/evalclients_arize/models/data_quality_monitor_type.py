from typing import Literal

DataQualityMonitorType = Literal["DATA_QUALITY"] | str

DATA_QUALITY_MONITOR_TYPE_VALUES: set[DataQualityMonitorType] = {
    "DATA_QUALITY",
}


def check_data_quality_monitor_type(value: str) -> DataQualityMonitorType:
    if value in DATA_QUALITY_MONITOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_QUALITY_MONITOR_TYPE_VALUES!r}"
    )
