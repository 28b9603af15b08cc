from typing import Literal

EvaluatorVersionTemplateType = Literal["TEMPLATE"] | str

EVALUATOR_VERSION_TEMPLATE_TYPE_VALUES: set[EvaluatorVersionTemplateType] = {
    "TEMPLATE",
}


def check_evaluator_version_template_type(value: str) -> EvaluatorVersionTemplateType:
    if value in EVALUATOR_VERSION_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_VERSION_TEMPLATE_TYPE_VALUES!r}"
    )
