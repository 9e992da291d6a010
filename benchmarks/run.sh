#!/usr/bin/env bash
# Sets up the peers (venv with polars, pandas, scikit-learn, glum, statsmodels), builds credo in release
# mode and runs the harness. Arguments are passed to benchmarks/harness.py (e.g. --only parse --rows 200000).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=benchmarks/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r benchmarks/requirements.txt
fi
swift build -c release --product credo
"$venv/bin/python" benchmarks/harness.py "$@"
