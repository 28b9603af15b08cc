from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_evaluator_versions_request import DeleteEvaluatorVersionsRequest
from ...models.delete_evaluator_versions_response import DeleteEvaluatorVersionsResponse
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    evaluator_id: str,
    *,
    body: DeleteEvaluatorVersionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/evaluators/{evaluator_id}/versions".format(
            evaluator_id=path_segment(evaluator_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteEvaluatorVersionsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = DeleteEvaluatorVersionsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> DeleteEvaluatorVersionsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DeleteEvaluatorVersionsResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteEvaluatorVersionsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEvaluatorVersionsRequest,
) -> Response[DeleteEvaluatorVersionsResponse | Problem]:
    """Delete evaluator versions

     **Endpoint:** `DELETE /v2/evaluators/{evaluator_id}/versions`  Deletes a batch of versions belonging
    to the evaluator identified by the `evaluator_id` path parameter. This operation is irreversible.
    The delete is partial-tolerant: versions that exist and belong to `evaluator_id` are deleted; every
    requested ID that was not deleted is reported back in `not_deleted_version_ids` (for example,
    because a version was not found or belongs to a different evaluator). This is not an error — the
    response is still `200`.  Deleting a version currently pinned to a running online task un-pins that
    task; it falls back to resolving the evaluator's latest version.  A request that would delete every
    remaining version of an evaluator that an online task still uses returns `409`, and no versions are
    deleted. The error lists the tasks that use the evaluator. Keep at least one version, or remove the
    evaluator from these tasks or delete the tasks first.  **Payload Requirements** - `version_ids` must
    contain between 1 and 100 IDs. Duplicate IDs are accepted   and silently collapsed so each version
    is processed at most once.  **Responses** - `200` — request processed. Check `deleted_version_ids` /
    `not_deleted_version_ids` for the outcome of each requested ID. - `400` — malformed request:
    `evaluator_id` fails ID-format validation   (`Invalid evaluator ID format`), or `version_ids` is
    missing/empty   (`version_ids must contain at least one evaluator version ID`), not an   array
    (`version_ids must be an array`), exceeds 100 entries   (`version_ids cannot contain more than 100
    evaluator version IDs`), or   one entry fails ID-format validation   (`Invalid evaluator version ID
    format`). - `401` — missing or invalid credentials. - `403` — the evaluator is readable but the
    caller lacks permission to   delete its versions. - `404` — `evaluator_id` does not exist or is not
    readable by the caller   (`Evaluator not found`). - `409` — the request would delete every remaining
    version of an   evaluator that an online task still uses. - `429` — rate limit exceeded.  **Valid
    example** — evaluator `RXZhbHVhdG9yOjEyOkI3cmk=` with a single version
    `RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2`: ```json {   "version_ids": ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"]
    } ``` Response `200`: ```json {   "completed": true,   "deleted_version_ids":
    ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"],   "not_deleted_version_ids": [] } ```  **Invalid example**
    (empty `version_ids`) ```json {   "version_ids": [] } ``` Response `400`: ```json {   "status": 400,
    "title": "Bad Request",   "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
    "detail": "version_ids must contain at least one evaluator version ID" } ```  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (DeleteEvaluatorVersionsRequest): Body identifying the versions to delete from the
            evaluator named by the `evaluator_id` path parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEvaluatorVersionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEvaluatorVersionsRequest,
) -> DeleteEvaluatorVersionsResponse | Problem | None:
    """Delete evaluator versions

     **Endpoint:** `DELETE /v2/evaluators/{evaluator_id}/versions`  Deletes a batch of versions belonging
    to the evaluator identified by the `evaluator_id` path parameter. This operation is irreversible.
    The delete is partial-tolerant: versions that exist and belong to `evaluator_id` are deleted; every
    requested ID that was not deleted is reported back in `not_deleted_version_ids` (for example,
    because a version was not found or belongs to a different evaluator). This is not an error — the
    response is still `200`.  Deleting a version currently pinned to a running online task un-pins that
    task; it falls back to resolving the evaluator's latest version.  A request that would delete every
    remaining version of an evaluator that an online task still uses returns `409`, and no versions are
    deleted. The error lists the tasks that use the evaluator. Keep at least one version, or remove the
    evaluator from these tasks or delete the tasks first.  **Payload Requirements** - `version_ids` must
    contain between 1 and 100 IDs. Duplicate IDs are accepted   and silently collapsed so each version
    is processed at most once.  **Responses** - `200` — request processed. Check `deleted_version_ids` /
    `not_deleted_version_ids` for the outcome of each requested ID. - `400` — malformed request:
    `evaluator_id` fails ID-format validation   (`Invalid evaluator ID format`), or `version_ids` is
    missing/empty   (`version_ids must contain at least one evaluator version ID`), not an   array
    (`version_ids must be an array`), exceeds 100 entries   (`version_ids cannot contain more than 100
    evaluator version IDs`), or   one entry fails ID-format validation   (`Invalid evaluator version ID
    format`). - `401` — missing or invalid credentials. - `403` — the evaluator is readable but the
    caller lacks permission to   delete its versions. - `404` — `evaluator_id` does not exist or is not
    readable by the caller   (`Evaluator not found`). - `409` — the request would delete every remaining
    version of an   evaluator that an online task still uses. - `429` — rate limit exceeded.  **Valid
    example** — evaluator `RXZhbHVhdG9yOjEyOkI3cmk=` with a single version
    `RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2`: ```json {   "version_ids": ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"]
    } ``` Response `200`: ```json {   "completed": true,   "deleted_version_ids":
    ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"],   "not_deleted_version_ids": [] } ```  **Invalid example**
    (empty `version_ids`) ```json {   "version_ids": [] } ``` Response `400`: ```json {   "status": 400,
    "title": "Bad Request",   "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
    "detail": "version_ids must contain at least one evaluator version ID" } ```  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (DeleteEvaluatorVersionsRequest): Body identifying the versions to delete from the
            evaluator named by the `evaluator_id` path parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEvaluatorVersionsResponse | Problem
    """

    return sync_detailed(
        evaluator_id=evaluator_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEvaluatorVersionsRequest,
) -> Response[DeleteEvaluatorVersionsResponse | Problem]:
    """Delete evaluator versions

     **Endpoint:** `DELETE /v2/evaluators/{evaluator_id}/versions`  Deletes a batch of versions belonging
    to the evaluator identified by the `evaluator_id` path parameter. This operation is irreversible.
    The delete is partial-tolerant: versions that exist and belong to `evaluator_id` are deleted; every
    requested ID that was not deleted is reported back in `not_deleted_version_ids` (for example,
    because a version was not found or belongs to a different evaluator). This is not an error — the
    response is still `200`.  Deleting a version currently pinned to a running online task un-pins that
    task; it falls back to resolving the evaluator's latest version.  A request that would delete every
    remaining version of an evaluator that an online task still uses returns `409`, and no versions are
    deleted. The error lists the tasks that use the evaluator. Keep at least one version, or remove the
    evaluator from these tasks or delete the tasks first.  **Payload Requirements** - `version_ids` must
    contain between 1 and 100 IDs. Duplicate IDs are accepted   and silently collapsed so each version
    is processed at most once.  **Responses** - `200` — request processed. Check `deleted_version_ids` /
    `not_deleted_version_ids` for the outcome of each requested ID. - `400` — malformed request:
    `evaluator_id` fails ID-format validation   (`Invalid evaluator ID format`), or `version_ids` is
    missing/empty   (`version_ids must contain at least one evaluator version ID`), not an   array
    (`version_ids must be an array`), exceeds 100 entries   (`version_ids cannot contain more than 100
    evaluator version IDs`), or   one entry fails ID-format validation   (`Invalid evaluator version ID
    format`). - `401` — missing or invalid credentials. - `403` — the evaluator is readable but the
    caller lacks permission to   delete its versions. - `404` — `evaluator_id` does not exist or is not
    readable by the caller   (`Evaluator not found`). - `409` — the request would delete every remaining
    version of an   evaluator that an online task still uses. - `429` — rate limit exceeded.  **Valid
    example** — evaluator `RXZhbHVhdG9yOjEyOkI3cmk=` with a single version
    `RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2`: ```json {   "version_ids": ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"]
    } ``` Response `200`: ```json {   "completed": true,   "deleted_version_ids":
    ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"],   "not_deleted_version_ids": [] } ```  **Invalid example**
    (empty `version_ids`) ```json {   "version_ids": [] } ``` Response `400`: ```json {   "status": 400,
    "title": "Bad Request",   "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
    "detail": "version_ids must contain at least one evaluator version ID" } ```  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (DeleteEvaluatorVersionsRequest): Body identifying the versions to delete from the
            evaluator named by the `evaluator_id` path parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEvaluatorVersionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEvaluatorVersionsRequest,
) -> DeleteEvaluatorVersionsResponse | Problem | None:
    """Delete evaluator versions

     **Endpoint:** `DELETE /v2/evaluators/{evaluator_id}/versions`  Deletes a batch of versions belonging
    to the evaluator identified by the `evaluator_id` path parameter. This operation is irreversible.
    The delete is partial-tolerant: versions that exist and belong to `evaluator_id` are deleted; every
    requested ID that was not deleted is reported back in `not_deleted_version_ids` (for example,
    because a version was not found or belongs to a different evaluator). This is not an error — the
    response is still `200`.  Deleting a version currently pinned to a running online task un-pins that
    task; it falls back to resolving the evaluator's latest version.  A request that would delete every
    remaining version of an evaluator that an online task still uses returns `409`, and no versions are
    deleted. The error lists the tasks that use the evaluator. Keep at least one version, or remove the
    evaluator from these tasks or delete the tasks first.  **Payload Requirements** - `version_ids` must
    contain between 1 and 100 IDs. Duplicate IDs are accepted   and silently collapsed so each version
    is processed at most once.  **Responses** - `200` — request processed. Check `deleted_version_ids` /
    `not_deleted_version_ids` for the outcome of each requested ID. - `400` — malformed request:
    `evaluator_id` fails ID-format validation   (`Invalid evaluator ID format`), or `version_ids` is
    missing/empty   (`version_ids must contain at least one evaluator version ID`), not an   array
    (`version_ids must be an array`), exceeds 100 entries   (`version_ids cannot contain more than 100
    evaluator version IDs`), or   one entry fails ID-format validation   (`Invalid evaluator version ID
    format`). - `401` — missing or invalid credentials. - `403` — the evaluator is readable but the
    caller lacks permission to   delete its versions. - `404` — `evaluator_id` does not exist or is not
    readable by the caller   (`Evaluator not found`). - `409` — the request would delete every remaining
    version of an   evaluator that an online task still uses. - `429` — rate limit exceeded.  **Valid
    example** — evaluator `RXZhbHVhdG9yOjEyOkI3cmk=` with a single version
    `RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2`: ```json {   "version_ids": ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"]
    } ``` Response `200`: ```json {   "completed": true,   "deleted_version_ids":
    ["RXZhbHVhdG9yVmVyc2lvbjozMjpBQ0Q2"],   "not_deleted_version_ids": [] } ```  **Invalid example**
    (empty `version_ids`) ```json {   "version_ids": [] } ``` Response `400`: ```json {   "status": 400,
    "title": "Bad Request",   "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
    "detail": "version_ids must contain at least one evaluator version ID" } ```  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (DeleteEvaluatorVersionsRequest): Body identifying the versions to delete from the
            evaluator named by the `evaluator_id` path parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEvaluatorVersionsResponse | Problem
    """

    return (
        await asyncio_detailed(
            evaluator_id=evaluator_id,
            client=client,
            body=body,
        )
    ).parsed
