from typing import Literal

LLMEvaluatorRequestEvaluatorType = Literal["llm"] | str

LLM_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES: set[LLMEvaluatorRequestEvaluatorType] = {
    "llm",
}


def check_llm_evaluator_request_evaluator_type(value: str) -> LLMEvaluatorRequestEvaluatorType:
    if value in LLM_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES!r}"
    )
