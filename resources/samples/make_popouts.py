#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the visual-search pop-out samples (Treisman & Gelade 1980 style displays) shipped in
resources/samples/. Deterministic: run `/usr/bin/python3 resources/samples/make_popouts.py` to rebuild."""
import cv2
import numpy as np

W, H, GRID = 640, 480, (6, 8)


def bar(img, cx, cy, angle_deg, colour, length=44, width=10):
    box = cv2.boxPoints(((cx, cy), (width, length), angle_deg))
    cv2.fillConvexPoly(img, np.int32(np.round(box)), colour, lineType=cv2.LINE_AA)


def display(odd, kind, path, seed):
    rng = np.random.default_rng(seed)
    img = np.full((H, W, 3), 235, np.uint8)
    rows, cols = GRID
    for r in range(rows):
        for c in range(cols):
            cx = (c + 0.5) * W / cols + rng.uniform(-8, 8)
            cy = (r + 0.5) * H / rows + rng.uniform(-8, 8)
            is_odd = (r, c) == odd
            green, red = (60, 160, 60), (40, 40, 200)  # BGR with similar luminance
            if kind == "colour":
                bar(img, cx, cy, 0, red if is_odd else green)
            else:
                bar(img, cx, cy, 45 if is_odd else 0, green)
    cv2.imwrite(path, img)


display((3, 5), "colour", "popout-colour.png", 1)
display((1, 2), "orientation", "popout-orientation.png", 2)
