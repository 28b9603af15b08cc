from typing import Literal

FlowResponseType = Literal["flow"] | str

FLOW_RESPONSE_TYPE_VALUES: set[FlowResponseType] = {
    "flow",
}


def check_flow_response_type(value: str) -> FlowResponseType:
    if value in FLOW_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_RESPONSE_TYPE_VALUES!r}")
