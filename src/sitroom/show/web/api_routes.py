"""The JSON API: ``/api/...`` over :class:`sitroom.api.Situation`.

Lists take ``limit``/``offset``/``sort`` and the filters of :class:`sitroom.api.Filters`;
they answer ``{"items": [...], "total": N, "limit": L, "offset": O, "sort": S}``. Errors are
``{"detail": "..."}`` with the status of the error (404 unknown id, 400 malformed query,
413 too large, 422 invalid parameters).
"""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from sitroom.api import Situation
from sitroom.errors import NotFoundError, QueryError
from sitroom.show.safety import plain_snippet
from sitroom.show.web.jobs import Jobs
from sitroom.store.browse import Page

router = APIRouter(prefix="/api")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def situation(request: Request) -> Situation:
    room: Situation = request.app.state.situation
    return room


def jobs(request: Request) -> Jobs:
    found: Jobs = request.app.state.jobs
    return found


Room = Annotated[Situation, Depends(situation)]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Sort = Annotated[
    str | None, Query(max_length=40, description="Sort key, '-' first for descending.")
]
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[date | None, Query(description="YYYY-MM-DD, inclusive.")]


class ListFilters:
    """The filters every list takes (unset ones are left out)."""

    def __init__(
        self,
        actor: Annotated[
            str | None, Query(max_length=200, description="Actor id or part of a name.")
        ] = None,
        story: Annotated[str | None, Query(max_length=200, description="Story id.")] = None,
        type: Annotated[
            str | None,
            Query(max_length=40, description="Event type, quote kind, stance or claim status."),
        ] = None,
        outlet: Annotated[str | None, Query(max_length=200, description="Publisher.")] = None,
        since: Day = None,
        until: Day = None,
    ) -> None:
        self.values = {
            "actor": actor,
            "story": story,
            "type": type,
            "outlet": outlet,
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
        }


Filt = Annotated[ListFilters, Depends()]


def _page(page: Page) -> dict[str, Any]:
    return page.to_dict()


