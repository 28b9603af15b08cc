from typing import Literal

SpanKind = (
    Literal[
        "AGENT",
        "CHAIN",
        "DECISION",
        "EMBEDDING",
        "EVALUATOR",
        "GUARDRAIL",
        "LLM",
        "PROMPT",
        "RERANKER",
        "RETRIEVER",
        "TOOL",
        "UNKNOWN",
    ]
    | str
)

SPAN_KIND_VALUES: set[SpanKind] = {
    "AGENT",
    "CHAIN",
    "DECISION",
    "EMBEDDING",
    "EVALUATOR",
    "GUARDRAIL",
    "LLM",
    "PROMPT",
    "RERANKER",
    "RETRIEVER",
    "TOOL",
    "UNKNOWN",
}


def check_span_kind(value: str) -> SpanKind:
    if value in SPAN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPAN_KIND_VALUES!r}")
