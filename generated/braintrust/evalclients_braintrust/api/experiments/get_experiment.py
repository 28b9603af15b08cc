from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_experiment_response_200 import GetExperimentResponse200
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | None | Unset = UNSET,
    starting_after: UUID | Unset = UNSET,
    ending_before: UUID | Unset = UNSET,
    ids: list[UUID] | Unset | UUID = UNSET,
    experiment_name: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    org_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_starting_after: str | Unset = UNSET
    if not isinstance(starting_after, Unset):
        json_starting_after = str(starting_after)
    params["starting_after"] = json_starting_after

    json_ending_before: str | Unset = UNSET
    if not isinstance(ending_before, Unset):
        json_ending_before = str(ending_before)
    params["ending_before"] = json_ending_before

    json_ids: list[str] | str | Unset
    if isinstance(ids, Unset):
        json_ids = UNSET
    elif isinstance(ids, UUID):
        json_ids = str(ids)
    else:
        json_ids = []
        for componentsschemas_ids_type_1_item_data in ids:
            componentsschemas_ids_type_1_item = str(componentsschemas_ids_type_1_item_data)
            json_ids.append(componentsschemas_ids_type_1_item)

    params["ids"] = json_ids

    params["experiment_name"] = experiment_name

    params["project_name"] = project_name

    json_project_id: str | Unset = UNSET
    if not isinstance(project_id, Unset):
        json_project_id = str(project_id)
    params["project_id"] = json_project_id

    params["org_name"] = org_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/experiment",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetExperimentResponse200 | None:
    if response.status_code == 200:
        response_200 = GetExperimentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 429:
        response_429 = response.json()
        return response_429

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | GetExperimentResponse200 | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetExperimentResponse200.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 429:
        response_429 = body
        return response_429

    if status == 500:
        response_500 = body
        return response_500

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    429: "json",
    500: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetExperimentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    starting_after: UUID | Unset = UNSET,
    ending_before: UUID | Unset = UNSET,
    ids: list[UUID] | Unset | UUID = UNSET,
    experiment_name: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    org_name: str | Unset = UNSET,
) -> Response[Any | GetExperimentResponse200]:
    """List experiments

     List out all experiments. The experiments are sorted by creation date, with the most recently-
    created experiments coming first

    Args:
        limit (int | None | Unset): Limit the number of objects to return
        starting_after (UUID | Unset): Pagination cursor id.

            For example, if the final item in the last page you fetched had an id of `foo`, pass
            `starting_after=foo` to fetch the next page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ending_before (UUID | Unset): Pagination cursor id.

            For example, if the initial item in the last page you fetched had an id of `foo`, pass
            `ending_before=foo` to fetch the previous page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ids (list[UUID] | Unset | UUID): Filter search results to a particular set of object IDs.
            To specify a list of IDs, include the query param multiple times
        experiment_name (str | Unset): Name of the experiment to search for
        project_name (str | Unset): Name of the project to search for
        project_id (UUID | Unset): Project id
        org_name (str | Unset): Filter search results to within a particular organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetExperimentResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        ids=ids,
        experiment_name=experiment_name,
        project_name=project_name,
        project_id=project_id,
        org_name=org_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    starting_after: UUID | Unset = UNSET,
    ending_before: UUID | Unset = UNSET,
    ids: list[UUID] | Unset | UUID = UNSET,
    experiment_name: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    org_name: str | Unset = UNSET,
) -> Any | GetExperimentResponse200 | None:
    """List experiments

     List out all experiments. The experiments are sorted by creation date, with the most recently-
    created experiments coming first

    Args:
        limit (int | None | Unset): Limit the number of objects to return
        starting_after (UUID | Unset): Pagination cursor id.

            For example, if the final item in the last page you fetched had an id of `foo`, pass
            `starting_after=foo` to fetch the next page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ending_before (UUID | Unset): Pagination cursor id.

            For example, if the initial item in the last page you fetched had an id of `foo`, pass
            `ending_before=foo` to fetch the previous page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ids (list[UUID] | Unset | UUID): Filter search results to a particular set of object IDs.
            To specify a list of IDs, include the query param multiple times
        experiment_name (str | Unset): Name of the experiment to search for
        project_name (str | Unset): Name of the project to search for
        project_id (UUID | Unset): Project id
        org_name (str | Unset): Filter search results to within a particular organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetExperimentResponse200
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        ids=ids,
        experiment_name=experiment_name,
        project_name=project_name,
        project_id=project_id,
        org_name=org_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    starting_after: UUID | Unset = UNSET,
    ending_before: UUID | Unset = UNSET,
    ids: list[UUID] | Unset | UUID = UNSET,
    experiment_name: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    org_name: str | Unset = UNSET,
) -> Response[Any | GetExperimentResponse200]:
    """List experiments

     List out all experiments. The experiments are sorted by creation date, with the most recently-
    created experiments coming first

    Args:
        limit (int | None | Unset): Limit the number of objects to return
        starting_after (UUID | Unset): Pagination cursor id.

            For example, if the final item in the last page you fetched had an id of `foo`, pass
            `starting_after=foo` to fetch the next page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ending_before (UUID | Unset): Pagination cursor id.

            For example, if the initial item in the last page you fetched had an id of `foo`, pass
            `ending_before=foo` to fetch the previous page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ids (list[UUID] | Unset | UUID): Filter search results to a particular set of object IDs.
            To specify a list of IDs, include the query param multiple times
        experiment_name (str | Unset): Name of the experiment to search for
        project_name (str | Unset): Name of the project to search for
        project_id (UUID | Unset): Project id
        org_name (str | Unset): Filter search results to within a particular organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetExperimentResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        ids=ids,
        experiment_name=experiment_name,
        project_name=project_name,
        project_id=project_id,
        org_name=org_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    starting_after: UUID | Unset = UNSET,
    ending_before: UUID | Unset = UNSET,
    ids: list[UUID] | Unset | UUID = UNSET,
    experiment_name: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    org_name: str | Unset = UNSET,
) -> Any | GetExperimentResponse200 | None:
    """List experiments

     List out all experiments. The experiments are sorted by creation date, with the most recently-
    created experiments coming first

    Args:
        limit (int | None | Unset): Limit the number of objects to return
        starting_after (UUID | Unset): Pagination cursor id.

            For example, if the final item in the last page you fetched had an id of `foo`, pass
            `starting_after=foo` to fetch the next page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ending_before (UUID | Unset): Pagination cursor id.

            For example, if the initial item in the last page you fetched had an id of `foo`, pass
            `ending_before=foo` to fetch the previous page. Note: you may only pass one of
            `starting_after` and `ending_before`
        ids (list[UUID] | Unset | UUID): Filter search results to a particular set of object IDs.
            To specify a list of IDs, include the query param multiple times
        experiment_name (str | Unset): Name of the experiment to search for
        project_name (str | Unset): Name of the project to search for
        project_id (UUID | Unset): Project id
        org_name (str | Unset): Filter search results to within a particular organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetExperimentResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            ids=ids,
            experiment_name=experiment_name,
            project_name=project_name,
            project_id=project_id,
            org_name=org_name,
        )
    ).parsed
