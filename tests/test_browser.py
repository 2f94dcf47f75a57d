"""Browser tests: Playwright drives Debian's chromium (/usr/bin/chromium) over
``sitroom serve`` on the example corpus. No console errors, no request leaving
127.0.0.1, and a screenshot of each page in build/screenshots/ (ignored by git).

Skipped, with a message, when chromium or Playwright is missing (.ci/run installs
chromium with apt-get)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import sitroom
from sitroom.settings import Settings

CHROMIUM = os.environ.get("SITROOM_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.model]
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytestmark.append(
        pytest.mark.skip(reason=f"chromium not found at {CHROMIUM} (apt-get install chromium)")
    )
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(example_db: str, settings: Settings) -> Iterator[str]:
    import uvicorn

    from sitroom.show.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(sitroom.open(example_db, settings))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watched:
    """A page with its console errors and every URL it requested."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.set_default_timeout(10_000)

    def check(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
        assert self.errors == []
        outside = [u for u in self.requests if not u.startswith(self.base + "/")]
        assert outside == [], outside
        assert self.requests  # the watch saw the page load


@pytest.fixture
def watched(browser: Any, server: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield Watched(context.new_page(), server)
    context.close()


def test_overview_and_story_with_matrix_hover(watched: Watched) -> None:
    page = watched.page
    page.goto(watched.base + "/")
    assert page.locator("h1").inner_text() == "The situation"
    assert page.locator("ol.stories").first.locator("li").count() >= 5
    watched.check("overview")
    page.locator("section:has(h2:text('Most covered')) ol.stories a").first.click()
    page.wait_for_url("**/stories/**")
    assert page.locator("ol.articles li").count() >= 2
    assert page.locator("ol.timeline li").count() > 0
    cell = page.locator("td.cell[data-evidence]").first
    cell.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert tip.inner_text() == cell.get_attribute("data-evidence")
    watched.check("story")


def test_search_highlights(watched: Watched) -> None:
    page = watched.page
    page.goto(watched.base + "/")
    page.fill("input[name=q]", '"red line"')
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    marks = page.locator("span.snippet mark")
    assert marks.count() > 0
    assert marks.first.inner_text().lower() in ("red", "line", "red line")
    watched.check("search")


def test_actor_page(watched: Watched) -> None:
    page = watched.page
    page.goto(watched.base + "/")
    section = page.locator("section:has(h2:text('Most active actors'))")
    section.locator("h3 + ol.actors a").first.click()  # the most quoted person
    page.wait_for_url("**/actors/**")
    assert page.locator("h2:text('Where it comes from')").is_visible()
    assert page.locator("ul.quotes li").count() > 0
    watched.check("actor")


def test_network_draws_and_filters(watched: Watched) -> None:
    page = watched.page
    page.goto(watched.base + "/network")
    page.wait_for_function("document.querySelectorAll('#network circle').length > 3")
    before = page.locator("#net-status").inner_text()
    page.select_option("select[name=kind]", "event")
    page.fill("input[name=min]", "1")
    page.click("#net-filter button")
    page.wait_for_function(
        "(b) => document.getElementById('net-status').textContent !== b", arg=before
    )
    assert page.locator("#network line").count() > 0
    watched.check("network")
