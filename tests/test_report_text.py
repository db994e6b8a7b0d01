"""The terminal report's styling: colour only on a terminal, never changing text or width."""

from __future__ import annotations

import io

import click
import pytest
from click.testing import CliRunner

from credibility.cli import main
from credibility.report import render, terminal_color, write_text
from tests.conftest import SEED


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_changes_nothing_but_style(seed_report):
    plain = render([seed_report], "text")
    styled = io.StringIO()
    write_text([seed_report], styled, color=True)
    assert "\x1b[" in styled.getvalue()
    assert click.unstyle(styled.getvalue()) == plain
    assert max(len(click.unstyle(line)) for line in styled.getvalue().splitlines()) <= 80


def test_colour_follows_the_stream(seed_report, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    tty, pipe = Terminal(), io.StringIO()
    write_text([seed_report], tty)
    write_text([seed_report], pipe)
    assert "\x1b[" in tty.getvalue() and "\x1b[" not in pipe.getvalue()


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_colour_when_asked(env, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert not terminal_color(Terminal())


def test_cli_colours_a_terminal_but_not_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr("credibility.report.terminal_color", lambda stream: True)
    runner = CliRunner()
    shown = runner.invoke(main, ["report", str(SEED)], color=True)
    assert shown.exit_code == 0 and "\x1b[" in shown.output
    out = tmp_path / "r.txt"
    saved = runner.invoke(main, ["report", str(SEED), "-o", str(out)], color=True)
    assert saved.exit_code == 0
    assert out.read_text(encoding="utf-8") == click.unstyle(shown.output)


def test_cli_piped_output_is_plain():
    result = CliRunner().invoke(main, ["report", str(SEED)])
    assert result.exit_code == 0 and "\x1b[" not in result.output


def test_a_denied_claim_says_so_in_every_listing():
    """Trial 11: "Kovar Chemicals denied that its plant was the source" was listed as the
    claim "its plant was the source" of Kovar."""
    import credibility
    from credibility.report import write_markdown, write_uncorroborated_text

    report = credibility.analyze("Spill kills fish\n\nThousands of fish died on Monday, officials "
                                 "said. Kovar Chemicals denied that its plant was the source.\n")
    for write in (write_text, write_markdown, write_uncorroborated_text):
        out = io.StringIO()
        write([report], out)
        assert "(denies) its plant was the source" in out.getvalue(), write.__name__


def test_an_unnamed_groups_stated_reason_is_shown():
    """An unnamed group's reason for anonymity shows when the article gives one (it is what a
    standards editor checks); a group without one is not flagged as missing it."""
    import credibility

    report = credibility.analyze(
        "Staff describe cuts\n\nFour former employees, who spoke on condition of anonymity "
        "because they had signed non-disclosure agreements, said staffing was cut. Residents "
        "said the food was cold.\n")
    out = io.StringIO()
    write_text([report], out)
    text = out.getvalue()
    assert "reason: because they had signed non-disclosure agreements" in text
    assert text.count("no reason given") == 0


def test_the_standards_a_finding_cites_are_spelled_out(seed_report):
    """Trial 18: "[AP, RTRS]" after a finding was explained only in the HTML page; the text
    and Markdown reports name the standards the findings cite, and only those."""
    text = render([seed_report], "text")
    legend = " ".join(text.split("Standards: ", 1)[1].split("\n\nSources", 1)[0].split())
    assert legend == ("AP = Associated Press, News Values and Principles; RTRS = Reuters "
                      "Handbook of Journalism.")
    assert "Standards: AP = " in render([seed_report], "markdown")
