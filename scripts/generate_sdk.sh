#!/usr/bin/env bash
# Generate the Python client of the API from the committed OpenAPI document.
#
#   scripts/generate_sdk.sh [OUTPUT_DIR]     (default: sdk/python; `make sdk`)
#
# openapi-python-client runs from its own virtual environment (.venv-sdk): it pins typer
# below the version the service uses, so it cannot share .venv. The output is not committed
# (sdk/ is ignored): it is derived from openapi/openapi.json, which is, and tests/sdk
# regenerates it and drives a whole case through it against a running server.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-sdk/python}
PYTHON=${PYTHON:-python3}
TOOL_VENV=${SDK_TOOL_VENV:-.venv-sdk}
# Pinned: generated code changes shape between releases; bump on purpose.
GENERATOR="openapi-python-client==0.29.1"

if ! "$TOOL_VENV/bin/python" -c "import openapi_python_client" 2>/dev/null; then
    "$PYTHON" -m venv "$TOOL_VENV"
    "$TOOL_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$GENERATOR"
fi

config=$(mktemp)
cat >"$config" <<'YAML'
project_name_override: bawaslu-api-client
package_name_override: bawaslu_api_client
post_hooks: []
# tus parts (PATCH, creation-with-upload) are raw bytes like application/octet-stream.
content_type_overrides:
  application/offset+octet-stream: application/octet-stream
YAML

# Two modules define models of the same name (reports.schemas and rules_api.schemas):
# FastAPI keys them `bawaslu_api__reports__schemas__EvidenceIn`, but both keep the title
# `EvidenceIn`, which the generator uses as the class name. Give each a unique title from
# its key (`ReportsEvidenceIn`, `RulesApiEvidenceIn`) in a copy of the document.
spec=$(mktemp --suffix=.json)
trap 'rm -f "$config" "$spec"' EXIT
"$PYTHON" - openapi/openapi.json "$spec" <<'PY'
import json, sys

doc = json.load(open(sys.argv[1], encoding="utf-8"))
for key, schema in doc.get("components", {}).get("schemas", {}).items():
    if key.startswith("bawaslu_api__"):
        module = key.split("__")[1]
        prefix = "".join(part.capitalize() for part in module.split("_"))
        schema["title"] = prefix + key.rsplit("__", 1)[1]
json.dump(doc, open(sys.argv[2], "w", encoding="utf-8"))
PY

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
"$TOOL_VENV/bin/openapi-python-client" generate \
    --path "$spec" --output-path "$OUT" --config "$config" \
    --meta setup --overwrite
echo "generated $OUT (import bawaslu_api_client; pip install $OUT)"
