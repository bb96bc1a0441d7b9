# SPDX-License-Identifier: MIT
"""Cluttered-digit sequences: 16 frames of 64x64 where the target digit is visible in only a few.

Sequence i of a split is a pure function of (split, i), built from the cluttered-digits sources of
training/data.py (same source digits, same train/val/test pools):
  rng = SplitMix64(SEQ_SALT ^ ((split_id << 32) | i)); label = i % 10; target digit drawn from the
  split's pool of that class; k = 2 + rng.uniform(3) digit frames (2..4), a contiguous run starting
  at rng.uniform(16 - k + 1); digit position x, y = rng.uniform(45) each.
  Every frame: 4 + rng.uniform(3) clutter crops (8x8 pieces of other source digits, as data.py).
  Digit frames: the target digit composited by max at (x + dx, y + dy), dx, dy = rng.uniform(5) - 2
  per frame (a small jitter, clamped to the canvas), on top of the clutter.
Frames without the digit hold clutter only.

Example: /usr/bin/python3 training/temporal_data.py --stats
"""
import argparse

import numpy as np

import data

FRAMES = 16
SEQ_SALT = 0x5E0_0000_0000_0000
SIZES = {"train": 2000, "val": 300, "test": 700}
RECIPE_VERSION = 1


class DigitSequences:
    def __init__(self, split, size=None, digits=None):
        self.split = split
        self.size = SIZES[split] if size is None else size
        self.base = data.ClutteredDigits(split, digits=digits)

    def __len__(self):
        return self.size

    def sample(self, index):
        """(frames uint8 [16, 64, 64], label, digit_frames bool [16], boxes int32 [16, 4]) where a
        box is (x0, y0, x1, y1) of the digit's ink (x1/y1 exclusive), all -1 in clutter frames."""
        rng = data.SplitMix64(SEQ_SALT ^ ((data.SPLIT_IDS[self.split] << 32) | index))
        label = index % 10
        pool = self.base.pools[label]
        target = (label, pool[rng.uniform(len(pool))])
        k = 2 + rng.uniform(3)
        start = rng.uniform(FRAMES - k + 1)
        span = data.CANVAS - data.DIGIT + 1
        x, y = rng.uniform(span), rng.uniform(span)
        frames = np.zeros((FRAMES, data.CANVAS, data.CANVAS), np.uint8)
        has = np.zeros(FRAMES, bool)
        boxes = np.full((FRAMES, 4), -1, np.int32)
        digit = self.base.digits[target]
        rows = np.nonzero((digit > data.INK_THRESHOLD).any(axis=1))[0]
        cols = np.nonzero((digit > data.INK_THRESHOLD).any(axis=0))[0]
        for f in range(FRAMES):
            canvas = frames[f]
            for _ in range(4 + rng.uniform(3)):
                crop = self.base._clutter_crop(rng, target)
                px, py = rng.uniform(data.CANVAS - data.CROP + 1), rng.uniform(data.CANVAS - data.CROP + 1)
                region = canvas[py:py + data.CROP, px:px + data.CROP]
                np.maximum(region, crop, out=region)
            if start <= f < start + k:
                fx = min(max(x + rng.uniform(5) - 2, 0), span - 1)
                fy = min(max(y + rng.uniform(5) - 2, 0), span - 1)
                region = canvas[fy:fy + data.DIGIT, fx:fx + data.DIGIT]
                np.maximum(region, digit, out=region)
                has[f] = True
                boxes[f] = (fx + cols[0], fy + rows[0], fx + cols[-1] + 1, fy + rows[-1] + 1)
        return frames, label, has, boxes

    def arrays(self):
        n = self.size
        frames = np.zeros((n, FRAMES, data.CANVAS, data.CANVAS), np.uint8)
        labels = np.zeros(n, np.int64)
        has = np.zeros((n, FRAMES), bool)
        boxes = np.zeros((n, FRAMES, 4), np.int32)
        for i in range(n):
            frames[i], labels[i], has[i], boxes[i] = self.sample(i)
        return frames, labels, has, boxes


def recipe():
    return {
        "name": "cluttered-digit-sequences", "recipe_version": RECIPE_VERSION,
        "frames": FRAMES, "frame_size": [data.CANVAS, data.CANVAS],
        "source": "the cluttered-digits sources and split pools of training/data.py",
        "generator": "training/temporal_data.py (algorithm in its docstring)",
        "digit_frames": "2-4 contiguous frames (uniform), digit jittered by -2..2 px per frame",
        "other_frames": "clutter only: 4-6 8x8 crops of other source digits",
        "label": "index % 10", "sizes": dict(SIZES),
        "seed": "SplitMix64(0x5E0000000000000 ^ ((split_id << 32) | index))",
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--png", help="write sequence 0 of the test split as a 16-frame strip")
    a = ap.parse_args()
    ds = DigitSequences("test")
    frames, label, has, boxes = ds.sample(0)
    print("label", label, "digit frames", np.nonzero(has)[0].tolist(), boxes[has].tolist())
    if a.png:
        import cv2
        cv2.imwrite(a.png, np.concatenate(list(frames), axis=1))


if __name__ == "__main__":
    main()
