from typing import Literal

ObservationLevel = Literal["DEBUG", "DEFAULT", "ERROR", "WARNING"] | str

OBSERVATION_LEVEL_VALUES: set[ObservationLevel] = {
    "DEBUG",
    "DEFAULT",
    "ERROR",
    "WARNING",
}


def check_observation_level(value: str) -> ObservationLevel:
    if value in OBSERVATION_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBSERVATION_LEVEL_VALUES!r}")
