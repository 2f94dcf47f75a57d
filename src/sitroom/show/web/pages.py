"""The pages of ``sitroom serve``: server-rendered templates over the same API."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sitroom.api import Situation
from sitroom.errors import QueryError
from sitroom.show.web.render import path_part, render

router = APIRouter(include_in_schema=False)
_PATHS = {"story": "/stories/", "actor": "/actors/", "issue": "/issues/"}


def page_link(kind: str, item_id: Any) -> str | None:
    """The page of a story, actor or issue."""
    return _PATHS[kind] + path_part(item_id) if item_id else None


def _page(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, link=page_link, inline=None, **context))


def _room(request: Request) -> Situation:
    room: Situation = request.app.state.situation
    return room


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return _page("overview.html", o=_room(request).overview())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    return _page("story.html", s=_room(request).story(story_id))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str) -> HTMLResponse:
    return _page("actor.html", a=_room(request).actor(actor_id))


@router.get("/issues", response_class=HTMLResponse)
def issues(request: Request) -> HTMLResponse:
    return _page("issues.html", issues=_room(request).issues())


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue(request: Request, issue_id: str) -> HTMLResponse:
    return _page("issue.html", i=_room(request).issue(issue_id))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return _page("network.html", data=_room(request).network())


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    hits: list[Any] = []
    error = None
    if q.strip():
        try:
            hits = _room(request).search(q, limit=50, strict=True)
        except QueryError as exc:
            error = str(exc)
    response = _page("search.html", query=q, hits=hits, error=error)
    if error:
        response.status_code = 400
    return response
