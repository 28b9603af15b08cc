from typing import Literal

OtlpKind = (
    Literal[
        "SPAN_KIND_CLIENT",
        "SPAN_KIND_CONSUMER",
        "SPAN_KIND_INTERNAL",
        "SPAN_KIND_PRODUCER",
        "SPAN_KIND_SERVER",
        "SPAN_KIND_UNSPECIFIED",
    ]
    | str
)

OTLP_KIND_VALUES: set[OtlpKind] = {
    "SPAN_KIND_CLIENT",
    "SPAN_KIND_CONSUMER",
    "SPAN_KIND_INTERNAL",
    "SPAN_KIND_PRODUCER",
    "SPAN_KIND_SERVER",
    "SPAN_KIND_UNSPECIFIED",
}


def check_otlp_kind(value: str) -> OtlpKind:
    if value in OTLP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTLP_KIND_VALUES!r}")
