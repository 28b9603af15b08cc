from typing import Literal

PlaygroundEvaluatorUIContextKind = Literal["BUILTIN", "CODE", "LLM"]

PLAYGROUND_EVALUATOR_UI_CONTEXT_KIND_VALUES: set[PlaygroundEvaluatorUIContextKind] = {
    "BUILTIN",
    "CODE",
    "LLM",
}


def check_playground_evaluator_ui_context_kind(value: str) -> PlaygroundEvaluatorUIContextKind:
    if value in PLAYGROUND_EVALUATOR_UI_CONTEXT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_EVALUATOR_UI_CONTEXT_KIND_VALUES!r}"
    )
