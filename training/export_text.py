# SPDX-License-Identifier: MIT
"""Exports a trained gloss classifier as an AttentionLens text model package.

Example: nice -n 10 /usr/bin/python3 training/export_text.py --model attn
Writes resources/models/<id>/{model.onnx, model.json, card.json, labels.txt, vocab.txt, samples/,
parity/}. Format: docs/models.md + docs/text-models.md.
"""
import argparse
import json
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import shutil
import sys

import cv2
import numpy as np
import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import opencv_graph as og  # noqa: E402
import text_data as td  # noqa: E402
import text_manifest as tmf  # noqa: E402
import text_models as tm  # noqa: E402
from train_text import MODEL_IDS  # noqa: E402

REPO = os.path.dirname(HERE)
OPSET = 11
TOLERANCE = 1e-4
CHECK_INPUTS = 50            # test glosses checked torch vs cv2.dnn
PARITY_CASES = (0, 1, 2)     # test-split positions stored as parity vectors (case0: every output)
TOKENIZER_CASES = [          # extra parity cases: punctuation, accents, digits, unknown words, > T tokens
    "A Café-owner's tool (for 3.5-inch nails): the \"hammer\"; see p. 12!",
    "any of numerous small rodents typically resembling diminutive rats having pointed snouts and "
    "small ears on elongated bodies with slender usually hairless tails, zzyzx; found in Europe, Asia "
    "and Africa, and kept as pets in many homes",
]
OWN_SAMPLES = [              # written for the package, not from WordNet
    "a small domesticated carnivorous mammal with soft fur that is kept as a pet",
    "a hand tool with a heavy head used for driving nails",
    "a tall perennial plant with yellow flowers that turn to face the sun",
    "a sweet baked food made of flour, sugar and eggs",
    "a person who writes poems",
]


def export_onnx(graph, names, path):
    ids = torch.zeros(1, td.MAX_TOKENS)
    ids[0, 0] = 2.0
    torch.onnx.export(graph, ids, path, opset_version=OPSET, input_names=["ids"],
                      output_names=names, do_constant_folding=True)
    model = og.fold_identity_initializers(onnx.load(path))
    model.producer_name = "attentionlens-training"
    onnx.checker.check_model(model)
    onnx.save(model, path)


def run_opencv(net, ids, names):
    net.setInput(ids, "ids")
    return [o.copy() for o in net.forward(names)]


def as_input(row):
    return torch.from_numpy(row.astype(np.float32))[None]


def check(path, graph, names, ids, labels):
    """Max abs diff per output over the first CHECK_INPUTS rows, and the cv2.dnn test accuracy."""
    net = cv2.dnn.readNetFromONNX(path)
    worst = dict.fromkeys(names, 0.0)
    correct = 0
    for i, row in enumerate(ids):
        got = run_opencv(net, as_input(row).numpy(), names if i < CHECK_INPUTS else ["prob"])
        correct += int(np.argmax(got[0]) == labels[i])
        if i >= CHECK_INPUTS:
            continue
        with torch.no_grad():
            ref = [o.numpy() for o in graph(as_input(row))]
        for n, r, g in zip(names, ref, got):
            if g.size != r.size:
                raise RuntimeError(f"{path}: {n} has {g.size} values in OpenCV, {r.size} in torch")
            worst[n] = max(worst[n], float(np.abs(g.reshape(r.shape) - r).max()))
    return worst, correct / len(ids)


def write_parity(pkg, graph, names, manifest, test, ids, vocab):
    pdir = os.path.join(pkg, "parity")
    os.makedirs(pdir)
    net = cv2.dnn.readNetFromONNX(os.path.join(pkg, "model.onnx"))
    keep_later = set(manifest["parity_subset"])
    index_of = {w: i for i, w in enumerate(vocab)}
    rows = [(ids[i], test[i][0], int(test[i][1]), f"WordNet noun synset {test[i][2]:08d} (test split)")
            for i in PARITY_CASES]
    rows += [(np.array(td.pad(td.encode(t, index_of))), t, None, "written to exercise the tokenizer")
             for t in TOKENIZER_CASES]
    cases = []
    for ci, (row, text, label, source) in enumerate(rows):
        x = as_input(row)
        with torch.no_grad():
            ref = [o.numpy().astype("<f4") for o in graph(x)]
        got = run_opencv(net, x.numpy(), names)
        stem = f"case{ci}"
        x.numpy().astype("<f4").tofile(os.path.join(pdir, stem + "_input.bin"))
        outs = []
        for n, r, g in zip(names, ref, got):
            if ci > 0 and n not in keep_later:
                continue
            r.tofile(os.path.join(pdir, f"{stem}_{n}.bin"))
            outs.append({"name": n, "file": f"{stem}_{n}.bin", "shape": list(r.shape),
                         "opencv_max_abs_diff": float(np.abs(g.reshape(r.shape) - r).max())})
        real = [int(i) for i in row if i != td.PAD_ID]
        cases.append({"name": stem, "source": source,
                      "text": text, "tokens": [vocab[i] for i in real], "ids": real,
                      "label": label, "input": stem + "_input.bin",
                      "input_shape": [1, td.MAX_TOKENS], "outputs": outs})
    index = {"format": "raw little-endian float32, C order, no header",
             "tolerance_max_abs_diff": TOLERANCE, "input_name": "ids",
             "note": ("case0 holds every graph output; later cases hold model.json parity_subset. "
                      "input.bin holds the float token ids padded with 0 to max_tokens."),
             "cases": cases}
    with open(os.path.join(pdir, "index.json"), "w") as f:
        json.dump(index, f, indent=1, ensure_ascii=False)
        f.write("\n")


