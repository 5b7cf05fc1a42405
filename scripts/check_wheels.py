"""Check the built wheels: each holds exactly its own package (and the API its migrations)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def top_levels(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return {name.split("/")[0] for name in zf.namelist() if not name.endswith(".dist-info/")}


def main(dist: Path) -> int:
    wheels = sorted(dist.glob("*.whl"))
    api = [w for w in wheels if w.name.startswith("bawaslu_api-")]
    rules = [w for w in wheels if w.name.startswith("bawaslu_rules-")]
    problems: list[str] = []
    if len(api) != 1 or len(rules) != 1:
        problems.append(f"expected one wheel each, found {[w.name for w in wheels]}")
    # The API wheel also carries its bulk-import client, bawaslu_importer (bawaslu-import).
    expected = ((api, {"bawaslu_api", "bawaslu_importer"}), (rules, {"bawaslu_rules"}))
    for wheel, want in expected:
        for w in wheel:
            packages = {t for t in top_levels(w) if not t.endswith(".dist-info")}
            if packages != want:
                problems.append(f"{w.name} contains {sorted(packages)}, expected {sorted(want)}")
    for w in api:
        with zipfile.ZipFile(w) as zf:
            names = zf.namelist()
        if not any(n.startswith("bawaslu_api/_migrations/versions/") for n in names):
            problems.append(f"{w.name} lacks the migrations")
        if "bawaslu_api/offices/data/regions.csv" not in names:
            problems.append(f"{w.name} lacks offices/data/regions.csv")
    for w in rules:
        with zipfile.ZipFile(w) as zf:
            names = zf.namelist()
        if "bawaslu_rules/py.typed" not in names:
            problems.append(f"{w.name} lacks py.typed")
    for problem in problems:
        print("wheel check:", problem, file=sys.stderr)
    if not problems:
        print("wheels ok:", ", ".join(w.name for w in wheels))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
