from typing import Literal

SpanAttributesType0PurposeType1 = Literal["scorer"] | str

SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_1_VALUES: set[SpanAttributesType0PurposeType1] = {
    "scorer",
}


def check_span_attributes_type_0_purpose_type_1(value: str) -> SpanAttributesType0PurposeType1:
    if value in SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_1_VALUES!r}"
    )
