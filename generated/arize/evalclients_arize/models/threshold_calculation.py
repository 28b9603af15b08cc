from typing import Literal

ThresholdCalculation = Literal["MAD", "STDEV"] | str

THRESHOLD_CALCULATION_VALUES: set[ThresholdCalculation] = {
    "MAD",
    "STDEV",
}


def check_threshold_calculation(value: str) -> ThresholdCalculation:
    if value in THRESHOLD_CALCULATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THRESHOLD_CALCULATION_VALUES!r}")
