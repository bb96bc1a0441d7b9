#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for a new user and for CI: installs what is missing, builds, runs the whole test suite
# (CTest: core, plugins, CLI end-to-end, GUI offscreen, SDK example plugin).   Usage: sudo scripts/test.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${AL_BUILD_DIR:-$here/build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 600 -j"$(nproc)"
