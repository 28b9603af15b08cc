from typing import Literal

ListExperimentTracesExport = Literal["1", "true"] | str

LIST_EXPERIMENT_TRACES_EXPORT_VALUES: set[ListExperimentTracesExport] = {
    "1",
    "true",
}


def check_list_experiment_traces_export(value: str) -> ListExperimentTracesExport:
    if value in LIST_EXPERIMENT_TRACES_EXPORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EXPERIMENT_TRACES_EXPORT_VALUES!r}"
    )
