from typing import Literal

EvaluatorVersionRemoteType = Literal["REMOTE"] | str

EVALUATOR_VERSION_REMOTE_TYPE_VALUES: set[EvaluatorVersionRemoteType] = {
    "REMOTE",
}


def check_evaluator_version_remote_type(value: str) -> EvaluatorVersionRemoteType:
    if value in EVALUATOR_VERSION_REMOTE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_VERSION_REMOTE_TYPE_VALUES!r}"
    )
