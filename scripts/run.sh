#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for a new user: installs what is missing, builds, and starts the app on a bundled sample
# with the spectral-residual saliency model already run.   Usage: sudo scripts/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${AL_BUILD_DIR:-$here/build}
exec "$build/bin/attentionlens" "$here/resources/samples/fruits.jpg" --model saliency.spectral-residual --run "$@"
