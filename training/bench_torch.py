#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Latency of the built-in models in PyTorch (the training modules) next to the shipped ONNX in OpenCV DNN, one
thread each, batch 1, same input: the ratio the C++ benchmark (benchmarks/bench_onnx.cpp) is read against.
Timing does not depend on the weights, so the PyTorch side uses freshly built modules (no checkpoint needed).

Run: /usr/bin/python3 training/bench_torch.py [--repeats 300]
"""
import argparse
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import cv2
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import models  # noqa: E402
from train import MODEL_IDS  # noqa: E402

REPO = os.path.dirname(HERE)


def median_ms(fn, repeats):
    for _ in range(10):
        fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    return float(np.median(times))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=300)
    args = ap.parse_args()
    torch.set_num_threads(1)
    cv2.setNumThreads(1)
    x = np.random.default_rng(0).random((1, 1, data.CANVAS, data.CANVAS), dtype=np.float32)
    print(f"{'model':22s} {'torch ms':>9s} {'opencv ms':>10s} {'torch/opencv':>13s}")
    for kind in ("cbam", "cnn", "vit"):
        net = models.build(kind).eval()
        xt = torch.from_numpy(x)
        with torch.no_grad():
            t_torch = median_ms(lambda: net(xt), args.repeats)
        dnn = cv2.dnn.readNetFromONNX(os.path.join(REPO, "resources", "models", MODEL_IDS[kind], "model.onnx"))
        names = dnn.getUnconnectedOutLayersNames()

        def run_cv():
            dnn.setInput(x)
            dnn.forward(names)

        t_cv = median_ms(run_cv, args.repeats)
        print(f"{MODEL_IDS[kind]:22s} {t_torch:9.3f} {t_cv:10.3f} {t_torch / t_cv:13.2f}")


if __name__ == "__main__":
    main()
