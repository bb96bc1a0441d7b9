# SPDX-License-Identifier: MIT
"""Exports a trained run as an AttentionLens model package (format: docs/models.md).

Example: nice -n 19 /usr/bin/python3 training/export.py --model cbam
Writes resources/models/<id>/{model.onnx, model.json, card.json, labels.txt, samples/, parity/}.
"""
import argparse
import json
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import shutil
import sys
import time

import cv2
import numpy as np
import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import evaluate as ev  # noqa: E402
import export_cbam_steps as steps  # noqa: E402
import manifest as mf  # noqa: E402
import models  # noqa: E402
import opencv_graph as og  # noqa: E402
from train import MODEL_IDS  # noqa: E402

REPO = os.path.dirname(HERE)
OPSET = 11
TOLERANCE = 1e-4
CHECK_INPUTS = 20           # test samples checked against cv2.dnn
PARITY_CASES = (0, 13, 27)  # test-split indices stored as parity vectors
SAMPLE_INDICES = (0, 1, 2, 3, 4, 5)


def export_onnx(graph, names, path):
    x = torch.zeros(1, 1, data.CANVAS, data.CANVAS)
    torch.onnx.export(graph, x, path, opset_version=OPSET, input_names=["input"],
                      output_names=names, do_constant_folding=True)
    model = og.fold_identity_initializers(onnx.load(path))
    model.producer_name = "attentionlens-training"
    onnx.checker.check_model(model)
    onnx.save(model, path)


def run_opencv(path, x, names):
    net = cv2.dnn.readNetFromONNX(path)
    net.setInput(x)
    return [o.copy() for o in net.forward(names)]


def check_parity(path, graph, names, images):
    """Max abs difference torch vs cv2.dnn per output over the given images."""
    worst = {n: 0.0 for n in names}
    for img in images:
        x = torch.from_numpy(img).float().div(255.0)[None, None]
        with torch.no_grad():
            ref = [o.numpy() for o in graph(x)]
        got = run_opencv(path, x.numpy(), names)
        for n, r, g in zip(names, ref, got):
            if g.size != r.size:
                raise RuntimeError(f"{path}: output {n} has {g.size} values in OpenCV, {r.size} in torch")
            worst[n] = max(worst[n], float(np.abs(g.reshape(r.shape) - r).max()))
    return worst


def write_parity(pkg, graph, names, manifest, test):
    """Raw little-endian float32 vectors + index.json; case 0 holds every output."""
    pdir = os.path.join(pkg, "parity")
    os.makedirs(pdir, exist_ok=True)
    keep_later = set(manifest["parity_subset"])
    cases = []
    for ci, idx in enumerate(PARITY_CASES):
        img, label, box = test.sample(idx)
        x = torch.from_numpy(img).float().div(255.0)[None, None]
        with torch.no_grad():
            ref = [o.numpy().astype("<f4") for o in graph(x)]
        got = run_opencv(os.path.join(pkg, "model.onnx"), x.numpy(), names)
        stem = f"case{ci}"
        cv2.imwrite(os.path.join(pdir, stem + ".png"), img)
        x.numpy().astype("<f4").tofile(os.path.join(pdir, stem + "_input.bin"))
        outs = []
        for n, r, g in zip(names, ref, got):
            if ci > 0 and n not in keep_later:
                continue
            fname = f"{stem}_{n}.bin"
            r.tofile(os.path.join(pdir, fname))
            outs.append({"name": n, "file": fname, "shape": list(r.shape),
                         "opencv_max_abs_diff": float(np.abs(g.reshape(r.shape) - r).max())})
        cases.append({"name": stem, "source": f"cluttered-digits test index {idx}", "label": int(label),
                      "box": list(box), "image": stem + ".png", "input": stem + "_input.bin",
                      "input_shape": [1, 1, data.CANVAS, data.CANVAS], "outputs": outs})
    index = {"format": "raw little-endian float32, C order, no header",
             "tolerance_max_abs_diff": TOLERANCE,
             "input_name": "input",
             "note": ("case0 holds every graph output; later cases hold the prediction and the "
                      "outputs listed in model.json parity_subset. The PNG is the source image; "
                      "input.bin is the exact blob (grey value / 255)."),
             "cases": cases}
    with open(os.path.join(pdir, "index.json"), "w") as f:
        json.dump(index, f, indent=1)
        f.write("\n")


