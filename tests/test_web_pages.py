"""The pages and the HTML brief: hostile article text renders inert everywhere (no script,
no event handler, no javascript: link reaches the page), the brief is self-contained, and
the serve and report commands."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import sitroom
import web_data
from sitroom.settings import Settings
from sitroom.show.cli import app as cli_app
from sitroom.show.web.app import create_app
from sitroom.show.web.brief import render_brief
from sitroom.show.web.render import asset, marks, safe_url
from web_data import STORY

runner = CliRunner()


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def assert_inert(page: str, *, inline: bool = False, shown: bool = True) -> None:
    parsed = _Elements()
    parsed.feed(page)
    for tag, attrs in parsed.tags:
        ours = tag == "svg" and attrs.get("id") == "network"  # the network page's canvas
        assert ours or tag not in ("img", "svg", "iframe", "object", "embed"), (tag, attrs)
        handlers = [a for a in attrs if a.startswith("on")]
        assert not handlers, (tag, attrs)
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text", "vbscript:")), (tag, attrs)
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    for attrs, body in zip(scripts, parsed.scripts, strict=True):
        if attrs.get("type") == "application/json":
            assert "<" not in body  # JSON data: tojson escapes every "<"
        elif inline:
            assert body.strip() == asset("app.js").strip()
        else:
            assert attrs.get("src") == "/static/app.js" and not body.strip()
    # The hostile text is there, as text.
    assert not shown or "&lt;script&gt;alert(" in page or "\\u003cscript\\u003e" in page


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> sitroom.Situation:
    db = str(tmp_path_factory.mktemp("pages") / "hostile.db")
    web_data.build(db)
    return sitroom.open(db, settings)


@pytest.fixture(scope="module")
def client(room: sitroom.Situation) -> Iterator[TestClient]:
    with TestClient(create_app(room)) as c:
        yield c


@pytest.mark.parametrize(
    "url",
    [
        "/",
        f"/stories/{STORY}",
        "/actors/local%3Aevil-minister",
        "/actors/RUS",
        "/issues",
        "/issues/territorial_concessions",
        "/network",
        "/search?q=script",
        "/search?q=alert",
    ],
)
def test_hostile_text_is_inert_on_every_page(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert_inert(response.text, shown=url != "/issues")  # the issue list holds catalog text


def test_hostile_text_is_inert_in_the_brief(room: sitroom.Situation) -> None:
    brief = render_brief(room)
    assert_inert(brief, inline=True)
    assert "default-src 'none'" in brief  # the file may load nothing from anywhere
    assert 'href="javascript' not in brief.lower()
    assert "Evil &lt;img src=x" in brief


def test_story_page_content(client: TestClient) -> None:
    page = client.get(f"/stories/{STORY}").text
    assert page.count('<td class="cell support"') == 1 and "(was oppose)" in page
    assert '<td class="cell oppose"' not in page
    assert "data-evidence=" in page and "contradicted" in page
    assert "the other source (atlas-daily)" in page
    assert "garbled" in page and "2025-03-01 to 2025-03-04" in page
    assert 'href="https://atlas.example/ok"' in page


def test_actor_page_shows_the_stated_role_and_its_sentence(client: TestClient) -> None:
    page = client.get("/actors/local%3Aevil-minister").text
    assert 'Described as <b class="role">envoy of the &lt;script&gt;' in page
    assert '(from: <q class="origin">Evil &lt;img' in page


def test_search_page_highlights_hits(client: TestClient) -> None:
    page = client.get("/search?q=ceasefire").text
    assert "<mark>ceasefire</mark>" in page.lower()
    bad = client.get("/search?q=%22red")
    assert bad.status_code == 400 and "FTS5" in bad.text


def test_unknown_page_is_an_html_404(client: TestClient) -> None:
    response = client.get("/stories/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "no story" in response.text


def test_marks_and_urls() -> None:
    assert str(marks("a \x02<b>\x03 c")) == "a <mark>&lt;b&gt;</mark> c"
    assert str(marks("\x02open")) == "<mark>open</mark>"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("//evil.example/x") is None
    assert safe_url("https://ok.example/a?b=1") == "https://ok.example/a?b=1"


def test_report_command_html_and_markdown(room: sitroom.Situation, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = runner.invoke(
        cli_app, ["report", "--db", room.db, "--format", "html", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert (
        text.startswith("<!doctype html>") and "<style>" in text and "Ceasefire &lt;script" in text
    )
    assert '<link rel="stylesheet"' not in text and 'src="/static' not in text
    result = runner.invoke(cli_app, ["report", "--db", room.db, "--format", "md", "--story", STORY])
    assert result.exit_code == 0, result.output
    assert "# sitroom report" in result.stdout and "2025-03-01 to 2025-03-04" in result.stdout
    assert "<script>" not in result.stdout
    result = runner.invoke(cli_app, ["report", "--db", room.db, "--format", "pdf"])
    assert result.exit_code != 0


def test_serve_needs_a_token_off_localhost(room: sitroom.Situation) -> None:
    from sitroom.errors import ConfigError

    with pytest.raises(ConfigError, match="needs a token"):
        runner.invoke(
            cli_app, ["serve", "--db", room.db, "--host", "0.0.0.0"], catch_exceptions=False
        )
