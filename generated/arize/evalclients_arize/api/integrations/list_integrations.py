from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_type import IntegrationType
from ...models.list_integrations_response import ListIntegrationsResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def build_request(
    *,
    type_: IntegrationType | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["space_id"] = space_id

    params["space_name"] = space_name

    params["name"] = name

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListIntegrationsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListIntegrationsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListIntegrationsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListIntegrationsResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListIntegrationsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: IntegrationType | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListIntegrationsResponse | Problem]:
    """List integrations

     List integrations the user has access to, ordered by creation time (newest first). The default list
    covers `LLM` and `AGENT` integrations only; pass `?type=EVALUATOR` to retrieve evaluator
    integrations. `EVALUATOR` is excluded from the default list to keep the cursor contract stable — it
    is a distinct, feature-flagged surface whose inclusion would shift existing type ranks and
    invalidate in-flight cursors. Each item carries its `type` (and, for `LLM`, `config.provider`) for
    client-side discrimination. An invalid `type` or pagination `cursor` returns `400`; a cursor is only
    valid for the query parameters it was issued with.  Integrations are owned at the account level but
    carry visibility scopings (account-wide, organization, or space). `space_id` / `space_name` filter
    the list to integrations visible in a given space. The list contains only the types the caller has
    permission to read. When no type is readable the request fails with `403` — or `404` when a
    `space_id` filter references a space outside the caller's visibility.  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        type_ (IntegrationType | Unset): The integration category. Selects the shape of `config`.
            Additive — new types (alerting, webhook, ...) are added non-breakingly.  - `LLM`       — a
            model-provider integration (e.g. OpenAI). - `AGENT`     — connects your own agent, exposed
            at an HTTP endpoint. - `EVALUATOR` — connects a remote evaluator endpoint. Only returned
            when                 `?type=EVALUATOR` is passed explicitly; excluded from the
            default (`LLM` + `AGENT`) list to keep the cursor contract                 stable.
            Requires the remote evaluators feature to be enabled.
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListIntegrationsResponse | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        space_id=space_id,
        space_name=space_name,
        name=name,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: IntegrationType | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListIntegrationsResponse | Problem | None:
    """List integrations

     List integrations the user has access to, ordered by creation time (newest first). The default list
    covers `LLM` and `AGENT` integrations only; pass `?type=EVALUATOR` to retrieve evaluator
    integrations. `EVALUATOR` is excluded from the default list to keep the cursor contract stable — it
    is a distinct, feature-flagged surface whose inclusion would shift existing type ranks and
    invalidate in-flight cursors. Each item carries its `type` (and, for `LLM`, `config.provider`) for
    client-side discrimination. An invalid `type` or pagination `cursor` returns `400`; a cursor is only
    valid for the query parameters it was issued with.  Integrations are owned at the account level but
    carry visibility scopings (account-wide, organization, or space). `space_id` / `space_name` filter
    the list to integrations visible in a given space. The list contains only the types the caller has
    permission to read. When no type is readable the request fails with `403` — or `404` when a
    `space_id` filter references a space outside the caller's visibility.  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        type_ (IntegrationType | Unset): The integration category. Selects the shape of `config`.
            Additive — new types (alerting, webhook, ...) are added non-breakingly.  - `LLM`       — a
            model-provider integration (e.g. OpenAI). - `AGENT`     — connects your own agent, exposed
            at an HTTP endpoint. - `EVALUATOR` — connects a remote evaluator endpoint. Only returned
            when                 `?type=EVALUATOR` is passed explicitly; excluded from the
            default (`LLM` + `AGENT`) list to keep the cursor contract                 stable.
            Requires the remote evaluators feature to be enabled.
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListIntegrationsResponse | Problem
    """

    return sync_detailed(
        client=client,
        type_=type_,
        space_id=space_id,
        space_name=space_name,
        name=name,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: IntegrationType | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListIntegrationsResponse | Problem]:
    """List integrations

     List integrations the user has access to, ordered by creation time (newest first). The default list
    covers `LLM` and `AGENT` integrations only; pass `?type=EVALUATOR` to retrieve evaluator
    integrations. `EVALUATOR` is excluded from the default list to keep the cursor contract stable — it
    is a distinct, feature-flagged surface whose inclusion would shift existing type ranks and
    invalidate in-flight cursors. Each item carries its `type` (and, for `LLM`, `config.provider`) for
    client-side discrimination. An invalid `type` or pagination `cursor` returns `400`; a cursor is only
    valid for the query parameters it was issued with.  Integrations are owned at the account level but
    carry visibility scopings (account-wide, organization, or space). `space_id` / `space_name` filter
    the list to integrations visible in a given space. The list contains only the types the caller has
    permission to read. When no type is readable the request fails with `403` — or `404` when a
    `space_id` filter references a space outside the caller's visibility.  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        type_ (IntegrationType | Unset): The integration category. Selects the shape of `config`.
            Additive — new types (alerting, webhook, ...) are added non-breakingly.  - `LLM`       — a
            model-provider integration (e.g. OpenAI). - `AGENT`     — connects your own agent, exposed
            at an HTTP endpoint. - `EVALUATOR` — connects a remote evaluator endpoint. Only returned
            when                 `?type=EVALUATOR` is passed explicitly; excluded from the
            default (`LLM` + `AGENT`) list to keep the cursor contract                 stable.
            Requires the remote evaluators feature to be enabled.
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListIntegrationsResponse | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        space_id=space_id,
        space_name=space_name,
        name=name,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: IntegrationType | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListIntegrationsResponse | Problem | None:
    """List integrations

     List integrations the user has access to, ordered by creation time (newest first). The default list
    covers `LLM` and `AGENT` integrations only; pass `?type=EVALUATOR` to retrieve evaluator
    integrations. `EVALUATOR` is excluded from the default list to keep the cursor contract stable — it
    is a distinct, feature-flagged surface whose inclusion would shift existing type ranks and
    invalidate in-flight cursors. Each item carries its `type` (and, for `LLM`, `config.provider`) for
    client-side discrimination. An invalid `type` or pagination `cursor` returns `400`; a cursor is only
    valid for the query parameters it was issued with.  Integrations are owned at the account level but
    carry visibility scopings (account-wide, organization, or space). `space_id` / `space_name` filter
    the list to integrations visible in a given space. The list contains only the types the caller has
    permission to read. When no type is readable the request fails with `403` — or `404` when a
    `space_id` filter references a space outside the caller's visibility.  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        type_ (IntegrationType | Unset): The integration category. Selects the shape of `config`.
            Additive — new types (alerting, webhook, ...) are added non-breakingly.  - `LLM`       — a
            model-provider integration (e.g. OpenAI). - `AGENT`     — connects your own agent, exposed
            at an HTTP endpoint. - `EVALUATOR` — connects a remote evaluator endpoint. Only returned
            when                 `?type=EVALUATOR` is passed explicitly; excluded from the
            default (`LLM` + `AGENT`) list to keep the cursor contract                 stable.
            Requires the remote evaluators feature to be enabled.
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListIntegrationsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            space_id=space_id,
            space_name=space_name,
            name=name,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
