#!/usr/bin/env bash
# Installs the system packages, builds Credo and runs the whole test suite.
# Tests that need ../shared/datasets (real public data) are skipped where that folder is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build --build-tests
swift test --skip-build
