from typing import Literal

ScoreSubjectSessionV3Kind = Literal["session"] | str

SCORE_SUBJECT_SESSION_V3_KIND_VALUES: set[ScoreSubjectSessionV3Kind] = {
    "session",
}


def check_score_subject_session_v3_kind(value: str) -> ScoreSubjectSessionV3Kind:
    if value in SCORE_SUBJECT_SESSION_V3_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCORE_SUBJECT_SESSION_V3_KIND_VALUES!r}"
    )
