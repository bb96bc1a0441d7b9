#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Cross-builds AttentionLens for arm64 or armhf against a Debian sysroot and runs the tests under qemu user
# emulation (CMAKE_CROSSCOMPILING_EMULATOR of the toolchain file). Usage: scripts/cross-test.sh arm64|armhf
#
# Builds everything but the benchmarks: core, plugins, CLI, GUI and all test programs. Runs:
#   - every test labelled core or plugins, except AL_CROSS_EXCLUDE (default below);
#   - the offscreen GUI test of the kiosk (label kiosk: tst_kiosk), with the sysroot's offscreen platform plugin;
#   - the CLI end to end through the emulator (the cli-labelled tests cannot run under qemu-user: see below).
# Left out under emulation, and why (they run natively in scripts/test.sh):
#   tst_modelcards       re-evaluates every model card on hundreds of samples (NEON code runs ~40x slower in qemu);
#   sdk_example_plugin   configures a second CMake project, which would need the toolchain handed through;
#   the other gui tests  (tst_mainwindow, tst_learnedmodels) are built but not run: tst_kiosk is the smoke test.
# The build is configured for the /usr prefix, so `cpack -G DEB` in it gives the installable package;
# AL_CROSS_DEB=1 does that at the end (attentionlens_<version>_ARCH.deb and attentionlens-kiosk_<version>_all.deb).
# Environment: AL_SYSROOT_CACHE (default /var/cache/attentionlens-sysroot), AL_CROSS_BUILD_DIR
# (default build-ARCH in the checkout), AL_CROSS_EXCLUDE (ctest -E regex), AL_CROSS_JOBS (ctest -j),
# AL_CROSS_NICE (niceness of the compile, default 10), AL_CROSS_DEB (1: build the .deb packages).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-}
case "$arch" in
arm64) toolchain=aarch64-linux-gnu ;;
armhf) toolchain=arm-linux-gnueabihf ;;
*)
  echo "usage: $0 arm64|armhf" >&2
  exit 2
  ;;
esac
sysroot=${AL_SYSROOT_CACHE:-/var/cache/attentionlens-sysroot}/$arch
build=${AL_CROSS_BUILD_DIR:-$here/build-$arch}
exclude=${AL_CROSS_EXCLUDE:-^(tst_modelcards|sdk_example_plugin)$}
jobs=${AL_CROSS_JOBS:-$(nproc)}

start=$(date +%s)
"$here/scripts/build-sysroot.sh" "$arch" "$sysroot"
sysroot_done=$(date +%s)

launcher=()
if command -v ccache >/dev/null; then
  # Release (no -g) and a base dir keep ccache hits across checkouts in different folders.
  export CCACHE_BASEDIR="$here"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchains/$toolchain.cmake" -DAL_SYSROOT="$sysroot" \
  -DAL_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
nice -n "${AL_CROSS_NICE:-10}" cmake --build "$build" -j"$(nproc)"
built=$(date +%s)

# The emulator must really be in the loop: a host binary here would mean the toolchain was not used.
readelf -h "$build/bin/attentionlens-cli" | grep -q -E 'Machine: +(AArch64|ARM)$' || {
  echo "cross-test: $build/bin/attentionlens-cli is not an $arch binary" >&2
  exit 1
}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 1200 -j"$jobs" -L '^(core|plugins|kiosk)$' -E "$exclude"

# The cli-labelled tests start the CLI with QProcess, and Qt 6.4's QProcess spawns with
# clone(CLONE_VM|CLONE_VFORK|CLONE_PIDFD), which qemu-user 7.2 rejects (EINVAL): they cannot run under user
# emulation. The CLI itself runs here instead, through the same emulator, end to end.
qarch=aarch64
[[ "$arch" == armhf ]] && qarch=arm
emu=(env "QT_PLUGIN_PATH=$sysroot/usr/lib/$toolchain/qt6/plugins" "qemu-$qarch-static" -L "$sysroot")
cli="$build/bin/attentionlens-cli"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"${emu[@]}" "$cli" plugins --json >"$scratch/plugins.json"
python3 - "$scratch/plugins.json" <<'PY'
import json, sys
plugins = {p["id"]: p for p in json.load(open(sys.argv[1]))["plugins"]}
missing = [p for p in ("saliency", "onnx") if not plugins.get(p, {}).get("loaded")]
sys.exit("cross-test: plugins not loaded under emulation: %s" % missing if missing else 0)
PY
"${emu[@]}" "$cli" run --model saliency.spectral-residual --input "$here/resources/samples/smarties.png" \
  --output "$scratch/overlay.png" >/dev/null
"${emu[@]}" "$cli" run --model digits-cbam --input "$here/resources/models/digits-cbam/samples/digit-00.png" \
  --json "$scratch/digit.json" >/dev/null
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if r["predictions"] else 1)' \
  "$scratch/digit.json"
[[ -s "$scratch/overlay.png" ]]
rc=0
"${emu[@]}" "$cli" run --model no.such-model --input "$here/resources/samples/smarties.png" 2>/dev/null || rc=$?
if [[ $rc -ne 2 ]]; then
  echo "cross-test: an unknown model should exit 2 under emulation, got $rc" >&2
  exit 1
fi
echo "cross-test: CLI end to end under qemu: plugins, saliency run, digits-cbam run, usage error: OK"

# AL_CROSS_DEB=1: the .deb packages, then the installed layout: the package is unpacked into a scratch root and
# its stripped CLI runs a model from it under qemu (core library through the RPATH, models from ../share).
# The plugin folder is the absolute /usr/lib/<triplet>/attentionlens/plugins once installed, hence the variable.
if [[ "${AL_CROSS_DEB:-0}" == 1 ]]; then
  rm -f "$build"/attentionlens*.deb
  (cd "$build" && cpack -G DEB >/dev/null)
  deb=$(echo "$build"/attentionlens_*_"$arch".deb)
  dpkg-deb -x "$deb" "$scratch/root"
  ATTENTIONLENS_PLUGIN_PATH="$scratch/root/usr/lib/$toolchain/attentionlens/plugins" \
    "${emu[@]}" "$scratch/root/usr/bin/attentionlens-cli" run --model digits-cbam \
    --input "$here/resources/models/digits-cbam/samples/digit-00.png" --json "$scratch/pkg.json" >/dev/null
  cmp -s <(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["predictions"])' "$scratch/pkg.json") \
    <(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["predictions"])' "$scratch/digit.json") || {
    echo "cross-test: the packaged CLI predicts differently from the build tree's" >&2
    exit 1
  }
  for f in "$build"/attentionlens*.deb; do
    echo "cross-test: $(basename "$f") $(stat -c %s "$f") bytes; Depends: $(dpkg-deb -f "$f" Depends)"
  done
fi
done_at=$(date +%s)
echo "cross-test $arch: sysroot $((sysroot_done - start)) s, build $((built - sysroot_done)) s," \
  "tests $((done_at - built)) s, total $((done_at - start)) s"
