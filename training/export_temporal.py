# SPDX-License-Identifier: MIT
"""Exports digits-temporal: frame encoder (model.onnx) + temporal head (head.onnx) + manifest,
card, parity vectors. Format: docs/models.md + docs/sequence-models.md.

Example: nice -n 10 /usr/bin/python3 training/export_temporal.py
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
import data  # noqa: E402
import opencv_graph as og  # noqa: E402
import temporal_data as tdata  # noqa: E402
import temporal_manifest as tmf  # noqa: E402
import temporal_models as tmod  # noqa: E402
from train_temporal import RUN_ID  # noqa: E402

REPO = os.path.dirname(HERE)
TOLERANCE = 1e-4
CHECK_SEQUENCES = 10
PARITY_CASES = (0, 1)


def export_graph(module, example, input_name, names, path):
    with torch.no_grad():
        torch.onnx.export(module, example, path, opset_version=11, input_names=[input_name],
                          output_names=names, do_constant_folding=True)
    model = og.fold_identity_initializers(onnx.load(path))
    model.producer_name = "attentionlens-training"
    onnx.checker.check_model(model)
    onnx.save(model, path)


def blob(frame):
    return torch.from_numpy(frame).float().div(255.0)[None, None]


class Pair:
    """Both graphs in torch and cv2.dnn; run() gives (per-frame outputs, head outputs)."""

    def __init__(self, pkg, enc, head):
        self.enc, self.head = enc, head
        self.cv_enc = cv2.dnn.readNetFromONNX(os.path.join(pkg, "model.onnx"))
        self.cv_head = cv2.dnn.readNetFromONNX(os.path.join(pkg, "head.onnx"))

    def torch(self, frames):
        with torch.no_grad():
            per = [[o.numpy() for o in self.enc(blob(f))] for f in frames]
            feats = np.stack([p[0][0] for p in per])[None, None].astype(np.float32)
            return per, [o.numpy() for o in self.head(torch.from_numpy(feats))], feats

    def opencv(self, frames):
        per = []
        for f in frames:
            self.cv_enc.setInput(blob(f).numpy(), "input")
            per.append([o.copy() for o in self.cv_enc.forward(tmod.FrameEncoderExport.output_names())])
        feats = np.stack([p[0].reshape(-1) for p in per])[None, None].astype(np.float32)
        self.cv_head.setInput(feats, "features")
        return per, [o.copy() for o in self.cv_head.forward(tmod.TemporalHeadExport.output_names())], feats


def max_diffs(ref, got):
    (rp, rh, _), (gp, gh, _) = ref, got
    out = {}
    for i, n in enumerate(tmod.FrameEncoderExport.output_names()):
        out[n] = max(float(np.abs(g[i].reshape(r[i].shape) - r[i]).max()) for r, g in zip(rp, gp))
    for i, n in enumerate(tmod.TemporalHeadExport.output_names()):
        out[n] = float(np.abs(gh[i].reshape(rh[i].shape) - rh[i]).max())
    return out


def write_parity(pkg, pair, test):
    pdir = os.path.join(pkg, "parity")
    os.makedirs(pdir)
    cases = []
    for ci, idx in enumerate(PARITY_CASES):
        frames, label, has, boxes = test.sample(idx)
        per, head_out, feats = pair.torch(frames)
        got = pair.opencv(frames)
        stem = f"case{ci}"
        cv2.imwrite(os.path.join(pdir, stem + "_strip.png"), np.concatenate(list(frames), axis=1))
        feats.astype("<f4").tofile(os.path.join(pdir, stem + "_features.bin"))
        outs = []
        enc_names = tmod.FrameEncoderExport.output_names()
        for i, n in enumerate(enc_names[1:], start=1):  # per-frame maps, stacked over frames
            arr = np.stack([p[i][0] for p in per]).astype("<f4")
            arr.tofile(os.path.join(pdir, f"{stem}_{n}.bin"))
            outs.append({"name": n, "graph": "model.onnx", "file": f"{stem}_{n}.bin",
                         "shape": list(arr.shape), "per_frame": True})
        for i, n in enumerate(tmod.TemporalHeadExport.output_names()):
            r = head_out[i].astype("<f4")
            r.tofile(os.path.join(pdir, f"{stem}_{n}.bin"))
            outs.append({"name": n, "graph": "head.onnx", "file": f"{stem}_{n}.bin", "shape": list(r.shape),
                         "opencv_max_abs_diff": float(np.abs(got[1][i].reshape(r.shape) - r).max())})
        cases.append({"name": stem, "source": f"digit sequences test index {idx}", "label": int(label),
                      "digit_frames": np.nonzero(has)[0].tolist(), "boxes": boxes.tolist(),
                      "strip": stem + "_strip.png", "features": stem + "_features.bin",
                      "features_shape": list(feats.shape), "outputs": outs})
    index = {"format": "raw little-endian float32, C order, no header", "tolerance_max_abs_diff": TOLERANCE,
             "frame_input_name": "input", "head_input_name": "features",
             "note": ("strip.png = the 16 frames side by side (lossless): encoder input i = its "
                      "64x64 block i as grey / 255; "
                      "features.bin = the stacked frame_features [1, 1, 16, 64], the head's input; per-frame outputs "
                      "are stacked over frames on a new first axis."),
             "cases": cases}
    with open(os.path.join(pdir, "index.json"), "w") as f:
        json.dump(index, f, indent=1)
        f.write("\n")


def write_samples(pkg, test, count=3):
    """Sample clips as MJPG .avi files (what the Video workspace opens) + samples.json."""
    sdir = os.path.join(pkg, "samples")
    os.makedirs(sdir)
    entries = []
    for i in range(10, 10 + count):
        frames, label, has, _ = test.sample(i)
        name = f"sequence-{i:02d}.avi"
        w = cv2.VideoWriter(os.path.join(sdir, name), cv2.VideoWriter_fourcc(*"MJPG"), 8.0,
                            (data.CANVAS, data.CANVAS), False)
        for f in frames:
            w.write(f)
        w.release()
        entries.append({"file": name, "label": str(label), "digit_frames": np.nonzero(has)[0].tolist()})
    with open(os.path.join(sdir, "samples.json"), "w") as f:
        json.dump({"note": "MJPG is lossy: the decoded frames differ slightly from the generator's",
                   "samples": entries}, f, indent=1)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", default=os.path.join(HERE, "runs"))
    ap.add_argument("--out", default=os.path.join(REPO, "resources", "models"))
    a = ap.parse_args()
    torch.set_num_threads(1)
    run = os.path.join(a.runs, RUN_ID)
    with open(os.path.join(run, "metrics.json")) as f:
        metrics = json.load(f)
    enc = tmod.FrameEncoderExport(tmod.load_encoder(os.path.join(run, "encoder.pt"))).eval()
    head = tmod.TemporalHead()
    head.load_state_dict(torch.load(os.path.join(run, "head.pt")))
    head_graph = tmod.TemporalHeadExport(head, tdata.FRAMES).eval()
    final = os.path.join(a.out, RUN_ID)
    pkg = os.path.join(os.path.dirname(final), "." + os.path.basename(final) + ".partial")  # then swapped in
    if os.path.isdir(pkg):
        shutil.rmtree(pkg)
    os.makedirs(pkg)
    export_graph(enc, torch.zeros(1, 1, data.CANVAS, data.CANVAS), "input",
                 enc.output_names(), os.path.join(pkg, "model.onnx"))
    export_graph(head_graph, torch.zeros(1, 1, tdata.FRAMES, tmod.FEATURE_DIM), "features",
                 head_graph.output_names(), os.path.join(pkg, "head.onnx"))
    pair = Pair(pkg, enc, head_graph)
    test = tdata.DigitSequences("test")
    worst = {}
    for i in range(CHECK_SEQUENCES):
        frames = test.sample(i)[0]
        for k, v in max_diffs(pair.torch(frames), pair.opencv(frames)).items():
            worst[k] = max(worst.get(k, 0.0), v)
    bad = {k: v for k, v in worst.items() if v > TOLERANCE}
    if bad:
        raise RuntimeError(f"{RUN_ID}: OpenCV differs from torch beyond {TOLERANCE}: {bad}")
    with open(os.path.join(pkg, "model.json"), "w") as f:
        json.dump(tmf.manifest(), f, indent=1)
        f.write("\n")
    with open(os.path.join(pkg, "card.json"), "w") as f:
        json.dump(tmf.card(metrics, worst, CHECK_SEQUENCES), f, indent=1)
        f.write("\n")
    with open(os.path.join(pkg, "labels.txt"), "w") as f:
        f.write("".join(f"{c}\n" for c in range(10)))
    write_samples(pkg, test)
    write_parity(pkg, pair, test)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(pkg) for f in fs)
    if os.path.isdir(final):
        shutil.rmtree(final)
    os.rename(pkg, final)
    print(f"{RUN_ID}: max diff {max(worst.values()):.2e}, package {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
