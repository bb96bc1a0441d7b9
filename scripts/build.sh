#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds AttentionLens into ./build (or $AL_BUILD_DIR) with the "desktop" settings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${AL_BUILD_DIR:-$here/build}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build" --parallel "$(nproc)"
