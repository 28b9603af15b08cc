from typing import Literal

ScoreSubjectObservationV3Kind = Literal["observation"] | str

SCORE_SUBJECT_OBSERVATION_V3_KIND_VALUES: set[ScoreSubjectObservationV3Kind] = {
    "observation",
}


def check_score_subject_observation_v3_kind(value: str) -> ScoreSubjectObservationV3Kind:
    if value in SCORE_SUBJECT_OBSERVATION_V3_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCORE_SUBJECT_OBSERVATION_V3_KIND_VALUES!r}"
    )
