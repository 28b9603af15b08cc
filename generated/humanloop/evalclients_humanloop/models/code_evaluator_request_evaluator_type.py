from typing import Literal

CodeEvaluatorRequestEvaluatorType = Literal["python"] | str

CODE_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES: set[CodeEvaluatorRequestEvaluatorType] = {
    "python",
}


def check_code_evaluator_request_evaluator_type(value: str) -> CodeEvaluatorRequestEvaluatorType:
    if value in CODE_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES!r}"
    )