def write_samples(pkg, test):
    """Per category the first test gloss (synset order) of 8..24 tokens, then OWN_SAMPLES."""
    sdir = os.path.join(pkg, "samples")
    os.makedirs(sdir)
    entries = []
    for label, cat in enumerate(td.CATEGORIES):
        t, _, off = next(r for r in test if r[1] == label and 8 <= len(td.basic_tokens(r[0])) <= 24)
        entries.append({"text": t, "label": cat.split(".")[1],
                        "source": f"WordNet noun synset {off:08d} (test split)"})
    entries += [{"text": t, "label": None, "source": "written for AttentionLens"} for t in OWN_SAMPLES]
    with open(os.path.join(sdir, "samples.json"), "w") as f:
        json.dump({"samples": entries}, f, indent=1, ensure_ascii=False)
        f.write("\n")


def export(kind, runs_dir, out_root):
    mid = MODEL_IDS[kind]
    run = os.path.join(runs_dir, mid)
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    with open(os.path.join(run, "vocab.txt"), encoding="utf-8") as f:
        vocab = f.read().splitlines()
    parts, vocab_now = td.load()
    if vocab_now != vocab:
        raise RuntimeError(f"{run}/vocab.txt differs from the current data recipe: retrain")
    net = tm.build(kind, len(vocab), len(td.CATEGORIES), td.MAX_TOKENS,
                   pool_from=metrics.get("pool_from", "states"))
    net.load_state_dict(torch.load(os.path.join(run, "model.pt")))
    graph = tm.rewrite(kind, net.eval())
    names = graph.output_names()
    final = os.path.join(out_root, mid)
    pkg = os.path.join(os.path.dirname(final), "." + os.path.basename(final) + ".partial")  # then swapped in
    if os.path.isdir(pkg):
        shutil.rmtree(pkg)
    os.makedirs(pkg)
    export_onnx(graph, names, os.path.join(pkg, "model.onnx"))
    ids, labels, _ = td.arrays(parts["test"], vocab)
    worst, cv_acc = check(os.path.join(pkg, "model.onnx"), graph, names, ids, labels)
    bad = {n: d for n, d in worst.items() if d > TOLERANCE}
    if bad:
        raise RuntimeError(f"{mid}: OpenCV differs from torch beyond {TOLERANCE}: {bad}")
    manifest = tmf.manifest(kind, names, len(vocab))
    for name, content in (("model.json", manifest), ("card.json", None)):
        if content is None:
            baseline = os.path.join(runs_dir, MODEL_IDS["bow"], "metrics.json")
            base = json.load(open(baseline)) if kind == "attn" and os.path.exists(baseline) else None
            content = tmf.card(kind, metrics, worst, CHECK_INPUTS, cv_acc, len(ids), base)
        with open(os.path.join(pkg, name), "w") as f:
            json.dump(content, f, indent=1, ensure_ascii=False)
            f.write("\n")
    with open(os.path.join(pkg, "labels.txt"), "w") as f:
        f.write("".join(c.split(".")[1] + "\n" for c in td.CATEGORIES))
    shutil.copy(os.path.join(run, "vocab.txt"), os.path.join(pkg, "vocab.txt"))
    write_samples(pkg, parts["test"])
    write_parity(pkg, graph, names, manifest, parts["test"], ids, vocab)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(pkg) for f in fs)
    if os.path.isdir(final):
        shutil.rmtree(final)
    os.rename(pkg, final)
    print(f"{mid}: opencv test accuracy {cv_acc:.4f} (torch {metrics['test_accuracy']}), "
          f"max diff {max(worst.values()):.2e}, package {size / 1024:.0f} KiB")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, choices=sorted(MODEL_IDS))
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    ap.add_argument("--out", default=os.path.join(REPO, "resources", "models"))
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    export(a.model, a.runs, a.out)


if __name__ == "__main__":
    main()
