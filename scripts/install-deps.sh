#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package AttentionLens needs to build, test and run.
# Usage: scripts/install-deps.sh [--training] [--cross]   (as root or via sudo)
#   --cross: the host tools of the arm64/armhf cross build (scripts/cross-test.sh). Never crossbuild-essential
#            (it upgrades perl) and never :arm64/:armhf packages on the host (the sysroot is separate).
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libopencv-dev libopencv-contrib-dev opencv-doc
  libgl-dev libxkbcommon-dev
  fonts-wqy-microhei
  xvfb xauth
)
for arg in "$@"; do
  case "$arg" in
  --training) PKGS+=(python3-torch python3-numpy python3-onnx python3-opencv libopenblas0-pthread wordnet-base) ;;
  --cross) PKGS+=(g++-aarch64-linux-gnu g++-arm-linux-gnueabihf qemu-user-static binutils ccache) ;;
  *)
    echo "usage: $0 [--training] [--cross]" >&2
    exit 2
    ;;
  esac
done

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
