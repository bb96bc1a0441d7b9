# SPDX-License-Identifier: MIT
"""Cluttered translated digits, generated deterministically from OpenCV's digits.png.

The exact algorithm is written out in training/README.md ("Data recipe") so that a C++ port can
reproduce every sample bit for bit. Everything random goes through SplitMix64 (Steele et al., 2014)
with the integer draw `(next() >> 32) % n`, which is trivial to port.
"""
import json
import os

import numpy as np

DIGITS_PNG = "/usr/share/doc/opencv-doc/examples/data/digits.png"
# Version 2 (2026-11-26): clutter never overlaps the target's 20x20 cell. In version 1 it did in 63% of
# the test samples, and a stroke of another digit drawn over the target can change what it is (the
# baseline CNN read 98.8% of the clean samples and 94.1% of the overlapped ones): the label and the
# ground-truth box were ambiguous. Version 1 stays available (recipe=1) to reproduce older runs.
RECIPE_VERSION = 2
MAX_PLACE_TRIES = 32        # recipe 2: redraws of a clutter position that overlaps the target cell
CANVAS = 64
DIGIT = 20
CROP = 8
INK_THRESHOLD = 64          # a pixel is "ink" when its value is > 64
MIN_CROP_INK = 12           # a clutter crop needs at least this many ink pixels
MAX_CROP_TRIES = 10
SPLIT_PERM_SEED = 0xA11E    # per class c, the permutation seed is SPLIT_PERM_SEED + c
SPLIT_IDS = {"train": 1, "val": 2, "test": 3}
SPLIT_RANGES = {"train": (0, 350), "val": (350, 400), "test": (400, 500)}
DEFAULT_SIZES = {"train": 30000, "val": 3000, "test": 3000}
MASK64 = (1 << 64) - 1


