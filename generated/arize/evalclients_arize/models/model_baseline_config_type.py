from typing import Literal

ModelBaselineConfigType = Literal["MODEL_BASELINE"] | str

MODEL_BASELINE_CONFIG_TYPE_VALUES: set[ModelBaselineConfigType] = {
    "MODEL_BASELINE",
}


def check_model_baseline_config_type(value: str) -> ModelBaselineConfigType:
    if value in MODEL_BASELINE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_BASELINE_CONFIG_TYPE_VALUES!r}"
    )
