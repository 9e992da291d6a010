#!/usr/bin/env bash
# Installs the C libraries Credo links against (Debian/Ubuntu): OpenBLAS, LAPACK, LAPACKE, pkg-config.
# Needs root (uses sudo when not root and sudo exists). The Swift 6.3 toolchain is assumed installed.
set -euo pipefail
packages=(libopenblas-dev liblapack-dev liblapacke-dev pkg-config)
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "install-system-packages: run as root or install sudo (needs: ${packages[*]})" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${packages[@]}" >/dev/null
echo "system packages ready: ${packages[*]}"
