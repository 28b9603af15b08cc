from typing import Literal

ExternalEvaluatorRequestEvaluatorType = Literal["external"] | str

EXTERNAL_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES: set[ExternalEvaluatorRequestEvaluatorType] = {
    "external",
}


def check_external_evaluator_request_evaluator_type(
    value: str,
) -> ExternalEvaluatorRequestEvaluatorType:
    if value in EXTERNAL_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES!r}"
    )
