# SPDX-License-Identifier: MIT
"""Prints a markdown table of the packages' cards (accuracy, pointing game, time, size)."""
import json
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDS = ("digits-cbam", "digits-vit", "digits-cnn-baseline")


def main():
    print("| model | test acc | best attention map (pointing) | rollout | chance | box blur "
          "| epochs | train s | threads | package KiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for mid in IDS:
        pkg = os.path.join(REPO, "resources", "models", mid)
        path = os.path.join(pkg, "card.json")
        if not os.path.exists(path):
            continue
        with open(path) as f:
            c = json.load(f)
        m, pg, t = c["metrics"], c["metrics"]["pointing_game"], c["training"]
        maps = {k: v["pointing_game"] for k, v in pg["maps"].items()
                if ":channel-mean" not in k and "_channel_" not in k and k != "rollout"}
        best = max(maps.items(), key=lambda kv: kv[1]) if maps else ("-", None)
        roll = pg["maps"].get("rollout", {}).get("pointing_game", "-")
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(pkg) for f in fs)
        print(f"| {mid} | {m['test_accuracy']:.4f} | {best[0]} {best[1] if best[1] is not None else '-'} "
              f"| {roll} | {pg['chance']} | {pg['box_blur_baseline']} | {t['epochs']} "
              f"| {t['train_seconds']:.0f} | {t['threads']} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
