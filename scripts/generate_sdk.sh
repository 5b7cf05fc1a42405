#!/usr/bin/env bash
# Generate the Python client of the API from the committed OpenAPI document, as committed:
# no copy, no renaming (schema names are unique and readable at the source).
#
#   scripts/generate_sdk.sh [OUTPUT_DIR]     (default: clients/python; `make sdk`)
#
# clients/python is committed: the SDK as a package directory of its own, with the README
# tools/openapi/python-client-README.md. Regenerate it whenever openapi/openapi.json changes
# (`make openapi sdk`); tests/sdk fails when the committed copy differs from a fresh one.
# openapi-python-client runs from its own virtual environment (.venv-sdk): it pins typer
# below the version the service uses, so it cannot share .venv. Its configuration is
# tools/openapi/openapi-python-client.yaml. tests/sdk regenerates the client, fails on any
# generator warning or on an operation of the document that it did not generate, and drives
# a whole case through it against a running server.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-clients/python}
PYTHON=${PYTHON:-python3}
TOOL_VENV=${SDK_TOOL_VENV:-.venv-sdk}
# Pinned: generated code changes shape between releases; bump on purpose.
GENERATOR="openapi-python-client==0.29.1"

if ! "$TOOL_VENV/bin/python" -c "import openapi_python_client" 2>/dev/null; then
    "$PYTHON" -m venv "$TOOL_VENV"
    # pip's own notices (e.g. about the machine's package index settings) go to a log,
    # shown only if the install fails: tests/sdk fails on any warning of the generator.
    if ! "$TOOL_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        "$GENERATOR" >"$TOOL_VENV/install.log" 2>&1; then
        cat "$TOOL_VENV/install.log" >&2
        exit 1
    fi
fi

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
"$TOOL_VENV/bin/openapi-python-client" generate \
    --path openapi/openapi.json --output-path "$OUT" \
    --config tools/openapi/openapi-python-client.yaml \
    --meta setup --overwrite
cp tools/openapi/python-client-README.md "$OUT/README.md"
echo "generated $OUT (import bawaslu_api_client; pip install $OUT)"