@router.get("/articles", summary="Articles, newest first")
def articles(
    room: Room, f: Filt, sort: Sort = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return _page(room.articles(sort=sort, limit=limit, offset=offset, **f.values))


@router.get("/articles/{article_id}", summary="One article as its extraction record")
def article(room: Room, article_id: str) -> dict[str, Any]:
    return room.article(article_id)


@router.get("/stories", summary="Stories (sort: recent, coverage, first, title)")
def stories(
    room: Room, f: Filt, sort: Sort = "-recent", limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    values = {k: v for k, v in f.values.items() if k not in ("type", "story")}
    return _page(room.stories(sort=sort or "-recent", limit=limit, offset=offset, **values))


@router.get("/stories/{story_id}", summary="A story: articles, summary, timeline, matrix, claims")
def story(room: Room, story_id: str) -> dict[str, Any]:
    return room.story(story_id)


@router.get("/actors", summary="Actors, most mentioned first (sort: mentions, name, type)")
def actors(
    room: Room,
    type: Text = None,
    name: Text = None,
    sort: Sort = "-mentions",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return _page(
        room.actors(type=type, name=name, sort=sort or "-mentions", limit=limit, offset=offset)
    )


@router.get("/actors/{actor_id}", summary="An actor: roles, quotes, events, positions, origin")
def actor(room: Room, actor_id: str) -> dict[str, Any]:
    return room.actor(actor_id)


@router.get("/quotes", summary="Attributed quotes")
def quotes(
    room: Room, f: Filt, sort: Sort = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return _page(room.quotes(sort=sort, limit=limit, offset=offset, **f.values))


@router.get("/events", summary="Coded events (PLOVER)")
def events(
    room: Room, f: Filt, sort: Sort = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return _page(room.events(sort=sort, limit=limit, offset=offset, **f.values))


@router.get("/positions", summary="Positions (stances on issues)")
def positions(
    room: Room,
    f: Filt,
    issue: Text = None,
    sort: Sort = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return _page(room.positions(sort=sort, limit=limit, offset=offset, issue=issue, **f.values))


@router.get("/claims", summary="Claims with their status (type filters the status)")
def claims(
    room: Room, f: Filt, sort: Sort = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return _page(room.claims(sort=sort, limit=limit, offset=offset, **f.values))


@router.get("/issues", summary="Issues with statements")
def issues(room: Room) -> dict[str, Any]:
    found = room.issues()
    return {"items": found, "total": len(found)}


@router.get("/issues/{issue_id}", summary="Who stands where on an issue, and how that changed")
def issue(room: Room, issue_id: str) -> dict[str, Any]:
    return room.issue(issue_id)


@router.get("/network", summary="Actors and weighted edges from events and statements")
def network(
    room: Room,
    kind: Annotated[str | None, Query(pattern="^(event|statement)$")] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    since: Day = None,
    until: Day = None,
    story: Text = None,
) -> dict[str, Any]:
    return room.network(
        kind=kind,
        type=type,
        story=story,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )


@router.get("/overview", summary="Stories, active actors, contradictions, quality warnings")
def overview(room: Room) -> dict[str, Any]:
    return room.overview()


@router.get("/search", summary="Full-text search (FTS5 syntax); a malformed query is a 400")
def search(
    room: Room,
    q: Annotated[str, Query(min_length=1, max_length=500, description="FTS5 query.")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    hits = room.search(q, limit=limit, strict=True)
    items = [
        {
            "kind": h.kind,
            "article_id": h.article_id,
            "title": h.title,
            "url": h.url,
            "snippet": plain_snippet(h.snippet),
            "rank": h.rank,
            "quote_id": h.quote_id,
            "speaker": h.speaker,
        }
        for h in hits
    ]
    return {"items": items, "total": len(items), "query": q}


@router.post(
    "/ingest",
    status_code=202,
    summary="Queue documents: a JSON list of records (or {'records': [...]}) or uploaded files",
)
async def ingest(request: Request) -> JSONResponse:
    room: Situation = request.app.state.situation
    queue: Jobs = request.app.state.jobs
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        records = _records(await request.body())
        job = queue.submit(lambda tick: room.ingest(records, on_article=tick), len(records))
    elif kind == "multipart/form-data":
        folder = Path(tempfile.mkdtemp(prefix="sitroom-upload-"))
        n = await _save_uploads(request, folder)
        job = queue.submit(lambda tick: room.ingest([folder], on_article=tick), n, folder)
    else:
        raise QueryError(
            f"POST /api/ingest takes application/json or multipart/form-data, not {kind!r}"
        )
    return JSONResponse(job.to_dict(), status_code=202, headers={"Location": f"/api/jobs/{job.id}"})


def _records(body: bytes) -> list[dict[str, Any]]:
    try:
        value = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise QueryError(f"the body is not valid JSON ({exc})") from exc
    if isinstance(value, dict):
        value = value.get("records")
    if not isinstance(value, list) or not value:
        raise Unprocessable('give a non-empty list of records, or {"records": [...]}')
    for i, rec in enumerate(value):
        if (
            not isinstance(rec, dict)
            or not isinstance(rec.get("text"), str)
            or not rec["text"].strip()
        ):
            raise Unprocessable(f"record {i} has no text; each record needs a 'text' string")
    return value


async def _save_uploads(request: Request, folder: Path) -> int:
    form = await request.form()
    n = 0
    for i, (_, item) in enumerate(form.multi_items()):
        if isinstance(item, str):
            continue
        name = _SAFE_NAME.sub("_", Path(item.filename or f"upload-{i}.txt").name).lstrip(".")
        target = folder / f"{i:04d}-{name or 'upload.txt'}"
        target.write_bytes(await item.read())
        n += 1
    if not n:
        raise Unprocessable("no file uploaded; send files in a multipart form field 'files'")
    return n


class Unprocessable(QueryError):
    status = 422


@router.get("/jobs/{job_id}", summary="An ingest job: state, articles done, result")
def job(request: Request, job_id: str) -> dict[str, Any]:
    found = jobs(request).get(job_id)
    if found is None:
        raise NotFoundError(f"no job {job_id!r}")
    return found.to_dict()
