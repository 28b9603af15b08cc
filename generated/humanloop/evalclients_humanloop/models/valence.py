from typing import Literal

Valence = Literal["negative", "neutral", "positive"] | str

VALENCE_VALUES: set[Valence] = {
    "negative",
    "neutral",
    "positive",
}


def check_valence(value: str) -> Valence:
    if value in VALENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALENCE_VALUES!r}")
