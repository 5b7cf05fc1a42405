#!/usr/bin/env bash
# Build the bawaslu-rules wheel and run tests/rules against it in a fresh venv that has
# only the wheel, pytest, hypothesis and holidays: none of the service's dependencies,
# and the source tree is not importable (the tests run from a temporary copy).
#
# Usage: packaging/bawaslu-rules/check-isolated.sh   (from anywhere; PYTHON=python3.11 to pick)
# Exit status: non-zero if the build, the wheel contents check or any test fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bawaslu-rules-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== venv in $WORK/venv"
"$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
"$VPY" -m pip install --quiet --upgrade pip

echo "== building the wheel"
"$VPY" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$HERE"
WHEEL="$(ls "$WORK"/dist/bawaslu_rules-*.whl)"
echo "   $(basename "$WHEEL")"

echo "== checking the wheel contents"
"$VPY" - "$WHEEL" "$ROOT/src/bawaslu_rules" <<'PY'
import sys
import zipfile
from pathlib import Path

wheel, src = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
package = {n for n in names if not n.split("/")[0].endswith(".dist-info")}
expected = {
    "bawaslu_rules/" + p.relative_to(src).as_posix()
    for p in src.rglob("*")
    if p.is_file() and "__pycache__" not in p.parts and p.suffix in {".py", ".typed", ".csv", ".md"}
}
problems = []
if package != expected:
    problems.append(f"unexpected: {sorted(package - expected)}; missing: {sorted(expected - package)}")
for required in ("bawaslu_rules/py.typed", "bawaslu_rules/data/holidays-id.csv"):
    if required not in names:
        problems.append(f"{required} missing")
if problems:
    sys.exit("wheel contents wrong: " + "; ".join(problems))
print(f"   {len(package)} package files, exactly src/bawaslu_rules")
PY

echo "== installing the wheel + pytest, hypothesis, holidays"
"$VPY" -m pip install --quiet "$WHEEL" "pytest>=8.3" "hypothesis>=6.100" "holidays>=0.99"

echo "== copying tests/rules out of the source tree"
mkdir -p "$WORK/run/tests"
cp -R "$ROOT/tests/rules" "$WORK/run/tests/rules"
cp "$HERE/pytest.ini" "$WORK/run/pytest.ini"
find "$WORK/run" -name __pycache__ -prune -exec rm -rf {} +

cd "$WORK/run"
export PYTHONPATH=""
"$VPY" -c "import bawaslu_rules, sys; p = bawaslu_rules.__file__; print('   bawaslu_rules', bawaslu_rules.__version__, 'from', p); sys.exit('not the installed wheel' if 'site-packages' not in p else 0)"
"$WORK/venv/bin/bawaslu-rules" --version

echo "== running the tests"
"$VPY" -m pytest -c pytest.ini -q
