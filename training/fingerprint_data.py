# SPDX-License-Identifier: MIT
"""Generated fingerprints for the attention classifier (fingerprint-class-attn).

Every print comes from the project's C++ generator through `attentionlens-cli fingerprint generate`
(SFinGe method, src/core/fingerprint/Generator.cpp): one finger per seed, `--class` cycling through
the five classes (finger k has class k % 5, so every split is balanced), K distorted noisy impressions
per finger (pressure, rotation, translation, elastic distortion, blur, contrast, noise: the
augmentation). The ground truth (class, singular points per impression) is read from truth.json.
The 400x400 impressions are shrunk to INPUT x INPUT with cv2.INTER_AREA, exactly as the onnx plugin
stretches an image to the model input (plugins/onnx/Preprocess.cpp).

Seeds. `fingerprint evaluate --seed S` gives finger i the generator seed SplitMix64-mix(S, i)
(detail::mixSeed in src/core/fingerprint/GeneratorField.cpp), a 64-bit hash. Our fingers use the
plain integers SEED_BASE[split] + k, k < FINGERS[split]; check_disjoint() verifies that none of them
equals mixSeed(S, i) for S < 1000 and i < 10000 (every evaluation the project runs or documents).

Example: nice -n 10 /usr/bin/python3 training/fingerprint_data.py --cache
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DATA_DIR = os.path.join(HERE, "data")
PRINT_DIR = os.path.join(DATA_DIR, "fingerprints")
RECIPE_VERSION = 1
PRINT_SIZE = 400
INPUT = 128                   # model input side; 400 / 128 = 3.125 print px per input px
CLASSES = ["arch", "tented-arch", "left-loop", "right-loop", "whorl"]  # generator enum order
SEED_BASE = {"train": 1_000_000, "val": 2_000_000, "test": 3_000_000}
FINGERS = {"train": 500, "val": 60, "test": 100}
IMPRESSIONS = {"train": 6, "val": 4, "test": 4}
MAX_SINGULAR = 4              # the generator places at most 2 cores and 2 deltas
MASK64 = (1 << 64) - 1


def mix_seed(seed, stream):
    """detail::mixSeed of the C++ generator (SplitMix64 finaliser of seed + golden * (stream + 1))."""
    z = (seed + 0x9E3779B97F4A7C15 * (stream + 1)) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def evaluate_seeds(max_seed=1000, max_finger=10000):
    """Every finger seed `fingerprint evaluate --seed S` uses for S < max_seed, i < max_finger."""
    s = np.arange(max_seed, dtype=np.uint64)[:, None]
    i = np.arange(max_finger, dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        z = s + np.uint64(0x9E3779B97F4A7C15) * (i + np.uint64(1))
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return (z ^ (z >> np.uint64(31))).ravel()


def split_seeds(split):
    return [SEED_BASE[split] + k for k in range(FINGERS[split])]


def check_disjoint():
    ours = np.array([s for split in FINGERS for s in split_seeds(split)], dtype=np.uint64)
    clash = np.intersect1d(ours, evaluate_seeds())
    if clash.size:
        raise RuntimeError(f"training seeds collide with evaluation seeds: {clash[:5]}")
    return True


def find_cli():
    env = os.environ.get("AL_CLI")
    if env:
        return env
    for build in sorted(os.listdir(REPO)):
        path = os.path.join(REPO, build, "bin", "attentionlens-cli")
        if build.startswith("build") and os.access(path, os.X_OK):
            return path
    raise FileNotFoundError("attentionlens-cli not found: build it or set AL_CLI=/path/to/attentionlens-cli")


def generate_finger(cli, split, seed, klass):
    out = os.path.join(PRINT_DIR, split, str(seed))
    truth = os.path.join(out, "truth.json")
    if not os.path.exists(truth):
        subprocess.run([cli, "fingerprint", "generate", "--class", CLASSES[klass], "--seed", str(seed),
                        "--impressions", str(IMPRESSIONS[split]), "--output", out],
                       check=True, stdout=subprocess.DEVNULL)
    with open(truth, encoding="utf-8") as f:
        return out, json.load(f)


def shrink(path):
    import cv2
    img = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if img is None or img.shape != (PRINT_SIZE, PRINT_SIZE):
        raise RuntimeError(f"{path}: expected a {PRINT_SIZE}x{PRINT_SIZE} grey print")
    return cv2.resize(img, (INPUT, INPUT), interpolation=cv2.INTER_AREA)


def singular_array(truth):
    """[MAX_SINGULAR, 3] rows (x, y, type 0 core / 1 delta) in print pixels; unused rows are -1."""
    rows = np.full((MAX_SINGULAR, 3), -1.0, np.float32)
    points = truth["singularPoints"][:MAX_SINGULAR]
    for r, p in enumerate(points):
        rows[r] = (p["x"], p["y"], 0.0 if p["type"] == "core" else 1.0)
    return rows


def build_split(cli, split, workers=2):
    seeds = split_seeds(split)
    with ThreadPoolExecutor(workers) as pool:
        fingers = list(pool.map(lambda k: generate_finger(cli, split, seeds[k], k % 5), range(len(seeds))))
    images, labels, points, ids = [], [], [], []
    for k, (out, finger) in enumerate(fingers):
        if finger["class"].replace("_", "-") != CLASSES[k % 5]:
            raise RuntimeError(f"{out}: class {finger['class']}, expected {CLASSES[k % 5]}")
        for j, imp in enumerate(finger["impressions"]):
            images.append(shrink(os.path.join(out, imp["file"])))
            labels.append(k % 5)
            points.append(singular_array(imp["truth"]))
            ids.append((seeds[k], j))
    return {"images": np.stack(images), "labels": np.array(labels, np.int64),
            "singular": np.stack(points), "ids": np.array(ids, np.int64)}


def cache_path(split):
    return os.path.join(DATA_DIR, f"fingerprints-{split}-v{RECIPE_VERSION}-{INPUT}.npz")


def load_split(split, cli=None):
    path = cache_path(split)
    if not os.path.exists(path):
        arrays = build_split(cli or find_cli(), split)
        os.makedirs(DATA_DIR, exist_ok=True)
        np.savez_compressed(path, **arrays)
    with np.load(path) as f:
        return {k: f[k] for k in f.files}


def recipe():
    return {
        "name": "generated-fingerprints", "recipe_version": RECIPE_VERSION,
        "generator": "attentionlens-cli fingerprint generate (SFinGe method, src/core/fingerprint)",
        "script": "training/fingerprint_data.py",
        "classes": CLASSES, "class_of_finger": "finger k of a split has class k % 5 (balanced)",
        "finger_seeds": {s: [SEED_BASE[s], SEED_BASE[s] + FINGERS[s] - 1] for s in FINGERS},
        "impressions_per_finger": dict(IMPRESSIONS),
        "prints": {s: FINGERS[s] * IMPRESSIONS[s] for s in FINGERS},
        "print_size": [PRINT_SIZE, PRINT_SIZE], "input": [INPUT, INPUT],
        "resize": "cv2.resize INTER_AREA 400x400 -> 128x128 (as the onnx plugin's stretch)",
        "disjoint_from": ("fingerprint evaluate finger seeds mixSeed(S, i), checked for S < 1000, "
                          "i < 10000"),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", action="store_true", help="generate every split and write the .npz caches")
    ap.add_argument("--cli", help="path of attentionlens-cli (default: $AL_CLI or build*/bin)")
    args = ap.parse_args()
    check_disjoint()
    if args.cache:
        for split in FINGERS:
            d = load_split(split, args.cli)
            print(f"{split}: {len(d['labels'])} prints, class counts {np.bincount(d['labels']).tolist()}",
                  flush=True)


if __name__ == "__main__":
    sys.exit(main())
