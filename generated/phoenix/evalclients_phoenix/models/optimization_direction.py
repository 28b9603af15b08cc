from typing import Literal

OptimizationDirection = Literal["MAXIMIZE", "MINIMIZE", "NONE"] | str

OPTIMIZATION_DIRECTION_VALUES: set[OptimizationDirection] = {
    "MAXIMIZE",
    "MINIMIZE",
    "NONE",
}


def check_optimization_direction(value: str) -> OptimizationDirection:
    if value in OPTIMIZATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_DIRECTION_VALUES!r}"
    )
