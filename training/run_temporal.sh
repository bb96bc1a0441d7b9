#!/bin/sh
# SPDX-License-Identifier: MIT
# digits-temporal: features of the frozen digits-cbam encoder, the temporal head, the package, tests.
# Needs training/runs/digits-cbam/model.pt (training/run_all.sh or train.py --model cbam). Seeded.
# Usage: training/run_temporal.sh   (env: SEED=1 THREADS=1 PY=/usr/bin/python3)
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-/usr/bin/python3}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1}"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS=1
RUN="nice -n 10 $PY"
$RUN training/train_temporal.py --seed "$SEED" --threads "$THREADS" 2>&1 | tee training/runs/temporal.log
$RUN training/export_temporal.py
$RUN -m unittest discover -s training/tests -p 'test_temporal*.py' -v
