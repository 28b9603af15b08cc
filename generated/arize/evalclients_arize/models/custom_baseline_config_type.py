from typing import Literal

CustomBaselineConfigType = Literal["CUSTOM_BASELINE"] | str

CUSTOM_BASELINE_CONFIG_TYPE_VALUES: set[CustomBaselineConfigType] = {
    "CUSTOM_BASELINE",
}


def check_custom_baseline_config_type(value: str) -> CustomBaselineConfigType:
    if value in CUSTOM_BASELINE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_BASELINE_CONFIG_TYPE_VALUES!r}"
    )
