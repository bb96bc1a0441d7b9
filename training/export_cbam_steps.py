# SPDX-License-Identifier: MIT
"""Extra files of the CNN packages for the explainer (docs/explainer.md):

* intervene.onnx (digits-cbam): the CBAM network with every stage's spatial attention as an extra
  input. Inputs: input [1,1,64,64], stage<s>_map and stage<s>_mix [1,1,g,g]; the gate used is
  sa + mix * (map - sa), so mix = 0 reproduces the model exactly and mix = 1 replaces the gate by
  map. One graph instead of front/back pairs: one copy of the weights, and OpenCV 4.6 imports it
  with parity (checked below).
* randomized.onnx (both): the same graph with re-initialised weights, for the model-parameter
  randomisation test of Adebayo et al., "Sanity Checks for Saliency Maps", NeurIPS 2018 (full
  re-initialisation: torch.manual_seed(RANDOM_SEED), then PyTorch's default initialisers; batch
  norm gets its defaults, i.e. mean 0, variance 1, gamma 1, beta 0).
* the card's "interventions" section: test-set accuracy under each intervention, measured with
  cv2.dnn on intervene.onnx. The intervention maps are defined exactly as in the C++ side
  (src/core/explain/Intervention.cpp) so both give the same numbers.

Called by export.py; `python3 training/export_cbam_steps.py --model cbam` redoes only these files
on an exported package (manifest and card are updated in place).
"""
import argparse
import json
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import sys

import cv2
import numpy as np
import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import models  # noqa: E402
import opencv_graph as og  # noqa: E402

OPSET = 11
TOLERANCE = 1e-4
RANDOM_SEED = 2018
CHECK_INPUTS = 20
PARITY_CASES = (0, 13)
RANDOM_MAP_SEED = 1


def splitmix_map(seed, rows, cols):
    """The "random" intervention: i.i.d. U[0,1) from SplitMix64(seed), row-major,
    value = (next() >> 40) / 2^24 (exact in float32)."""
    rng = data.SplitMix64(seed)
    vals = [(rng.next() >> 40) / float(1 << 24) for _ in range(rows * cols)]
    return np.array(vals, np.float32).reshape(rows, cols)


def intervention_map(kind, sa, arg=None):
    """The map that replaces the true gate sa (2-D). Mirrors al::applyIntervention."""
    if kind == "uniform":
        return np.full_like(sa, np.float32(sa.astype(np.float64).mean()))
    if kind == "inverted":
        return (1.0 - sa).astype(np.float32)
    if kind == "shift":
        dx, dy = arg
        out = np.full_like(sa, sa.min())
        h, w = sa.shape
        ys, yd = (slice(0, h - dy), slice(dy, h)) if dy >= 0 else (slice(-dy, h), slice(0, h + dy))
        xs, xd = (slice(0, w - dx), slice(dx, w)) if dx >= 0 else (slice(-dx, w), slice(0, w + dx))
        if abs(dx) < w and abs(dy) < h:
            out[yd, xd] = sa[ys, xs]
        return out
    if kind == "random":
        return splitmix_map(arg, *sa.shape)
    raise ValueError(kind)


