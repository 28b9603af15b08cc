from typing import Literal

MonitoringEvaluatorState = Literal["active", "inactive"] | str

MONITORING_EVALUATOR_STATE_VALUES: set[MonitoringEvaluatorState] = {
    "active",
    "inactive",
}


def check_monitoring_evaluator_state(value: str) -> MonitoringEvaluatorState:
    if value in MONITORING_EVALUATOR_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORING_EVALUATOR_STATE_VALUES!r}"
    )
