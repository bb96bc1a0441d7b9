#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates everything from scratch: data cache, fixture, the three trainings, the three
# packages (ONNX + manifest + card + parity) and the parity tests. Seeded; see training/README.md.
# Usage: training/run_all.sh   (env: SEED=1 THREADS=1 PY=/usr/bin/python3)
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-/usr/bin/python3}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1}"
RUN="nice -n 19 $PY"
mkdir -p training/runs

$RUN training/data.py --cache --fixture resources/models/fixtures/cluttered-digits-test
# the baseline first: the CBAM and ViT cards quote its accuracy
for model in cnn cbam vit; do
    $RUN training/train.py --model "$model" --seed "$SEED" --threads "$THREADS" \
        2>&1 | tee "training/runs/$model.log"
done
for model in cnn cbam vit; do
    $RUN training/export.py --model "$model" --threads "$THREADS"
done
$RUN -m unittest discover -s training/tests -v
$RUN training/summarize.py
