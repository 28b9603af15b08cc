from typing import Literal

ScoreSubjectTraceV3Kind = Literal["trace"] | str

SCORE_SUBJECT_TRACE_V3_KIND_VALUES: set[ScoreSubjectTraceV3Kind] = {
    "trace",
}


def check_score_subject_trace_v3_kind(value: str) -> ScoreSubjectTraceV3Kind:
    if value in SCORE_SUBJECT_TRACE_V3_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCORE_SUBJECT_TRACE_V3_KIND_VALUES!r}"
    )