def dataset_interventions(grid):
    g = max(1, grid // 4)
    return [("true", None, None), ("uniform", "uniform", None), ("inverted", "inverted", None),
            (f"shift:{g},{g}", "shift", (g, g)), (f"random:{RANDOM_MAP_SEED}", "random", RANDOM_MAP_SEED)]


def export_graph(graph, args, input_names, output_names, path):
    torch.onnx.export(graph, args, path, opset_version=OPSET, input_names=input_names,
                      output_names=output_names, do_constant_folding=True)
    model = og.fold_identity_initializers(onnx.load(path))
    model.producer_name = "attentionlens-training"
    onnx.checker.check_model(model)
    onnx.save(model, path)


class Intervener:
    """cv2.dnn on intervene.onnx."""

    def __init__(self, path):
        self.net = cv2.dnn.readNetFromONNX(path)
        self.names = og.CNNInterveneExport.output_names(None)

    def run(self, x, maps):
        self.net.setInput(x, "input")
        for s, g in zip((1, 2), og.CNNInterveneExport.GRIDS):
            m, w = maps.get(s, (None, None))
            self.net.setInput(np.zeros((1, 1, g, g), np.float32) if m is None else m[None, None], f"stage{s}_map")
            self.net.setInput(np.full((1, 1, g, g), 0.0 if w is None else w, np.float32), f"stage{s}_mix")
        return dict(zip(self.names, [o.copy() for o in self.net.forward(self.names)]))


def _inputs(img, maps):
    x = torch.from_numpy(img).float().div(255.0)[None, None]
    args = [x]
    for s, g in zip((1, 2), og.CNNInterveneExport.GRIDS):
        m, w = maps.get(s, (None, None))
        args.append(torch.zeros(1, 1, g, g) if m is None else torch.from_numpy(m)[None, None])
        args.append(torch.full((1, 1, g, g), 0.0 if w is None else float(w)))
    return args


def check_intervene(path, graph, model_path, images):
    """torch vs cv2.dnn (true and replaced gates), and mix 0 vs the package's model.onnx."""
    iv = Intervener(path)
    full = cv2.dnn.readNetFromONNX(model_path)
    worst, vs_model = 0.0, 0.0
    for i, img in enumerate(images):
        for maps in ({}, {2 - i % 2: (splitmix_map(i, *(8, 8) if i % 2 == 0 else (32, 32)), 1.0)}):
            args = _inputs(img, maps)
            with torch.no_grad():
                ref = [o.numpy() for o in graph(*args)]
            got = iv.run(args[0].numpy(), maps)
            for n, r in zip(iv.names, ref):
                # relative to the magnitude: a random stage-1 gate drives stage-2 logits to ~500
                scale = max(1.0, float(np.abs(r).max()))
                worst = max(worst, float(np.abs(got[n].reshape(r.shape) - r).max()) / scale)
            if not maps:
                full.setInput(args[0].numpy())
                prob = full.forward("prob")
                vs_model = max(vs_model, float(np.abs(prob.reshape(-1) - got["prob"].reshape(-1)).max()))
    if worst > TOLERANCE or vs_model > TOLERANCE:
        raise RuntimeError(f"{path}: OpenCV vs torch {worst:.2e}, mix 0 vs model.onnx {vs_model:.2e}")
    return worst, vs_model


def write_intervene_parity(pkg, graph, test):
    pdir = os.path.join(pkg, "parity", "intervene")
    os.makedirs(pdir, exist_ok=True)
    names = graph.output_names()
    cases = []
    for ci, idx in enumerate(PARITY_CASES):
        img, label, _ = test.sample(idx)
        maps = {} if ci == 0 else {2: (splitmix_map(idx, 8, 8), 1.0), 1: (splitmix_map(idx + 1, 32, 32), 1.0)}
        args = _inputs(img, maps)
        with torch.no_grad():
            ref = [o.numpy().astype("<f4") for o in graph(*args)]
        stem = f"case{ci}"
        ins = []
        for name, t in zip(og.CNNInterveneExport.INPUTS, args):
            fname = f"{stem}_{name}.bin"
            t.numpy().astype("<f4").tofile(os.path.join(pdir, fname))
            ins.append({"name": name, "file": fname, "shape": list(t.shape)})
        outs = []
        for n, r in zip(names, ref):
            fname = f"{stem}_{n}.bin"
            r.tofile(os.path.join(pdir, fname))
            outs.append({"name": n, "file": fname, "shape": list(r.shape)})
        cases.append({"name": stem, "source": f"cluttered-digits test index {idx}", "label": int(label),
                      "inputs": ins, "outputs": outs,
                      "note": "true attention (mix 0)" if ci == 0 else "random maps at both stages (mix 1)"})
    _write_json(os.path.join(pdir, "index.json"), {
        "format": "raw little-endian float32, C order, no header", "graph": "intervene.onnx",
        "tolerance_max_abs_diff": TOLERANCE,
        "tolerance_note": "max |opencv - ref| <= tolerance * max(1, max |ref|) per output",
        "cases": cases})


def measure_interventions(path, images, labels):
    iv = Intervener(path)
    stages = []
    for s, g in zip((1, 2), og.CNNInterveneExport.GRIDS):
        kinds = dataset_interventions(g)
        correct = {k[0]: 0 for k in kinds}
        for img, label in zip(images, labels):
            x = img.astype(np.float32)[None, None] / np.float32(255.0)
            base = iv.run(x, {})
            sa = base[f"stage{s}_spatial"].reshape(g, g)
            for name, kind, arg in kinds:
                out = base if kind is None else iv.run(x, {s: (intervention_map(kind, sa, arg), 1.0)})
                correct[name] += int(np.argmax(out["prob"]) == label)
        n = len(images)
        stages.append({"stage": s, "grid": [g, g],
                       "accuracy": {k: round(v / n, 4) for k, v in correct.items()}})
        print(f"stage {s}: " + ", ".join(f"{k} {v / n:.4f}" for k, v in correct.items()))
    return {
        "samples": len(images), "dataset": "builtin:cluttered-digits (test split, first N)",
        "protocol": ("replace one stage's spatial gate (sigmoid map) by: true = the model's own (no "
                     "change); uniform = its mean everywhere; inverted = 1 - gate; shift:DX,DY = moved by "
                     "(DX, DY) grid cells, vacated cells set to the gate's minimum; random:SEED = i.i.d. "
                     "U[0,1) from SplitMix64(SEED), the same map for every image. The rest of the network "
                     "runs unchanged (intervene.onnx); accuracy = top-1 == label."),
        "command": "attentionlens-cli evaluate --model digits-cbam --interventions --stage N",
        "stages": stages,
    }


def export_randomized(kind, pkg, names, test):
    torch.manual_seed(RANDOM_SEED)
    rnet = models.build(kind).eval()
    rgraph = og.rewrite(kind, rnet)
    path = os.path.join(pkg, "randomized.onnx")
    export_graph(rgraph, torch.zeros(1, 1, data.CANVAS, data.CANVAS), ["input"], names, path)
    net = cv2.dnn.readNetFromONNX(path)
    pdir = os.path.join(pkg, "parity", "randomized")
    os.makedirs(pdir, exist_ok=True)
    keep = [n for n in names if n == "prob" or n.endswith("_spatial") or n.endswith("_logits")
            or n.endswith("_channel") or n == "final_features"]
    cases, worst = [], 0.0
    for ci, idx in enumerate(PARITY_CASES):
        img, label, _ = test.sample(idx)
        x = torch.from_numpy(img).float().div(255.0)[None, None]
        with torch.no_grad():
            ref = [o.numpy().astype("<f4") for o in rgraph(x)]
        net.setInput(x.numpy())
        got = net.forward(names)
        stem = f"case{ci}"
        x.numpy().astype("<f4").tofile(os.path.join(pdir, stem + "_input.bin"))
        outs = []
        for n, r, o in zip(names, ref, got):
            worst = max(worst, float(np.abs(o.reshape(r.shape) - r).max()))
            if n in keep:
                r.tofile(os.path.join(pdir, f"{stem}_{n}.bin"))
                outs.append({"name": n, "file": f"{stem}_{n}.bin", "shape": list(r.shape)})
        cases.append({"name": stem, "source": f"cluttered-digits test index {idx}", "label": int(label),
                      "input": stem + "_input.bin", "input_shape": [1, 1, data.CANVAS, data.CANVAS],
                      "outputs": outs})
    if worst > TOLERANCE:
        raise RuntimeError(f"{path}: OpenCV differs from torch by {worst:.2e}")
    _write_json(os.path.join(pdir, "index.json"), {
        "format": "raw little-endian float32, C order, no header", "graph": "randomized.onnx",
        "input_name": "input", "tolerance_max_abs_diff": TOLERANCE, "cases": cases})
    return {"file": "randomized.onnx", "seed": RANDOM_SEED,
            "scheme": ("every parameter re-initialised (Adebayo et al., NeurIPS 2018, full model-parameter "
                       "randomisation): torch.manual_seed(seed), then a fresh training module with PyTorch "
                       "1.13's default initialisers (kaiming-uniform conv/linear weights, uniform biases, "
                       "batch norm gamma 1, beta 0, running mean 0, variance 1), exported like model.onnx"),
            "same_outputs_as": "model.onnx", "opencv_max_abs_diff": float(f"{worst:.3g}")}


def stages_manifest():
    out = []
    for s, (g, c) in enumerate(zip(og.CNNInterveneExport.GRIDS, (models.STAGE1_CHANNELS, models.FINAL_CHANNELS)), start=1):
        out.append({"stage": s, "title": f"Stage {s}", "onnx": "intervene.onnx", "image_input": "input",
                    "map_input": f"stage{s}_map", "mix_input": f"stage{s}_mix", "grid": {"rows": g, "cols": g},
                    "channels": c, "prediction": "prob", "logits": "logits",
                    "attention_output": f"stage{s}_spatial", "logits_output": f"stage{s}_spatial_logits",
                    "used_output": f"stage{s}_spatial_used",
                    "step_outputs": {"features": f"stage{s}_spatial_input", "channel": f"stage{s}_channel",
                                     "channel_avg": f"stage{s}_channel_avg",
                                     "channel_max": f"stage{s}_channel_max",
                                     "conv_logits": f"stage{s}_spatial_logits",
                                     "sigmoid": f"stage{s}_spatial", "refined": f"stage{s}_refined"}})
    return out


def extend_package(kind, net, graph, pkg, eval_limit=None):
    """Writes the extra files; returns (manifest additions, card additions)."""
    test = data.ClutteredDigits("test")
    images, labels, _ = data.cached_arrays("test")
    add_m, add_c = {}, {}
    rnd = export_randomized(kind, pkg, graph.output_names(), test)
    add_m["randomized"] = "randomized.onnx"
    add_c["randomized"] = rnd
    if kind == "cbam":
        ig = og.CNNInterveneExport(graph).eval()
        path = os.path.join(pkg, "intervene.onnx")
        grids = og.CNNInterveneExport.GRIDS
        example = _inputs(images[0], {})
        export_graph(ig, tuple(example), og.CNNInterveneExport.INPUTS, ig.output_names(), path)
        worst, vs_model = check_intervene(path, ig, os.path.join(pkg, "model.onnx"), images[:CHECK_INPUTS])
        write_intervene_parity(pkg, ig, test)
        add_m["stages"] = stages_manifest()
        n = len(images) if eval_limit is None else eval_limit
        iv = measure_interventions(path, images[:n], labels[:n])
        iv["graph"] = {"file": "intervene.onnx", "grids": [list((g, g)) for g in grids],
                       "opencv_vs_torch_max_rel_diff": float(f"{worst:.3g}"),
                       "mix0_vs_model_max_abs_diff": float(f"{vs_model:.3g}")}
        add_c["interventions"] = iv
    return add_m, add_c


def _write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


def main():
    from train import MODEL_IDS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, choices=["cbam", "cnn"])
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "resources", "models"))
    ap.add_argument("--eval-limit", type=int)
    a = ap.parse_args()
    torch.set_num_threads(1)
    mid = MODEL_IDS[a.model]
    net = models.build(a.model)
    net.load_state_dict(torch.load(os.path.join(a.runs, mid, "model.pt")))
    graph = og.rewrite(a.model, net)
    pkg = os.path.join(a.out, mid)
    add_m, add_c = extend_package(a.model, net, graph, pkg, a.eval_limit)
    for fname, add in (("model.json", add_m), ("card.json", add_c)):
        with open(os.path.join(pkg, fname)) as f:
            obj = json.load(f)
        obj.update(add)
        _write_json(os.path.join(pkg, fname), obj)


if __name__ == "__main__":
    main()
