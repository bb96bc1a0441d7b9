#!/bin/sh
# SPDX-License-Identifier: MIT
# fingerprint-class-attn: generated prints (needs a built attentionlens-cli: $AL_CLI or build*/bin), the
# attention classifier, its package and tests. Seeded; about 10 min of data generation and 15 min of
# training on one core (docs/fingerprints.md, "Attention classifier").
# Usage: training/run_fingerprint.sh   (env: SEED=1 THREADS=1 PY=/usr/bin/python3 AL_CLI=...)
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-/usr/bin/python3}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1}"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS=1
RUN="nice -n 10 $PY"
mkdir -p training/runs
$RUN training/fingerprint_data.py --cache
$RUN training/train_fingerprint.py --seed "$SEED" --threads "$THREADS" 2>&1 | tee training/runs/fingerprint.log
$RUN training/export_fingerprint.py
$RUN -m unittest discover -s training/tests -p 'test_fingerprint*.py' -v
