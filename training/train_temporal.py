# SPDX-License-Identifier: MIT
"""Trains the temporal head of digits-temporal on frozen digits-cbam frame features.

Needs training/runs/digits-cbam/model.pt (training/train.py --model cbam). Writes
runs/digits-temporal/{head.pt, encoder.pt, metrics.json}; features are cached in training/data/.
Example: nice -n 10 /usr/bin/python3 training/train_temporal.py --seed 1
"""
import argparse
import hashlib
import json
import os
import shutil
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import temporal_data as tdata  # noqa: E402
import temporal_models as tmod  # noqa: E402

RUN_ID = "digits-temporal"
EPOCHS, LR, WD, BATCH = 40, 3e-3, 1e-4, 64


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def features(split, encoder, encoder_sha, cache_dir, chunk=100):
    """(feats float32 [N, 16, 64], labels [N], has [N, 16]); cached per split and encoder."""
    ds = tdata.DigitSequences(split)
    path = os.path.join(cache_dir, f"digit-seq-v{tdata.RECIPE_VERSION}-{split}-{ds.size}-{encoder_sha[:12]}.npz")
    if os.path.exists(path):
        z = np.load(path)
        return z["feats"], z["labels"], z["has"]
    feats = np.zeros((ds.size, tdata.FRAMES, tmod.FEATURE_DIM), np.float32)
    labels = np.zeros(ds.size, np.int64)
    has = np.zeros((ds.size, tdata.FRAMES), bool)
    for s in range(0, ds.size, chunk):
        n = min(chunk, ds.size - s)
        frames = np.zeros((n, tdata.FRAMES, 64, 64), np.uint8)
        for j in range(n):
            frames[j], labels[s + j], has[s + j], _ = ds.sample(s + j)
        f = tmod.frame_features(encoder, frames.reshape(-1, 64, 64))
        feats[s:s + n] = f.reshape(n, tdata.FRAMES, -1).numpy()
    os.makedirs(cache_dir, exist_ok=True)
    np.savez_compressed(path, feats=feats, labels=labels, has=has)
    return feats, labels, has


@torch.no_grad()
def evaluate(head, feats, labels, has):
    head.eval()
    logits, weights, _ = head(torch.from_numpy(feats))
    top = weights.argmax(1).numpy()
    return {
        "accuracy": round(float((logits.argmax(1).numpy() == labels).mean()), 4),
        "top_frame_holds_digit": round(float(has[np.arange(len(top)), top].mean()), 4),
        "digit_frame_weight_mass": round(float((weights.numpy() * has).sum(1).mean()), 4),
        "chance_top_frame": round(float(has.mean()), 4),
        "samples": int(len(labels)),
    }


def fit(head, feats, labels, seed, epochs, uniform=False):
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(head.parameters(), lr=LR, weight_decay=WD)
    x, y = torch.from_numpy(feats), torch.from_numpy(labels)
    steps = epochs * ((len(x) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, LR, total_steps=steps)
    for _ in range(epochs):
        head.train()
        perm = torch.randperm(len(x), generator=gen)
        for i in range(0, len(x), BATCH):
            idx = perm[i:i + BATCH]
            if uniform:  # the mean-pooling reference: same classifier, no attention
                logits = head.fc(x[idx].mean(1))
            else:
                logits = head(x[idx])[0]
            loss = F.cross_entropy(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    return head


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--encoder", default=os.path.join(HERE, "runs", "digits-cbam", "model.pt"))
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    t0 = time.time()
    encoder = tmod.load_encoder(a.encoder)
    esha = sha256(a.encoder)
    cache = os.path.join(HERE, "data")
    tr, va, te = (features(s, encoder, esha, cache) for s in ("train", "val", "test"))
    t_feat = time.time() - t0
    head = fit(tmod.TemporalHead(), tr[0], tr[1], a.seed, a.epochs)
    torch.manual_seed(a.seed)
    mean_head = fit(tmod.TemporalHead(), tr[0], tr[1], a.seed, a.epochs, uniform=True)
    with torch.no_grad():
        mean_acc = float((mean_head.fc(torch.from_numpy(te[0]).mean(1)).argmax(1).numpy() == te[1]).mean())
    metrics = {
        "id": RUN_ID, "seed": a.seed, "epochs": a.epochs, "lr": LR, "weight_decay": WD, "batch": BATCH,
        "threads": a.threads, "command": f"/usr/bin/python3 training/train_temporal.py --seed {a.seed} --epochs {a.epochs}",
        "encoder": {"source": "training/runs/digits-cbam/model.pt (frozen)", "sha256": esha},
        "head_parameters": sum(p.numel() for p in head.parameters()),
        "feature_seconds": round(t_feat, 1), "train_seconds": round(time.time() - t0 - t_feat, 1),
        "date": time.strftime("%Y-%m-%d"), "torch": torch.__version__,
        "val": evaluate(head, *va), "test": evaluate(head, *te),
        "test_accuracy_mean_pooling": round(mean_acc, 4),
    }
    out = os.path.join(a.runs, RUN_ID)
    os.makedirs(out, exist_ok=True)
    torch.save(head.state_dict(), os.path.join(out, "head.pt"))
    shutil.copy(a.encoder, os.path.join(out, "encoder.pt"))
    with open(os.path.join(out, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=1)
        f.write("\n")
    print(json.dumps({k: metrics[k] for k in ("val", "test", "test_accuracy_mean_pooling", "feature_seconds")}))


if __name__ == "__main__":
    main()
