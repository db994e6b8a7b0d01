"""Shared fixtures: the seed article, its gold annotation and paths to ../shared data."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "rfa_ryanggang_special_forces.txt"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present in a plain clone)")
    return p


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_report():
    import credibility

    return credibility.analyze_file(SEED)[0]


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    with open(SEEDS / "rfa_ryanggang_special_forces.gold.toml", "rb") as fp:
        return tomllib.load(fp)


def iter_spans(obj):
    """Every {start, end, text} object in a report dict (or any JSON value), depth first."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for v in obj.values():
            yield from iter_spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from iter_spans(v)


def paragraphs_document(text: str):
    """A Document whose body is ``text``'s blank-line-separated paragraphs (no ingest involved)."""
    from credibility.records import Document, Span

    paragraphs, pos = [], 0
    for part in text.split("\n\n"):
        start = text.index(part, pos)
        paragraphs.append(Span(start, start + len(part), part))
        pos = start + len(part)
    return Document(text=text, body=tuple(paragraphs))
