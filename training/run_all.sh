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
for model in cnn cbam; do
    # export.py also writes the staged graph (intervene.onnx) and randomized.onnx (export_cbam_steps.py)
    $RUN training/export.py --model "$model" --threads "$THREADS"
done
# the ViT package with Q, K, V per layer for the step-through, and its randomised copy
$RUN training/export_vit_steps.py
# text (WordNet glosses) and the temporal digit model (its frame encoder is runs/digits-cbam/model.pt)
training/run_text.sh
training/run_temporal.sh
training/run_fingerprint.sh
$RUN -m unittest discover -s training/tests -v
$RUN training/summarize.py