def write_samples(pkg, test):
    sdir = os.path.join(pkg, "samples")
    os.makedirs(sdir, exist_ok=True)
    entries = []
    for i in SAMPLE_INDICES:
        img, label, box = test.sample(i)
        name = f"digit-{i:02d}.png"
        cv2.imwrite(os.path.join(sdir, name), img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
        entries.append({"file": name, "label": str(label), "box": list(box)})
    with open(os.path.join(sdir, "samples.json"), "w") as f:
        json.dump({"box_format": "x0, y0, x1, y1 in pixels, x1/y1 exclusive", "samples": entries}, f,
                  indent=1)
        f.write("\n")


def package_size(pkg):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(pkg) for f in fs)


def export(kind, runs_dir, out_root, eval_limit=None):
    mid = MODEL_IDS[kind]
    run = os.path.join(runs_dir, mid)
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    net = models.build(kind)
    net.load_state_dict(torch.load(os.path.join(run, "model.pt")))
    graph = og.rewrite(kind, net)
    names = graph.output_names()
    pkg = os.path.join(out_root, mid)
    if os.path.isdir(pkg):
        shutil.rmtree(pkg)
    os.makedirs(pkg)
    onnx_path = os.path.join(pkg, "model.onnx")
    export_onnx(graph, names, onnx_path)

    test = data.ClutteredDigits("test")
    images, labels, boxes = data.cached_arrays("test")
    worst = check_parity(onnx_path, graph, names, images[:CHECK_INPUTS])
    bad = {n: d for n, d in worst.items() if d > TOLERANCE}
    if bad:
        raise RuntimeError(f"{mid}: OpenCV differs from torch beyond {TOLERANCE}: {bad}")

    t0 = time.time()
    n = len(images) if eval_limit is None else eval_limit
    results = ev.evaluate(kind, graph, names, images[:n], labels[:n], boxes[:n])
    print(f"{mid}: evaluation {time.time() - t0:.0f} s, accuracy {results['test_accuracy']}")

    manifest = mf.manifest(kind, names, graph)
    extra_card = {}
    if kind in ("cbam", "cnn"):  # intervene.onnx, randomized.onnx (export_cbam_steps.py)
        extra_manifest, extra_card = steps.extend_package(kind, net, graph, pkg, eval_limit)
        manifest.update(extra_manifest)
    with open(os.path.join(pkg, "model.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    with open(os.path.join(pkg, "labels.txt"), "w") as f:
        f.write("".join(f"{c}\n" for c in range(10)))
    write_samples(pkg, test)
    write_parity(pkg, graph, names, manifest, test)
    baseline = None
    bpath = os.path.join(runs_dir, MODEL_IDS["cnn"], "metrics.json")
    if os.path.exists(bpath):
        with open(bpath) as f:
            baseline = json.load(f)["test_accuracy"]
    card = mf.card(kind, metrics, results, worst, baseline, len(images[:CHECK_INPUTS]))
    card.update(extra_card)
    with open(os.path.join(pkg, "card.json"), "w") as f:
        json.dump(card, f, indent=1)
        f.write("\n")
    size = package_size(pkg)
    print(f"{mid}: package {size / 1024:.0f} KiB, opencv max diff {max(worst.values()):.2e}")
    return card


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, choices=sorted(MODEL_IDS))
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    ap.add_argument("--out", default=os.path.join(REPO, "resources", "models"))
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--eval-limit", type=int, help="evaluate only the first N test samples (debug)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    export(a.model, a.runs, a.out, a.eval_limit)


if __name__ == "__main__":
    main()
