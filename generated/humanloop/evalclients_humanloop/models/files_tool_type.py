from typing import Literal

FilesToolType = (
    Literal["get_api_call", "google", "json_schema", "mock", "pinecone_search", "snippet"] | str
)

FILES_TOOL_TYPE_VALUES: set[FilesToolType] = {
    "get_api_call",
    "google",
    "json_schema",
    "mock",
    "pinecone_search",
    "snippet",
}


def check_files_tool_type(value: str) -> FilesToolType:
    if value in FILES_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILES_TOOL_TYPE_VALUES!r}")
