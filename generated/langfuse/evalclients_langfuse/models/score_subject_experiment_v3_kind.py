from typing import Literal

ScoreSubjectExperimentV3Kind = Literal["experiment"] | str

SCORE_SUBJECT_EXPERIMENT_V3_KIND_VALUES: set[ScoreSubjectExperimentV3Kind] = {
    "experiment",
}


def check_score_subject_experiment_v3_kind(value: str) -> ScoreSubjectExperimentV3Kind:
    if value in SCORE_SUBJECT_EXPERIMENT_V3_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCORE_SUBJECT_EXPERIMENT_V3_KIND_VALUES!r}"
    )
