# SPDX-License-Identifier: MIT
"""Trains the fingerprint attention classifier; writes runs/fingerprint-class-attn/{model.pt, metrics.json}.

Loss: cross-entropy + ATTN_WEIGHT x cross-entropy between the attention map and a target map made of
Gaussians (sigma 1 cell = 12.5 print px) on the print's ground-truth singular points (cores and deltas;
prints without any, e.g. arches, add no attention term). The attention is thus *guided* towards the
singular points (supervised attention, as in e.g. Liu et al., "Attention correctness in neural image
captioning", AAAI 2017); the classifier still reads only the attention-pooled features.
Augmentation: the generator's impressions, plus a horizontal mirror with left/right loop swapped.

Example: nice -n 10 /usr/bin/python3 training/train_fingerprint.py --seed 1
"""
import argparse
import datetime
import json
import math
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fingerprint_data as fd  # noqa: E402
import fingerprint_models as fm  # noqa: E402

MODEL_ID = "fingerprint-class-attn"
CELL = fd.PRINT_SIZE / fm.GRID          # print pixels per attention cell
PEAK_RADIUS = 25.0                      # print pixels (the bar)
SIGMA_CELLS = 1.0
MIRROR_CLASS = [0, 1, 3, 2, 4]          # left loop <-> right loop under a horizontal mirror


def attention_targets(singular, mirrored):
    """[B, GRID*GRID] target maps (rows sum to 1; all-zero rows for prints without singular points)."""
    g = torch.arange(fm.GRID, dtype=torch.float32)
    x = singular[:, :, 0].clone()
    x = torch.where(mirrored[:, None], fd.PRINT_SIZE - 1 - x, x)
    valid = singular[:, :, 0] >= 0
    cx, cy = x / CELL - 0.5, singular[:, :, 1] / CELL - 0.5
    d2 = (g[None, None, None, :] - cx[..., None, None]) ** 2 + (g[None, None, :, None] - cy[..., None, None]) ** 2
    maps = torch.exp(-d2 / (2 * SIGMA_CELLS ** 2)) * valid[..., None, None]
    maps = maps.amax(dim=1).flatten(1)
    total = maps.sum(dim=1, keepdim=True)
    return torch.where(total > 0, maps / total.clamp_min(1e-12), maps)


def peak_hits(weights, singular):
    """Per print: 1 if the attention peak (cell centre in print px) is within PEAK_RADIUS of a singular
    point, 0 if not, -1 when the print has no singular point."""
    idx = weights.argmax(dim=1)
    px = ((idx % fm.GRID).float() + 0.5) * CELL
    py = ((idx // fm.GRID).float() + 0.5) * CELL
    valid = singular[:, :, 0] >= 0
    d = torch.hypot(singular[:, :, 0] - px[:, None], singular[:, :, 1] - py[:, None])
    d = torch.where(valid, d, torch.full_like(d, 1e9)).amin(dim=1)
    return torch.where(valid.any(dim=1), (d <= PEAK_RADIUS).long(), torch.full_like(idx, -1))


def as_tensors(split):
    x = torch.from_numpy(split["images"]).float().div_(255.0).unsqueeze(1)
    return x, torch.from_numpy(split["labels"]), torch.from_numpy(split["singular"]).float()


def evaluate(net, x, y, s, batch=100):
    net.eval()
    correct, hits, counted = 0, 0, 0
    with torch.no_grad():
        for i in range(0, len(x), batch):
            logits, _, w = net(x[i:i + batch])
            correct += int((logits.argmax(1) == y[i:i + batch]).sum())
            h = peak_hits(w, s[i:i + batch])
            nonarch = y[i:i + batch] != 0
            hits += int((h[nonarch] == 1).sum())
            counted += int((h[nonarch] >= 0).sum())
    return {"accuracy": correct / len(x), "peak_within_25px": hits / max(counted, 1),
            "peak_prints": counted}


def train_epoch(net, opt, sched, data, gen, args):
    x, y, s = data
    net.train()
    perm = torch.randperm(len(x), generator=gen)
    total = 0.0
    for i in range(0, len(x), args.batch):
        idx = perm[i:i + args.batch]
        xb, yb, sb = x[idx], y[idx], s[idx]
        mirror = torch.rand(len(idx), generator=gen) < 0.5
        xb = torch.where(mirror[:, None, None, None], xb.flip(3), xb)
        yb = torch.where(mirror, torch.tensor(MIRROR_CLASS)[yb], yb)
        target = attention_targets(sb, mirror)
        logits, scores, _ = net(xb)
        ce = F.cross_entropy(logits, yb)
        has = target.sum(dim=1) > 0
        attn = -(target[has] * F.log_softmax(scores[has], dim=1)).sum(dim=1).mean() if has.any() else 0.0
        loss = ce + args.attn_weight * attn
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        total += float(loss) * len(idx)
    return total / len(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--weight-decay", type=float, default=1e-4)
    ap.add_argument("--attn-weight", type=float, default=0.5)
    ap.add_argument("--out", default=os.path.join(HERE, "runs", MODEL_ID))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    train = as_tensors(fd.load_split("train"))
    val = as_tensors(fd.load_split("val"))
    test = as_tensors(fd.load_split("test"))
    net = fm.FingerprintAttnNet()
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    steps = args.epochs * math.ceil(len(train[0]) / args.batch)
    warm = max(1, steps // (2 * args.epochs))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda k: (k + 1) / warm if k < warm else 0.5 * (1 + math.cos(math.pi * (k - warm) / (steps - warm))))
    history, start, best = [], time.time(), None
    for epoch in range(1, args.epochs + 1):
        loss = train_epoch(net, opt, sched, train, gen, args)
        v = evaluate(net, *val)
        history.append({"epoch": epoch, "loss": loss, "val_accuracy": v["accuracy"],
                        "val_peak_within_25px": v["peak_within_25px"], "seconds": time.time() - start})
        print(json.dumps(history[-1]), flush=True)
    t = evaluate(net, *test)
    os.makedirs(args.out, exist_ok=True)
    torch.save(net.state_dict(), os.path.join(args.out, "model.pt"))
    metrics = {
        "command": "/usr/bin/python3 training/train_fingerprint.py --seed %d" % args.seed,
        "seed": args.seed, "epochs": args.epochs, "batch": args.batch, "lr": args.lr,
        "weight_decay": args.weight_decay, "attn_weight": args.attn_weight, "threads": args.threads,
        "parameters": sum(p.numel() for p in net.parameters()),
        "train_seconds": round(time.time() - start, 1), "date": datetime.date.today().isoformat(),
        "torch": torch.__version__, "history": history,
        "val_accuracy": history[-1]["val_accuracy"], "val_peak_within_25px": history[-1]["val_peak_within_25px"],
        "test_accuracy": t["accuracy"], "test_peak_within_25px": t["peak_within_25px"],
        "test_peak_prints": t["peak_prints"], "test_prints": len(test[0]),
    }
    with open(os.path.join(args.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=1)
    print(json.dumps({k: metrics[k] for k in ("test_accuracy", "test_peak_within_25px", "train_seconds")}))


if __name__ == "__main__":
    sys.exit(main())
