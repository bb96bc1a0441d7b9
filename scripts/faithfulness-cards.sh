#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures the faithfulness of every built-in image model with attention maps on the cluttered-digit test set
# (deletion and insertion areas against a random map, model-parameter randomisation) and writes the numbers
# into the "faithfulness" section of its card. Usage: scripts/faithfulness-cards.sh [BUILD_DIR] [LIMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
LIMIT="${2:-300}"
CLI="$BUILD/bin/attentionlens-cli"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for model in digits-cbam digits-vit; do
  "$CLI" evaluate --model "$model" --limit "$LIMIT" --metrics deletion,insertion,randomisation \
    --json "$tmp/$model.json" >/dev/null
  python3 - "$tmp/$model.json" "resources/models/$model/card.json" "$LIMIT" <<'PY'
import json, sys
report, card_path, limit = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
card = json.load(open(card_path))
f = report["faithfulness"]
card["faithfulness"] = {
    "command": "scripts/faithfulness-cards.sh build %d" % limit,
    "dataset": report["dataset"], "samples": f["samples"], "map": f["map"], "curve_steps": f["steps"],
    "deletion_auc": f["deletion"]["model"], "deletion_auc_random_map": f["deletion"]["randomMap"],
    "insertion_auc": f["insertion"]["model"], "insertion_auc_random_map": f["insertion"]["randomMap"],
    "randomisation_spearman": f["randomisation"]["spearman"],
    "note": "Deletion: lower is better; insertion: higher is better (Petsiuk et al. 2018). Randomisation: mean "
            "Spearman rank correlation of the map with the map of randomized.onnx (Adebayo et al. 2018); low passes.",
}
tmp = card_path + ".tmp"
json.dump(card, open(tmp, "w"), indent=1, ensure_ascii=False)
open(tmp, "a").write("\n")
import os; os.replace(tmp, card_path)
print(card_path, card["faithfulness"]["deletion_auc"], card["faithfulness"]["insertion_auc"],
      card["faithfulness"]["randomisation_spearman"])
PY
done
