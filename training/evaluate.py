# SPDX-License-Identifier: MIT
"""Held-out metrics of an exported graph: accuracy and the pointing game per map.

Pointing game (Zhang et al., ECCV 2016, without tolerance): a map hits when the argmax of the map,
resized to 64x64 with cv2.resize(INTER_LINEAR), lies inside the target digit's ink box.
Attention rollout follows Abnar & Zuidema (ACL 2020): per layer the head-mean attention A is
replaced by 0.5*A + 0.5*I, rows renormalised, layers multiplied; the CLS row over the 64 patch
tokens is the map.
"""
import cv2
import numpy as np
import torch

BLUR_KSIZE = 15


def upsample(m, size=64):
    return cv2.resize(np.ascontiguousarray(m, dtype=np.float32), (size, size),
                      interpolation=cv2.INTER_LINEAR)


def hit(m_up, box):
    y, x = np.unravel_index(int(np.argmax(m_up)), m_up.shape)
    x0, y0, x1, y1 = box
    return x0 <= x < x1 and y0 <= y < y1


def mass_in_box(m_up, box):
    m = np.clip(m_up, 0, None)
    total = float(m.sum())
    x0, y0, x1, y1 = box
    return float(m[y0:y1, x0:x1].sum()) / total if total > 0 else 0.0


def rollout(attns):
    """attns: list of [heads, n, n] arrays (layer order) -> CLS-to-patch rollout [n-1]."""
    n = attns[0].shape[-1]
    r = np.eye(n, dtype=np.float64)
    for a in attns:
        a = 0.5 * a.mean(axis=0) + 0.5 * np.eye(n)
        a = a / a.sum(axis=1, keepdims=True)
        r = a @ r
    return r[0, 1:]


def maps_from_outputs(kind, names, outs):
    """Named 2-D maps (grid arrays) and whether each is non-negative, from one sample's outputs."""
    maps = {}
    for name, t in zip(names, outs):
        if kind != "vit" and t.ndim == 4 and t.shape[1] == 1:
            maps[name] = (t[0, 0], not name.endswith("_logits"))
        elif kind != "vit" and name.endswith("_features"):
            maps[name + ":channel-mean"] = (t[0].mean(axis=0), True)
    if kind == "vit":
        attns = [t for n, t in zip(names, outs) if n.endswith("_attention")]
        g = int(round((attns[0].shape[-1] - 1) ** 0.5))
        for li, a in enumerate(attns):
            for h in range(a.shape[0]):
                maps[f"layer{li}_attention:head{h}:cls"] = (a[h, 0, 1:].reshape(g, g), True)
            maps[f"layer{li}_attention:mean:cls"] = (a[:, 0, 1:].mean(axis=0).reshape(g, g), True)
        maps["rollout"] = (rollout(attns).reshape(g, g), True)
    return maps


@torch.no_grad()
def evaluate(kind, graph, names, images, labels, boxes):
    """Runs the export graph (torch, batch 1) over the test split."""
    graph.eval()
    correct = 0
    hits, masses = {}, {}
    blur_hits = 0
    area = 0.0
    for img, label, box in zip(images, labels, boxes):
        x = torch.from_numpy(img).float().div(255.0)[None, None]
        outs = [o.numpy() for o in graph(x)]
        correct += int(np.argmax(outs[0]) == label)
        for name, (m, nonneg) in maps_from_outputs(kind, names, outs).items():
            up = upsample(m)
            hits[name] = hits.get(name, 0) + int(hit(up, box))
            if nonneg:
                masses[name] = masses.get(name, 0.0) + mass_in_box(up, box)
        blurred = cv2.blur(img.astype(np.float32), (BLUR_KSIZE, BLUR_KSIZE),
                           borderType=cv2.BORDER_CONSTANT)
        blur_hits += int(hit(blurred, box))
        area += (box[2] - box[0]) * (box[3] - box[1]) / float(img.size)
    n = len(images)
    per_map = {k: {"pointing_game": round(v / n, 4),
                   "mean_mass_in_box": round(masses[k] / n, 4) if k in masses else None}
               for k, v in hits.items()}
    return {
        "test_accuracy": round(correct / n, 4),
        "samples": n,
        "pointing_game": {
            "protocol": ("argmax of the map resized to 64x64 (cv2.INTER_LINEAR, first maximum in "
                         "row-major order) inside the ink box [x0,x1)x[y0,y1); no tolerance"),
            "chance": round(area / n, 4),
            "box_blur_baseline": round(blur_hits / n, 4),
            "box_blur_baseline_definition": (f"argmax of cv2.blur(image, {BLUR_KSIZE}x{BLUR_KSIZE}, "
                                             "BORDER_CONSTANT): the densest ink patch"),
            "maps": per_map,
        },
    }
