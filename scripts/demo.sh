#!/usr/bin/env bash
# The main job on shipped data, from a fresh Debian machine with the Swift toolchain:
# installs the system packages, builds credo (release), profiles a customer file, trains a PD model on the
# shipped synthetic development sample, inspects it, scores a portfolio and prints a summary.
# Outputs go to ${CREDO_DEMO_OUT:-demo-output}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product credo
credo=.build/release/credo
out=${CREDO_DEMO_OUT:-demo-output}
mkdir -p "$out"
# Model files are reproducible: the creation time comes from SOURCE_DATE_EPOCH when it is set.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}

step() { printf '\n== %s\n$ %s\n' "$1" "${*:2}"; "${@:2}"; }

step "1. Profile a customer file (German credit, 1000 loans, 30% bad)" \
  "$credo" describe --data datasets/german_credit/german_credit.csv --target class --bad-value 2 --top 5
step "2. Train a PD model on the synthetic development sample" \
  "$credo" train --data datasets/synthetic/development.csv --target default --id id --out "$out/pd_model.json"
step "3. Inspect the model" \
  "$credo" inspect "$out/pd_model.json"
step "4. Score the portfolio (30,000 customers; keep their realized default flag)" \
  "$credo" score --model "$out/pd_model.json" --data datasets/synthetic/portfolio.csv --id id --keep default \
  --out "$out/scores.csv"
step "5. Summarise the scores: PD distribution and realized default rate by PD decile" \
  "$credo" describe --data "$out/scores.csv" --target default --columns pd --buckets 10
printf '\nDone: model %s, scores %s\n' "$out/pd_model.json" "$out/scores.csv"
