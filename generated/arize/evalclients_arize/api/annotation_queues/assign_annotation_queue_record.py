from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_annotation_queue_record_request import AssignAnnotationQueueRecordRequest
from ...models.assign_annotation_queue_record_response import AssignAnnotationQueueRecordResponse
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    annotation_queue_id: str,
    annotation_queue_record_id: str,
    *,
    body: AssignAnnotationQueueRecordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/annotation-queues/{annotation_queue_id}/records/{annotation_queue_record_id}/assign".format(
            annotation_queue_id=path_segment(annotation_queue_id),
            annotation_queue_record_id=path_segment(annotation_queue_record_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignAnnotationQueueRecordResponse | Problem | None:
    if response.status_code == 200:
        response_200 = AssignAnnotationQueueRecordResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> AssignAnnotationQueueRecordResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = AssignAnnotationQueueRecordResponse.from_dict(body)

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
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignAnnotationQueueRecordResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    annotation_queue_id: str,
    annotation_queue_record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignAnnotationQueueRecordRequest,
) -> Response[AssignAnnotationQueueRecordResponse | Problem]:
    """Assign users to a record

     Assign users to an annotation queue record.  Fully replaces the current record-level user
    assignment. Re-assigning a user who has already completed their annotation resets their completion
    status to pending.  **Payload Requirements** - `assigned_user_emails` fully replaces the existing
    record-level user assignment. - Pass an empty array to remove all record-level assignments. - At
    most 100 emails may be provided per request. - All emails must resolve to existing users with access
    to the queue's space.  **Response** Returns a snapshot of the fields updated by this operation: the
    record identity and the resulting user assignments only. Annotations and evaluations are not
    included for performance reasons. Use the list records endpoint to retrieve the full record state.
    **Valid example** ```json {   "assigned_user_emails": ["reviewer@example.com",
    "annotator@example.com"] } ```  **Invalid example** (email does not belong to the space) ```json {
    "assigned_user_emails": ["outsider@other.com"] } ```  **Invalid example** (exceeds 100-email limit)
    ```json {   "assigned_user_emails": ["user1@example.com", "user2@example.com", "...101 total
    emails"] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        annotation_queue_id (str):
        annotation_queue_record_id (str):
        body (AssignAnnotationQueueRecordRequest): User assignment for an annotation queue record.
            Fully replaces the current record-level user assignment. Pass an empty array to remove all
            assignments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignAnnotationQueueRecordResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        annotation_queue_record_id=annotation_queue_record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_queue_id: str,
    annotation_queue_record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignAnnotationQueueRecordRequest,
) -> AssignAnnotationQueueRecordResponse | Problem | None:
    """Assign users to a record

     Assign users to an annotation queue record.  Fully replaces the current record-level user
    assignment. Re-assigning a user who has already completed their annotation resets their completion
    status to pending.  **Payload Requirements** - `assigned_user_emails` fully replaces the existing
    record-level user assignment. - Pass an empty array to remove all record-level assignments. - At
    most 100 emails may be provided per request. - All emails must resolve to existing users with access
    to the queue's space.  **Response** Returns a snapshot of the fields updated by this operation: the
    record identity and the resulting user assignments only. Annotations and evaluations are not
    included for performance reasons. Use the list records endpoint to retrieve the full record state.
    **Valid example** ```json {   "assigned_user_emails": ["reviewer@example.com",
    "annotator@example.com"] } ```  **Invalid example** (email does not belong to the space) ```json {
    "assigned_user_emails": ["outsider@other.com"] } ```  **Invalid example** (exceeds 100-email limit)
    ```json {   "assigned_user_emails": ["user1@example.com", "user2@example.com", "...101 total
    emails"] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        annotation_queue_id (str):
        annotation_queue_record_id (str):
        body (AssignAnnotationQueueRecordRequest): User assignment for an annotation queue record.
            Fully replaces the current record-level user assignment. Pass an empty array to remove all
            assignments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignAnnotationQueueRecordResponse | Problem
    """

    return sync_detailed(
        annotation_queue_id=annotation_queue_id,
        annotation_queue_record_id=annotation_queue_record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    annotation_queue_id: str,
    annotation_queue_record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignAnnotationQueueRecordRequest,
) -> Response[AssignAnnotationQueueRecordResponse | Problem]:
    """Assign users to a record

     Assign users to an annotation queue record.  Fully replaces the current record-level user
    assignment. Re-assigning a user who has already completed their annotation resets their completion
    status to pending.  **Payload Requirements** - `assigned_user_emails` fully replaces the existing
    record-level user assignment. - Pass an empty array to remove all record-level assignments. - At
    most 100 emails may be provided per request. - All emails must resolve to existing users with access
    to the queue's space.  **Response** Returns a snapshot of the fields updated by this operation: the
    record identity and the resulting user assignments only. Annotations and evaluations are not
    included for performance reasons. Use the list records endpoint to retrieve the full record state.
    **Valid example** ```json {   "assigned_user_emails": ["reviewer@example.com",
    "annotator@example.com"] } ```  **Invalid example** (email does not belong to the space) ```json {
    "assigned_user_emails": ["outsider@other.com"] } ```  **Invalid example** (exceeds 100-email limit)
    ```json {   "assigned_user_emails": ["user1@example.com", "user2@example.com", "...101 total
    emails"] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        annotation_queue_id (str):
        annotation_queue_record_id (str):
        body (AssignAnnotationQueueRecordRequest): User assignment for an annotation queue record.
            Fully replaces the current record-level user assignment. Pass an empty array to remove all
            assignments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignAnnotationQueueRecordResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        annotation_queue_record_id=annotation_queue_record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_queue_id: str,
    annotation_queue_record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignAnnotationQueueRecordRequest,
) -> AssignAnnotationQueueRecordResponse | Problem | None:
    """Assign users to a record

     Assign users to an annotation queue record.  Fully replaces the current record-level user
    assignment. Re-assigning a user who has already completed their annotation resets their completion
    status to pending.  **Payload Requirements** - `assigned_user_emails` fully replaces the existing
    record-level user assignment. - Pass an empty array to remove all record-level assignments. - At
    most 100 emails may be provided per request. - All emails must resolve to existing users with access
    to the queue's space.  **Response** Returns a snapshot of the fields updated by this operation: the
    record identity and the resulting user assignments only. Annotations and evaluations are not
    included for performance reasons. Use the list records endpoint to retrieve the full record state.
    **Valid example** ```json {   "assigned_user_emails": ["reviewer@example.com",
    "annotator@example.com"] } ```  **Invalid example** (email does not belong to the space) ```json {
    "assigned_user_emails": ["outsider@other.com"] } ```  **Invalid example** (exceeds 100-email limit)
    ```json {   "assigned_user_emails": ["user1@example.com", "user2@example.com", "...101 total
    emails"] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        annotation_queue_id (str):
        annotation_queue_record_id (str):
        body (AssignAnnotationQueueRecordRequest): User assignment for an annotation queue record.
            Fully replaces the current record-level user assignment. Pass an empty array to remove all
            assignments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignAnnotationQueueRecordResponse | Problem
    """

    return (
        await asyncio_detailed(
            annotation_queue_id=annotation_queue_id,
            annotation_queue_record_id=annotation_queue_record_id,
            client=client,
            body=body,
        )
    ).parsed
