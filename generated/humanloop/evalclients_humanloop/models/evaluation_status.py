from typing import Literal

EvaluationStatus = Literal["cancelled", "completed", "pending", "running"] | str

EVALUATION_STATUS_VALUES: set[EvaluationStatus] = {
    "cancelled",
    "completed",
    "pending",
    "running",
}


def check_evaluation_status(value: str) -> EvaluationStatus:
    if value in EVALUATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVALUATION_STATUS_VALUES!r}")
