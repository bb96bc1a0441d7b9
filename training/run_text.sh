#!/bin/sh
# SPDX-License-Identifier: MIT
# The WordNet gloss classifiers: baseline and attention model, their packages and tests.
# Needs Debian wordnet-base. Seeded; about 6 min of CPU time on one core (docs/text-models.md).
# Usage: training/run_text.sh   (env: SEED=1 THREADS=1 PY=/usr/bin/python3)
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-/usr/bin/python3}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1}"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS=1
RUN="nice -n 10 $PY"
mkdir -p training/runs
# the baseline first: the attention model's card quotes its accuracy
$RUN training/train_text.py --model bow --seed "$SEED" --threads "$THREADS" 2>&1 | tee training/runs/text-bow.log
$RUN training/train_text.py --model attn --seed "$SEED" --threads "$THREADS" 2>&1 | tee training/runs/text-attn.log
$RUN training/export_text.py --model bow --threads "$THREADS"
$RUN training/export_text.py --model attn --threads "$THREADS"
$RUN -m unittest discover -s training/tests -p 'test_text*.py' -v
