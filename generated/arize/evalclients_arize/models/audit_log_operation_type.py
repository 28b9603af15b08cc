from typing import Literal

AuditLogOperationType = Literal["MUTATION", "QUERY", "SUBSCRIPTION"] | str

AUDIT_LOG_OPERATION_TYPE_VALUES: set[AuditLogOperationType] = {
    "MUTATION",
    "QUERY",
    "SUBSCRIPTION",
}


def check_audit_log_operation_type(value: str) -> AuditLogOperationType:
    if value in AUDIT_LOG_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_OPERATION_TYPE_VALUES!r}"
    )
