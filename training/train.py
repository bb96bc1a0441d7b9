# SPDX-License-Identifier: MIT
"""Trains one model on cluttered digits and writes runs/<id>/{model.pt,metrics.json}.

Example: nice -n 19 /usr/bin/python3 training/train.py --model cbam --seed 1 --epochs 8
"""
import argparse
import json
import math
import os
import sys
import time

# torch's own threads + OpenBLAS's pthread pool oversubscribe a loaded machine badly (measured: a
# ViT step took 3x longer wall time); torch parallelism is controlled by --threads instead.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
import models  # noqa: E402

MODEL_IDS = {"cbam": "digits-cbam", "vit": "digits-vit", "cnn": "digits-cnn-baseline"}
DEFAULTS = {  # epochs, peak learning rate, weight decay, batch
    "cbam": (12, 3e-3, 1e-4, 128),
    "cnn": (12, 3e-3, 1e-4, 128),
    "vit": (14, 1e-3, 5e-2, 64),
}


GATE_L1 = 0.05  # weight of the mean CBAM spatial gate in the loss (cbam only)


def to_tensor(images):
    """uint8 [N,64,64] -> float [N,1,64,64]; the package input contract: value / 255."""
    return torch.from_numpy(images).float().div_(255.0).unsqueeze(1)


@torch.no_grad()
def evaluate(model, images, labels, batch=500):
    model.eval()
    correct = 0
    for i in range(0, len(images), batch):
        logits = model(to_tensor(images[i:i + batch]))
        correct += int((logits.argmax(1).numpy() == labels[i:i + batch]).sum())
    return correct / len(images)


def affine_augment(x, gen, max_deg=10.0, max_scale=0.1, elastic=0.05, elastic_grid=6):
    """Small random rotation and scale per sample about the canvas centre, plus a smooth elastic
    displacement (Simard et al., ICDAR 2003): U[-elastic, elastic] (normalised units; 0.05 = 1.6 px
    on 64 px) on an elastic_grid x elastic_grid lattice, upsampled bicubically. Bilinear, zero fill."""
    n = x.shape[0]
    ang = (torch.rand(n, generator=gen) * 2 - 1) * max_deg * math.pi / 180
    sc = 1 + (torch.rand(n, generator=gen) * 2 - 1) * max_scale
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = torch.cos(ang) / sc
    theta[:, 0, 1] = -torch.sin(ang) / sc
    theta[:, 1, 0] = torch.sin(ang) / sc
    theta[:, 1, 1] = torch.cos(ang) / sc
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    if elastic > 0:
        d = (torch.rand(n, 2, elastic_grid, elastic_grid, generator=gen) * 2 - 1) * elastic
        d = F.interpolate(d, size=tuple(x.shape[2:]), mode="bicubic", align_corners=True)
        grid = grid + d.permute(0, 2, 3, 1)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def train(kind, seed, epochs, lr, wd, batch, out_dir, train_size, threads, augment=True):
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    np.random.seed(seed)
    t0 = time.time()
    tr_x, tr_y, _ = data.cached_arrays("train", train_size)
    va_x, va_y, _ = data.cached_arrays("val")
    te_x, te_y, _ = data.cached_arrays("test")
    t_data = time.time() - t0
    model = models.build(kind)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=wd)
    steps_per_epoch = math.ceil(len(tr_x) / batch)
    total, warm = epochs * steps_per_epoch, steps_per_epoch // 2
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else 0.5 * (1 + math.cos(math.pi * (s - warm) / (total - warm))))
    gen = torch.Generator().manual_seed(seed)
    gen_train = data.ClutteredDigits("train", train_size)
    history = []
    t_train = time.time()
    for epoch in range(epochs):
        if augment and epoch > 0:  # fresh composites: train indices epoch*N .. (epoch+1)*N-1
            tr_x, tr_y, _ = gen_train.arrays(len(tr_x), start=epoch * len(tr_x))
        ytr = torch.from_numpy(tr_y)
        model.train()
        perm = torch.randperm(len(tr_x), generator=gen)
        loss_sum = 0.0
        for s in range(steps_per_epoch):
            idx = perm[s * batch:(s + 1) * batch]
            x = to_tensor(tr_x[idx.numpy()])
            if augment:
                x = affine_augment(x, gen)
            if kind == "cbam":
                logits, att = model(x, return_attention=True)
                # sparsity on the spatial gates: a gate over empty canvas costs nothing to the task,
                # so without it the map's argmax lands on the background (pointing game 0.0)
                gate = sum(att[s]["sa"].mean() for s in ("stage1", "stage2"))
                loss = F.cross_entropy(logits, ytr[idx]) + GATE_L1 * gate
            else:
                loss = F.cross_entropy(model(x), ytr[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += float(loss)
            if (s + 1) % 100 == 0:
                print(f"epoch {epoch + 1} step {s + 1}/{steps_per_epoch} loss {loss_sum / (s + 1):.3f} "
                      f"{time.time() - t_train:.0f} s", flush=True)
        val = evaluate(model, va_x, va_y)
        history.append({"epoch": epoch + 1, "loss": loss_sum / steps_per_epoch, "val_accuracy": val,
                        "seconds": time.time() - t_train})
        print(json.dumps(history[-1]), flush=True)
    train_seconds = time.time() - t_train
    test = evaluate(model, te_x, te_y)
    os.makedirs(out_dir, exist_ok=True)
    torch.save(model.state_dict(), os.path.join(out_dir, "model.pt"))
    metrics = {
        "model": kind, "id": MODEL_IDS[kind], "seed": seed, "epochs": epochs, "lr": lr,
        "weight_decay": wd, "batch": batch, "fresh_samples_per_epoch": augment,
        "gate_l1": GATE_L1 if kind == "cbam" else 0.0,
        "affine_jitter": augment, "threads": threads, "train_size": len(tr_x),
        "val_size": len(va_x), "test_size": len(te_x), "val_accuracy": history[-1]["val_accuracy"],
        "test_accuracy": test, "train_seconds": round(train_seconds, 1),
        "data_seconds": round(t_data, 1), "parameters": sum(p.numel() for p in model.parameters()),
        "date": time.strftime("%Y-%m-%d", time.gmtime()), "torch": torch.__version__,
        "history": history,
        "command": " ".join(["/usr/bin/python3", "training/train.py"] + sys.argv[1:]),
    }
    with open(os.path.join(out_dir, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=1)
    print(f"{MODEL_IDS[kind]}: test accuracy {test:.4f}, {train_seconds:.0f} s", flush=True)
    return metrics


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, choices=sorted(MODEL_IDS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--lr", type=float)
    ap.add_argument("--batch", type=int)
    ap.add_argument("--train-size", type=int, default=data.DEFAULT_SIZES["train"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--no-augment", action="store_true",
                    help="reuse train samples 0..N-1 every epoch, no rotation/scale/elastic jitter")
    ap.add_argument("--out", help="output folder (default training/runs/<id>)")
    a = ap.parse_args()
    epochs, lr, wd, batch = DEFAULTS[a.model]
    out = a.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "runs", MODEL_IDS[a.model])
    train(a.model, a.seed, a.epochs or epochs, a.lr or lr, wd, a.batch or batch, out, a.train_size, a.threads,
          not a.no_augment)


if __name__ == "__main__":
    main()
