from typing import Literal

FileType = Literal["dataset", "evaluator", "flow", "prompt", "tool"] | str

FILE_TYPE_VALUES: set[FileType] = {
    "dataset",
    "evaluator",
    "flow",
    "prompt",
    "tool",
}


def check_file_type(value: str) -> FileType:
    if value in FILE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_TYPE_VALUES!r}")
