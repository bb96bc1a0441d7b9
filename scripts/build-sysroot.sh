#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds a Debian sysroot for cross-compiling AttentionLens, without touching the host's dpkg database.
# Usage: scripts/build-sysroot.sh arm64|armhf [DIR]
#   DIR defaults to /var/cache/attentionlens-sysroot/ARCH (outside the checkout, so CI runs reuse it).
# How: a private apt instance (own sources list, lists, cache and status file; APT::Architecture=ARCH) resolves
# and downloads the packages below with their dependency closure; each .deb is unpacked with
# `dpkg-deb --fsys-tarfile | tar --keep-directory-symlink -x` (no maintainer scripts run), absolute symlinks are
# made relative, and the links that update-alternatives would have made (libblas.so.3, liblapack.so.3) are added.
# A stamp keyed by the architecture and the package list makes a second run a no-op.
# NEVER `apt-get install` :arm64/:armhf packages into the host: that removes libopencv-dev and python3-torch.
set -euo pipefail

arch=${1:-}
case "$arch" in
arm64) triplet=aarch64-linux-gnu ;;
armhf) triplet=arm-linux-gnueabihf ;;
*)
  echo "usage: $0 arm64|armhf [DIR]" >&2
  exit 2
  ;;
esac
root=${2:-/var/cache/attentionlens-sysroot/$arch}
state="$root.apt" # the private apt instance lives next to the sysroot, not inside it

# What the build links against, plus what the tests need at run time under qemu (platform plugins, fonts).
PKGS=(
  libc6-dev libstdc++-12-dev libgcc-12-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-qpa-plugins
  libopencv-dev libopencv-contrib-dev
  libgl-dev libxkbcommon-dev
  fontconfig-config fonts-dejavu-core fonts-wqy-microhei
)
stamp_key=$(printf '%s\n' "v2" "$arch" "${PKGS[@]}" | sha256sum | cut -c1-16)
stamp="$root/.attentionlens-sysroot-$stamp_key"
if [[ -f "$stamp" ]]; then
  echo "build-sysroot: $root is up to date ($stamp_key)"
  exit 0
fi

# Use the same Debian mirror(s) as the host (deb822 .sources or one-line .list), main component only.
mirrors() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    if [[ -f "$f" ]]; then cat "$f"; fi
  done | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i, $(i + 1); break } }'
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    awk 'BEGIN { RS = ""; FS = "\n" } {
      u = ""; s = ""
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); u = $i }
        if ($i ~ /^Suites:/) { sub(/^Suites:[ \t]*/, "", $i); s = $i }
      }
      if (u != "" && s != "") { n = split(s, a, " "); for (j = 1; j <= n; j++) print u, a[j] }
    }' "$f"
  done
}
mkdir -p "$state/lists/partial" "$state/archives/partial" "$state/etc/preferences.d" "$state/etc/sources.list.d"
: >"$state/status"
mirrors | grep -E '/debian(-security)?/? ' | sort -u |
  awk -v a="$arch" '{ print "deb [arch=" a " signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] " $1, $2, "main" }' \
    >"$state/etc/sources.list"
if [[ ! -s "$state/etc/sources.list" ]]; then
  echo "build-sysroot: no Debian mirror found in /etc/apt/sources.list*" >&2
  exit 1
fi

APT_OPTS=(
  -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch"
  -o "Dir::Etc::SourceList=$state/etc/sources.list" -o "Dir::Etc::SourceParts=$state/etc/sources.list.d"
  -o "Dir::Etc::Preferences=$state/etc/preferences" -o "Dir::Etc::PreferencesParts=$state/etc/preferences.d"
  -o "Dir::State=$state" -o "Dir::State::Lists=$state/lists" -o "Dir::State::status=$state/status"
  -o "Dir::Cache=$state" -o "Dir::Cache::Archives=$state/archives"
  -o "Debug::NoLocking=1" -o "APT::Install-Recommends=0" -o "APT::Get::Assume-Yes=1" -o "Acquire::Retries=3"
)
echo "build-sysroot: resolving ${#PKGS[@]} packages for $arch"
if ! apt-get "${APT_OPTS[@]}" -qq update; then
  # A mirror in mid-sync (often only the security suite) should not stop the build: the download below fails
  # clearly if an index it needs is really missing.
  echo "build-sysroot: warning: some package indexes failed to download; continuing with the others" >&2
fi
apt-get "${APT_OPTS[@]}" -qq --download-only install "${PKGS[@]}" >/dev/null

echo "build-sysroot: unpacking into $root"
rm -rf "$root"
mkdir -p "$root"
# Also record which package ships each shared library (soname -> package version), so packaging can compute
# the Depends of a cross-built .deb (dpkg-shlibdeps only knows the host's dpkg database).
shlibs="$root.shlibs"
: >"$shlibs"
for deb in "$state"/archives/*.deb; do
  pkg=$(dpkg-deb -f "$deb" Package)
  ver=$(dpkg-deb -f "$deb" Version)
  dpkg-deb --fsys-tarfile "$deb" | tar -C "$root" --keep-directory-symlink -xv |
    awk -v p="$pkg" -v v="$ver" '/\/lib[^\/]*\.so\.[0-9]+$/ { n = split($0, a, "/"); print a[n], p, v }' >>"$shlibs"
done
mv "$shlibs" "$root/.attentionlens-shlibs"

# Absolute symlinks would point into the host; make them relative to their own folder inside the sysroot.
find "$root" -type l -lname '/*' -printf '%p\t%l\n' | while IFS=$'\t' read -r link target; do
  ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$root$target")" "$link"
done

# update-alternatives never ran: add the BLAS/LAPACK links OpenCV's libraries are linked against.
libdir="$root/usr/lib/$triplet"
for lib in blas lapack; do
  for cand in "$libdir/$lib/lib$lib.so.3" "$libdir/openblas-pthread/lib$lib.so.3"; do
    if [[ -e "$cand" && ! -e "$libdir/lib$lib.so.3" ]]; then
      ln -sfn "$(realpath -m --relative-to="$libdir" "$cand")" "$libdir/lib$lib.so.3"
    fi
  done
done

du -sh "$root" | awk '{ print "build-sysroot: done,", $1 }'
touch "$stamp"
