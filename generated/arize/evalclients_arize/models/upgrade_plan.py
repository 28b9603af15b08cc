from typing import Literal

UpgradePlan = Literal["ENTERPRISE", "PRO"] | str

UPGRADE_PLAN_VALUES: set[UpgradePlan] = {
    "ENTERPRISE",
    "PRO",
}


def check_upgrade_plan(value: str) -> UpgradePlan:
    if value in UPGRADE_PLAN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPGRADE_PLAN_VALUES!r}")