class SplitMix64:
    """SplitMix64 generator; uniform(n) = (next() >> 32) % n."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self, n):
        return (self.next() >> 32) % n


def load_digits(path=DIGITS_PNG):
    """Returns (digits uint8 [10, 500, 20, 20], per class in source order)."""
    import cv2
    img = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if img is None or img.shape != (1000, 2000):
        raise FileNotFoundError(f"{path}: expected a 2000x1000 grey image (install opencv-doc)")
    out = np.zeros((10, 500, DIGIT, DIGIT), np.uint8)
    for row in range(50):
        for col in range(100):
            cls, k = row // 5, (row % 5) * 100 + col
            out[cls, k] = img[row * DIGIT:(row + 1) * DIGIT, col * DIGIT:(col + 1) * DIGIT]
    return out


def class_permutation(cls):
    """Fisher-Yates shuffle of 0..499 with SplitMix64(SPLIT_PERM_SEED + cls)."""
    rng = SplitMix64(SPLIT_PERM_SEED + cls)
    perm = list(range(500))
    for i in range(499, 0, -1):
        j = rng.uniform(i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    return perm


def split_pools(split):
    """Source-digit indices of a split: list of 10 lists (per class) of indices into 0..499."""
    lo, hi = SPLIT_RANGES[split]
    return [class_permutation(c)[lo:hi] for c in range(10)]


class ClutteredDigits:
    """Sample i of a split is a pure function of (split, i)."""

    def __init__(self, split, size=None, digits=None, recipe=RECIPE_VERSION):
        if split not in SPLIT_IDS:
            raise ValueError(f"unknown split {split!r}")
        if recipe not in (1, 2):
            raise ValueError(f"unknown recipe version {recipe!r} (1, 2)")
        self.recipe = recipe
        self.split = split
        self.size = DEFAULT_SIZES[split] if size is None else size
        self.digits = load_digits() if digits is None else digits
        self.pools = split_pools(split)
        # flat pool for clutter: class-major, in permutation order
        self.flat = [(c, k) for c in range(10) for k in self.pools[c]]

    def __len__(self):
        return self.size

    def sample(self, index):
        """Returns (image uint8 [64,64], label, box (x0, y0, x1, y1) with x1/y1 exclusive)."""
        rng = SplitMix64((SPLIT_IDS[self.split] << 32) | index)
        label = index % 10
        pool = self.pools[label]
        target = (label, pool[rng.uniform(len(pool))])
        x, y = rng.uniform(CANVAS - DIGIT + 1), rng.uniform(CANVAS - DIGIT + 1)
        canvas = np.zeros((CANVAS, CANVAS), np.uint8)
        for _ in range(4 + rng.uniform(3)):
            crop = self._clutter_crop(rng, target)
            px, py = self._place(rng, x, y)
            if px is None:
                continue
            region = canvas[py:py + CROP, px:px + CROP]
            np.maximum(region, crop, out=region)
        digit = self.digits[target]
        region = canvas[y:y + DIGIT, x:x + DIGIT]
        np.maximum(region, digit, out=region)
        rows = np.nonzero((digit > INK_THRESHOLD).any(axis=1))[0]
        cols = np.nonzero((digit > INK_THRESHOLD).any(axis=0))[0]
        box = (x + int(cols[0]), y + int(rows[0]), x + int(cols[-1]) + 1, y + int(rows[-1]) + 1)
        return canvas, label, box

    def _place(self, rng, x, y):
        """Top-left corner of a clutter crop; recipe 2 redraws while the crop overlaps the target
        cell [x, x+DIGIT) x [y, y+DIGIT) and gives (None, None) after MAX_PLACE_TRIES overlaps."""
        if self.recipe < 2:
            return rng.uniform(CANVAS - CROP + 1), rng.uniform(CANVAS - CROP + 1)
        for _ in range(MAX_PLACE_TRIES):
            px, py = rng.uniform(CANVAS - CROP + 1), rng.uniform(CANVAS - CROP + 1)
            if px + CROP <= x or x + DIGIT <= px or py + CROP <= y or y + DIGIT <= py:
                return px, py
        return None, None

    def _clutter_crop(self, rng, target):
        crop = None
        for _ in range(MAX_CROP_TRIES):
            src = self.flat[rng.uniform(len(self.flat))]
            ox, oy = rng.uniform(DIGIT - CROP + 1), rng.uniform(DIGIT - CROP + 1)
            if src == target:
                continue
            crop = self.digits[src][oy:oy + CROP, ox:ox + CROP]
            if int((crop > INK_THRESHOLD).sum()) >= MIN_CROP_INK:
                return crop
        return crop if crop is not None else np.zeros((CROP, CROP), np.uint8)

    def arrays(self, limit=None, start=0):
        """Samples start..start+n-1 as (images uint8 [N,64,64], labels int64 [N], boxes int32 [N,4]).
        Indices past `size` are valid: training draws fresh samples per epoch that way."""
        n = self.size if limit is None else limit
        images = np.zeros((n, CANVAS, CANVAS), np.uint8)
        labels = np.zeros(n, np.int64)
        boxes = np.zeros((n, 4), np.int32)
        for i in range(n):
            images[i], labels[i], boxes[i] = self.sample(start + i)
        return images, labels, boxes


def cached_arrays(split, size=None, cache_dir=None, recipe=RECIPE_VERSION):
    """Generates a split once and caches it as .npz under training/data/ (gitignored)."""
    ds = ClutteredDigits(split, size, recipe=recipe)
    cache_dir = cache_dir or os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    path = os.path.join(cache_dir, f"cluttered-digits-v{recipe}-{split}-{ds.size}.npz")
    if os.path.exists(path):
        z = np.load(path)
        return z["images"], z["labels"], z["boxes"]
    images, labels, boxes = ds.arrays()
    os.makedirs(cache_dir, exist_ok=True)
    np.savez_compressed(path, images=images, labels=labels, boxes=boxes)
    return images, labels, boxes


def write_fixture(out_dir, count=200):
    """Writes the first `count` test samples as PNGs plus labels/boxes JSON."""
    import cv2
    ds = ClutteredDigits("test")
    os.makedirs(out_dir, exist_ok=True)
    entries = []
    for i in range(count):
        img, label, box = ds.sample(i)
        name = f"{i:04d}.png"
        cv2.imwrite(os.path.join(out_dir, name), img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
        entries.append({"file": name, "index": i, "label": label, "box": list(box)})
    meta = {
        "dataset": "cluttered-digits",
        "recipe_version": RECIPE_VERSION,
        "split": "test",
        "box_format": "x0, y0, x1, y1 in pixels; x1 and y1 exclusive",
        "source": DIGITS_PNG,
        "generator": "training/data.py (algorithm in training/README.md)",
        "samples": entries,
    }
    with open(os.path.join(out_dir, "labels.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="Generate cluttered-digit caches and the test fixture")
    ap.add_argument("--fixture", help="write the 200-sample test fixture to this folder")
    ap.add_argument("--cache", action="store_true", help="generate and cache train/val/test")
    args = ap.parse_args()
    if args.cache:
        for s in ("train", "val", "test"):
            im, lb, bx = cached_arrays(s)
            print(s, im.shape, np.bincount(lb).tolist())
    if args.fixture:
        write_fixture(args.fixture)
