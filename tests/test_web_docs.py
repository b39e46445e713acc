"""The README documents what the app really has: every setting and every route."""

from __future__ import annotations

import re

from vlaq_lod import settings
from vlaq_lod.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_setting():
    for setting in settings.SETTINGS:
        assert f"`{setting.env}`" in README, setting.env


def test_readme_lists_every_route_and_no_route_that_is_gone(web_app):
    rules = {re.sub(r"\.<suffix>$", "", rule.rule).rstrip("/") or "/" for rule in web_app.url_map.iter_rules()
             if not rule.endpoint.endswith("static")}
    table = re.search(r"\| route \| what \|\n\|---\|---\|\n((?:\|.*\n)+)", README).group(1)
    documented = {re.match(r"\| `([^`]+)`", line).group(1).rstrip("/") or "/" for line in table.splitlines()}
    assert documented == rules


def test_readme_shows_the_committed_screenshots():
    for name in re.findall(r"\]\((docs/screenshots/[^)]+)\)", README):
        assert (PROJECT_ROOT / name).is_file(), name


def test_serve_help_settings_prints_every_setting():
    from click.testing import CliRunner

    from vlaq_lod.cli import main

    result = CliRunner().invoke(main, ["serve", "--help-settings"])
    assert result.exit_code == 0
    for setting in settings.SETTINGS:
        assert setting.env in result.output
