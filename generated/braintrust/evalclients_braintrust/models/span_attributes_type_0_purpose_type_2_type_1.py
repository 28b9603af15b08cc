from typing import Literal

SpanAttributesType0PurposeType2Type1 = Literal["scorer"] | str

SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_2_TYPE_1_VALUES: set[SpanAttributesType0PurposeType2Type1] = {
    "scorer",
}


def check_span_attributes_type_0_purpose_type_2_type_1(
    value: str,
) -> SpanAttributesType0PurposeType2Type1:
    if value in SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPAN_ATTRIBUTES_TYPE_0_PURPOSE_TYPE_2_TYPE_1_VALUES!r}"
    )
