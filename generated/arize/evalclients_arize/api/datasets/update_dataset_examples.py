from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_version_with_example_ids import DatasetVersionWithExampleIds
from ...models.problem import Problem
from ...models.update_dataset_examples_request import UpdateDatasetExamplesRequest
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    dataset_id: str,
    *,
    body: UpdateDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dataset_version_id"] = dataset_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/datasets/{dataset_id}/examples".format(
            dataset_id=path_segment(dataset_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetVersionWithExampleIds | Problem | None:
    if response.status_code == 200:
        response_200 = DatasetVersionWithExampleIds.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> DatasetVersionWithExampleIds | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DatasetVersionWithExampleIds.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 409:
        response_409 = Problem.from_dict(body)

        return response_409

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    409: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetVersionWithExampleIds | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> Response[DatasetVersionWithExampleIds | Problem]:
    """Update existing examples in a dataset

     Updates existing dataset examples by matching their `id` field.  an example ID does not match any
    existing example in the dataset version, it will be ignored. In other words, only examples with IDs
    that already exist will be updated. To add new examples, use the Insert Dataset Examples endpoint.
    Adding columns that do not exist in the dataset schema is allowed, but removing existing columns is
    not.  Optionally, the update can create a new version of the dataset. In this case, the outcome of
    the update will be reflected only in the new version, while the previous version remains unchanged.
    If a new version is not created, the updates will be applied directly (in place) to the specified
    version.  **Payload Requirements** - Each item in `examples[]` may contain any user-defined fields.
    - Each item in `examples[]` must include the `id` field to identify the example to update. - Do not
    include system-managed fields on input: `created_at`, `updated_at`. Requests that contain these
    fields in any example will be rejected. - Each example must contain at least one property (i.e.,
    `{}` is invalid).  **Valid example** (create) ```json {   "examples": [     {       "id": "ex_001",
    "question": "What is 2+2?",       "answer": "4",       "topic": "math"     }   ] } ```  **Invalid
    example** ('id' missing for update) ```json {   "examples": [     {       "input": "Hello"     }   ]
    } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (UpdateDatasetExamplesRequest): Examples to update by ID matching, optionally into a
            new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionWithExampleIds | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        dataset_version_id=dataset_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> DatasetVersionWithExampleIds | Problem | None:
    """Update existing examples in a dataset

     Updates existing dataset examples by matching their `id` field.  an example ID does not match any
    existing example in the dataset version, it will be ignored. In other words, only examples with IDs
    that already exist will be updated. To add new examples, use the Insert Dataset Examples endpoint.
    Adding columns that do not exist in the dataset schema is allowed, but removing existing columns is
    not.  Optionally, the update can create a new version of the dataset. In this case, the outcome of
    the update will be reflected only in the new version, while the previous version remains unchanged.
    If a new version is not created, the updates will be applied directly (in place) to the specified
    version.  **Payload Requirements** - Each item in `examples[]` may contain any user-defined fields.
    - Each item in `examples[]` must include the `id` field to identify the example to update. - Do not
    include system-managed fields on input: `created_at`, `updated_at`. Requests that contain these
    fields in any example will be rejected. - Each example must contain at least one property (i.e.,
    `{}` is invalid).  **Valid example** (create) ```json {   "examples": [     {       "id": "ex_001",
    "question": "What is 2+2?",       "answer": "4",       "topic": "math"     }   ] } ```  **Invalid
    example** ('id' missing for update) ```json {   "examples": [     {       "input": "Hello"     }   ]
    } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (UpdateDatasetExamplesRequest): Examples to update by ID matching, optionally into a
            new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionWithExampleIds | Problem
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
        dataset_version_id=dataset_version_id,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> Response[DatasetVersionWithExampleIds | Problem]:
    """Update existing examples in a dataset

     Updates existing dataset examples by matching their `id` field.  an example ID does not match any
    existing example in the dataset version, it will be ignored. In other words, only examples with IDs
    that already exist will be updated. To add new examples, use the Insert Dataset Examples endpoint.
    Adding columns that do not exist in the dataset schema is allowed, but removing existing columns is
    not.  Optionally, the update can create a new version of the dataset. In this case, the outcome of
    the update will be reflected only in the new version, while the previous version remains unchanged.
    If a new version is not created, the updates will be applied directly (in place) to the specified
    version.  **Payload Requirements** - Each item in `examples[]` may contain any user-defined fields.
    - Each item in `examples[]` must include the `id` field to identify the example to update. - Do not
    include system-managed fields on input: `created_at`, `updated_at`. Requests that contain these
    fields in any example will be rejected. - Each example must contain at least one property (i.e.,
    `{}` is invalid).  **Valid example** (create) ```json {   "examples": [     {       "id": "ex_001",
    "question": "What is 2+2?",       "answer": "4",       "topic": "math"     }   ] } ```  **Invalid
    example** ('id' missing for update) ```json {   "examples": [     {       "input": "Hello"     }   ]
    } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (UpdateDatasetExamplesRequest): Examples to update by ID matching, optionally into a
            new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionWithExampleIds | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        dataset_version_id=dataset_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDatasetExamplesRequest,
    dataset_version_id: str | Unset = UNSET,
) -> DatasetVersionWithExampleIds | Problem | None:
    """Update existing examples in a dataset

     Updates existing dataset examples by matching their `id` field.  an example ID does not match any
    existing example in the dataset version, it will be ignored. In other words, only examples with IDs
    that already exist will be updated. To add new examples, use the Insert Dataset Examples endpoint.
    Adding columns that do not exist in the dataset schema is allowed, but removing existing columns is
    not.  Optionally, the update can create a new version of the dataset. In this case, the outcome of
    the update will be reflected only in the new version, while the previous version remains unchanged.
    If a new version is not created, the updates will be applied directly (in place) to the specified
    version.  **Payload Requirements** - Each item in `examples[]` may contain any user-defined fields.
    - Each item in `examples[]` must include the `id` field to identify the example to update. - Do not
    include system-managed fields on input: `created_at`, `updated_at`. Requests that contain these
    fields in any example will be rejected. - Each example must contain at least one property (i.e.,
    `{}` is invalid).  **Valid example** (create) ```json {   "examples": [     {       "id": "ex_001",
    "question": "What is 2+2?",       "answer": "4",       "topic": "math"     }   ] } ```  **Invalid
    example** ('id' missing for update) ```json {   "examples": [     {       "input": "Hello"     }   ]
    } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        body (UpdateDatasetExamplesRequest): Examples to update by ID matching, optionally into a
            new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionWithExampleIds | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
            dataset_version_id=dataset_version_id,
        )
    ).parsed
