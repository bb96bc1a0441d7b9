# SPDX-License-Identifier: MIT
"""Re-exports the trained digits ViT with the per-layer Q, K and V tensors the self-attention
step-through needs, plus a weight-randomised copy for the sanity check of Adebayo et al. (2018).

Does not train: it loads training/runs/digits-vit/model.pt (made by train.py) and writes into
resources/models/digits-vit: model.onnx (the same graph plus 12 outputs layer<i>_{q,k,v}, each
[1, heads, tokens, head_dim]), model.json, parity/, card.json (the evaluation re-run on the
whole test split) and randomized.onnx.

Example: nice -n 10 /usr/bin/python3 training/export_vit_steps.py
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import evaluate as ev  # noqa: E402
import export as ex  # noqa: E402
import manifest as mf  # noqa: E402
import models  # noqa: E402
import opencv_graph as og  # noqa: E402

KIND = "vit"
MODEL_ID = "digits-vit"
RANDOM_SEED = 2018  # seed of the re-initialised copy (the card records it; as digits-cbam)
RANDOM_EVAL = 500    # test samples the randomised copy is scored on


class ViTStepsExport(torch.nn.Module):
    """ViTExport (opencv_graph.py) with Q, K, V of every block as extra outputs.

    The main path is unchanged (1/sqrt(d) stays folded into the q projection); the exported Q
    is that projection times sqrt(d), i.e. the plain query, so the app applies the scaling
    itself. sqrt(16) = 4 is a power of two, so the rescaling is exact in float32."""

    def __init__(self, vit_export):
        super().__init__()
        self.g = vit_export
        self.blocks = vit_export.blocks  # manifest._vit_attention reads len(graph.blocks)

    def output_names(self):
        names = self.g.output_names()
        for i in range(len(self.g.blocks)):
            names += [f"layer{i}_q", f"layer{i}_k", f"layer{i}_v"]
        return names

    def block(self, blk, x):
        h, hd, n = blk.heads, blk.hd, self.g.n + 1
        y = blk.ln1(x)
        qs, kl, vl = blk.q(y), blk.k(y), blk.v(y)                     # [n, dim] each
        q = qs.reshape(-1, h, hd).transpose(0, 1)                      # [h, n, hd]
        k = kl.reshape(-1, h, hd).permute(1, 2, 0)                     # [h, hd, n]
        v = vl.reshape(-1, h, hd).transpose(0, 1)                      # [h, n, hd]
        attn = torch.softmax(q @ k, dim=-1)
        o = (attn @ v).transpose(0, 1).reshape(-1, blk.dim)
        x = x + blk.proj(o)
        x = x + blk.fc2(F.relu(blk.fc1(blk.ln2(x))))
        q_out = (qs * float(hd) ** 0.5).reshape(-1, h, hd).transpose(0, 1).reshape(-1, h, n, hd)
        k_out = kl.reshape(-1, h, hd).transpose(0, 1).reshape(-1, h, n, hd)
        v_out = v.reshape(-1, h, n, hd)
        return x, attn, (q_out, k_out, v_out)

    def forward(self, x):
        g = self.g
        t = g.patch_embed(x).reshape(-1, g.n)
        x = (t @ g.place).transpose(0, 1) + g.pos
        attns, outs, qkv = [], [], []
        for blk in g.blocks:
            x, a, s = self.block(blk, x)
            attns.append(a)
            outs.append(x)
            qkv += list(s)
        logits = g.head(g.norm(x[0:1]))
        return tuple([torch.softmax(logits, dim=1)] + attns + outs + qkv)


def steps_graph(state_dict):
    net = models.build(KIND)
    net.load_state_dict(state_dict)
    return ViTStepsExport(og.rewrite(KIND, net)).eval()


def qkv_intermediates(layers, heads, tokens, hd):
    out = []
    what = {"q": "Queries q = W_q LN(x) (without the 1/sqrt(d) scaling)",
            "k": "Keys k = W_k LN(x)", "v": "Values v = W_v LN(x)"}
    for i in range(layers):
        for t in ("q", "k", "v"):
            out.append({"output": f"layer{i}_{t}", "shape": [1, heads, tokens, hd],
                        "description": (f"{what[t]} of block {i}, per head [1, head, token, d] "
                                        "(token 0 = CLS, 1..64 = patches row-major).")})
    return out


def randomized_copy(pkg, names, images, labels, test):
    """Adebayo et al. (NeurIPS 2018) model-parameter randomisation: every weight re-drawn from the
    model's own initialiser with a fixed seed; same architecture, export graph and outputs. Parity
    vectors go to parity/randomized/ (case0: prob, layer3_attention, layer3_q; later cases: prob)."""
    torch.manual_seed(RANDOM_SEED)
    graph = ViTStepsExport(og.rewrite(KIND, models.build(KIND))).eval()
    path = os.path.join(pkg, "randomized.onnx")
    ex.export_onnx(graph, names, path)
    worst = max(ex.check_parity(path, graph, names, images[:ex.CHECK_INPUTS]).values())
    if worst > ex.TOLERANCE:
        raise RuntimeError(f"randomized.onnx differs from torch beyond {ex.TOLERANCE}: {worst}")
    pdir = os.path.join(pkg, "parity", "randomized")
    os.makedirs(pdir, exist_ok=True)
    cases = []
    for ci, idx in enumerate(ex.PARITY_CASES):
        img, label, _ = test.sample(idx)
        x = torch.from_numpy(img).float().div(255.0)[None, None]
        with torch.no_grad():
            ref = dict(zip(names, (o.numpy().astype("<f4") for o in graph(x))))
        stem = f"case{ci}"
        x.numpy().astype("<f4").tofile(os.path.join(pdir, stem + "_input.bin"))
        outs = []
        for n in (("prob", "layer3_attention", "layer3_q") if ci == 0 else ("prob",)):
            ref[n].tofile(os.path.join(pdir, f"{stem}_{n}.bin"))
            outs.append({"name": n, "file": f"{stem}_{n}.bin", "shape": list(ref[n].shape)})
        cases.append({"name": stem, "source": f"cluttered-digits test index {idx}", "label": int(label),
                      "input": stem + "_input.bin", "input_shape": [1, 1, data.CANVAS, data.CANVAS],
                      "outputs": outs})
    _write_json(os.path.join(pdir, "index.json"), {
        "format": "raw little-endian float32, C order, no header", "graph": "randomized.onnx",
        "input_name": "input", "tolerance_max_abs_diff": ex.TOLERANCE, "cases": cases})
    with torch.no_grad():
        correct = sum(int(np.argmax(graph(torch.from_numpy(im).float().div(255.0)[None, None])[0]
                                    .numpy()) == lb)
                      for im, lb in zip(images[:RANDOM_EVAL], labels[:RANDOM_EVAL]))
    return {"file": "randomized.onnx", "seed": RANDOM_SEED,
            "scheme": ("every parameter re-initialised (Adebayo et al., NeurIPS 2018, full model-parameter "
                       "randomisation): torch.manual_seed(seed), then a fresh TinyViT() with its own "
                       "initialisers (position table N(0, 0.02), PyTorch 1.13 defaults for conv, linear and "
                       "LayerNorm), exported like model.onnx"),
            "same_outputs_as": "model.onnx", "opencv_max_abs_diff": float(f"{worst:.3g}"),
            "test_accuracy": round(correct / RANDOM_EVAL, 4), "test_samples": RANDOM_EVAL}


def export(runs_dir, out_root):
    run = os.path.join(runs_dir, MODEL_ID)
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    graph = steps_graph(torch.load(os.path.join(run, "model.pt")))
    names = graph.output_names()
    base = graph.g.output_names()
    pkg = os.path.join(out_root, MODEL_ID)
    stage = tempfile.mkdtemp(prefix="vit-steps-")
    try:
        ex.export_onnx(graph, names, os.path.join(stage, "model.onnx"))
        images, labels, boxes = data.cached_arrays("test")
        worst = ex.check_parity(os.path.join(stage, "model.onnx"), graph, names,
                                images[:ex.CHECK_INPUTS])
        if max(worst.values()) > ex.TOLERANCE:
            raise RuntimeError(f"OpenCV differs from torch beyond {ex.TOLERANCE}: {worst}")
        # the evaluation sees only the original outputs, in their original order
        results = ev.evaluate(KIND, graph.g, base, images, labels, boxes)
        manifest = mf.manifest(KIND, base, graph)
        blk = graph.g.blocks[0]
        manifest["intermediates"] += qkv_intermediates(len(graph.blocks), blk.heads,
                                                       graph.g.n + 1, blk.hd)
        manifest["outputs"] = names
        manifest["randomized"] = "randomized.onnx"
        test = data.ClutteredDigits("test")
        ex.write_parity(stage, graph, names, manifest, test)
        ex.write_samples(stage, test)
        card = mf.card(KIND, metrics, results, worst, _baseline(runs_dir), ex.CHECK_INPUTS)
        card["export"]["command"] = "/usr/bin/python3 training/export_vit_steps.py"
        card["randomized"] = randomized_copy(stage, names, images, labels, test)
        _write_json(os.path.join(stage, "model.json"), manifest)
        _write_json(os.path.join(stage, "card.json"), card)
        with open(os.path.join(stage, "labels.txt"), "w") as f:
            f.write("".join(f"{c}\n" for c in range(10)))
        if os.path.isdir(pkg):
            shutil.rmtree(pkg)
        os.chmod(stage, 0o755)
        shutil.copytree(stage, pkg)
    finally:
        if os.path.isdir(stage):
            shutil.rmtree(stage)
    print(f"{MODEL_ID}: accuracy {results['test_accuracy']}, package "
          f"{ex.package_size(pkg) / 1024:.0f} KiB, opencv max diff {max(worst.values()):.2e}, "
          f"randomized accuracy {card['randomized']['test_accuracy']}")


def _baseline(runs_dir):
    for d in (runs_dir, os.path.join(HERE, "runs")):
        path = os.path.join(d, "digits-cnn-baseline", "metrics.json")
        if os.path.exists(path):
            with open(path) as f:
                return json.load(f)["test_accuracy"]
    return None


def _write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    ap.add_argument("--out", default=os.path.join(ex.REPO, "resources", "models"))
    a = ap.parse_args()
    torch.set_num_threads(1)
    export(a.runs, a.out)


if __name__ == "__main__":
    main()
