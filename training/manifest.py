# SPDX-License-Identifier: MIT
"""model.json (manifest) and card.json for the built-in digit models. Format: docs/models.md."""
import data
import models

FORMAT_VERSION = 1

NAMES = {
    "cbam": ("digits-cbam", "Digits CNN with CBAM attention"),
    "cnn": ("digits-cnn-baseline", "Digits CNN baseline (no attention)"),
    "vit": ("digits-vit", "Digits tiny Vision Transformer"),
}

ARCH = {
    "cbam": ("5 conv3x3+BN+ReLU layers (16, 32, 64, 96, 96 channels) with 2x2 max pools after conv1 "
             "and conv2 and conv3; CBAM (Woo et al., ECCV 2018; channel reduction 8, 7x7 spatial conv) "
             "after conv2 (32x32 grid) and after conv5 (8x8 grid); global average pool of the gated "
             "features; linear 10."),
    "cnn": "The CBAM network without its two CBAM blocks (same layers, same training recipe).",
    "vit": ("Hybrid ViT (Dosovitskiy et al., ICLR 2021): a convolutional stem (conv3x3 16 + BN + ReLU, "
            "pool, conv3x3 32 + BN + ReLU, pool, conv2x2/2 to 64; Xiao et al., NeurIPS 2021) turns "
            "each 8x8 patch into one of 64 tokens, + CLS, dim 64, 4 pre-norm blocks, 4 heads of 16, "
            "ReLU MLP 128, learned position table, CLS -> LayerNorm -> linear 10."),
}


STAGES = ((1, models.STAGE1_CHANNELS, 32), (2, models.FINAL_CHANNELS, 8))  # stage, channels, grid


AUGMENTATION = ("fresh composites each epoch (train indices e*N..e*N+N-1); per-sample rotation U[-10,10] deg, "
                "scale U[0.9,1.1] and an elastic displacement U[-0.05,0.05] (normalised) on a 6x6 lattice, "
                "bicubic (training/train.py affine_augment)")


def _input():
    return {
        "name": "input", "shape": [1, 1, data.CANVAS, data.CANVAS], "layout": "NCHW",
        "colour": "gray", "scale": 1.0 / 255.0, "mean": [0.0], "std": [1.0], "resize": "stretch",
        "formula": "value = (pixel * scale - mean[c]) / std[c]; gray = cv::COLOR_BGR2GRAY of the BGR image",
    }


def _cbam_attention(graph):
    out = []
    for layer, (stage, c, s) in enumerate(STAGES):
        grid = {"rows": s, "cols": s}
        common = {"layer": layer, "group": f"Stage {stage}", "head_axis": None, "heads": 1,
                  "special_tokens": []}
        out.append(dict(common, output=f"stage{stage}_channel", kind="channel", shape=[1, c],
                        grid=None, channels=c, activation="post", semantics="probability",
                        title=f"Stage {stage} channel attention",
                        description=(f"Sigmoid weight of each of the {c} feature channels at stage "
                                     f"{stage}, from average- and max-pooled features.")))
        out.append(dict(common, output=f"stage{stage}_spatial_logits", kind="spatial",
                        shape=[1, 1, s, s], grid=grid, activation="pre", semantics="logit",
                        title=f"Stage {stage} spatial attention (logits)",
                        description=(f"Pre-sigmoid spatial attention at stage {stage}; keeps the "
                                     "ranking where the sigmoid saturates near 1.")))
        out.append(dict(common, output=f"stage{stage}_spatial", kind="spatial", shape=[1, 1, s, s],
                        grid=grid, activation="post", semantics="probability",
                        title=f"Stage {stage} spatial attention",
                        description=(f"Sigmoid gate the network multiplies its stage-{stage} "
                                     f"features by, on a {s}x{s} grid over the image.")))
    return out


def _cnn_intermediates(attention):
    out = []
    if attention:
        for stage, c, s in STAGES:
            out.append({"output": f"stage{stage}_channel_avg", "shape": [1, 1, s, s],
                        "description": (f"Mean over channels of the channel-weighted stage-{stage} "
                                        "features; first input of the spatial-attention conv.")})
            out.append({"output": f"stage{stage}_channel_max", "shape": [1, 1, s, s],
                        "description": (f"Max over channels of the channel-weighted stage-{stage} "
                                        "features; second input of the spatial-attention conv.")})
    where = " (input of CBAM stage 1)" if attention else ""
    out.append({"output": "stage1_features", "shape": [1, 32, 32, 32],
                "description": f"ReLU output of conv2 on a 32x32 grid{where}."})
    out.append({"output": "stage2_features", "shape": [1, models.WIDTHS[2], 16, 16],
                "description": "ReLU output of conv3 on a 16x16 grid."})
    out.append({"output": "final_features", "shape": [1, models.FINAL_CHANNELS, 8, 8],
                "description": ("ReLU output of conv5 on an 8x8 grid (input of CBAM stage 2, whose "
                                "output is averaged for the classifier)." if attention else
                                "ReLU output of conv5 on an 8x8 grid, averaged for the classifier.")})
    if attention:  # the CBAM step-through (docs/explainer.md)
        for stage, c, s in STAGES:
            out.append({"output": f"stage{stage}_spatial_input", "shape": [1, c, s, s],
                        "description": (f"Stage-{stage} features after the channel attention: the "
                                        "input of the spatial attention (channel mean and max are "
                                        "taken over it).")})
            out.append({"output": f"stage{stage}_refined", "shape": [1, c, s, s],
                        "description": (f"Stage-{stage} features re-weighted by the spatial "
                                        "attention (input features x sigmoid gate); the block's "
                                        "output.")})
    return out


def _vit_attention(graph):
    out = []
    for layer in range(len(graph.blocks)):
        out.append({
            "output": f"layer{layer}_attention", "kind": "token-to-token", "layer": layer,
            "group": f"Layer {layer}", "shape": [4, 65, 65], "head_axis": 0, "heads": 4,
            "query_axis": 1, "key_axis": 2, "grid": {"rows": 8, "cols": 8},
            "special_tokens": [{"name": "CLS", "index": 0}], "patch_token_offset": 1,
            "activation": "post", "semantics": "probability",
            "title": f"Layer {layer} self-attention",
            "description": (f"Softmax attention of block {layer}, per head: row q gives how much token "
                            "q reads from every token (CLS, then 8x8 patches row-major)."),
        })
    return out


def manifest(kind, names, graph):
    mid, name = NAMES[kind]
    m = {
        "format": "attentionlens-model", "format_version": FORMAT_VERSION,
        "id": mid, "name": name, "version": "1.0.0",
        "task": "classification", "modality": "image",
        "description": ARCH[kind],
        "files": {"onnx": "model.onnx", "card": "card.json", "labels": "labels.txt",
                  "samples": "samples", "parity": "parity/index.json"},
        "input": _input(),
        "prediction": {"output": "prob", "shape": [1, 10], "activation": "softmax",
                       "labels": "labels.txt"},
    }
    if kind == "vit":
        m["attention"] = _vit_attention(graph)
        m["intermediates"] = [{"output": f"layer{i}_tokens", "shape": [65, 64],
                               "description": (f"Token embeddings after block {i} (row 0 = CLS, "
                                               "rows 1..64 = patches row-major), before the final "
                                               "LayerNorm.")} for i in range(4)]
        m["rollout"] = {"layers": [a["output"] for a in m["attention"]], "head_fusion": "mean",
                        "residual_identity": 0.5, "discard_ratio": 0.0, "source_token": 0}
        m["default_map"] = "rollout"
        m["parity_subset"] = ["prob", "layer3_attention"]
    else:
        m["attention"] = _cbam_attention(graph) if kind == "cbam" else []
        m["intermediates"] = _cnn_intermediates(kind == "cbam")
        m["default_map"] = "stage2_spatial_logits" if kind == "cbam" else None
        m["parity_subset"] = ["prob"] + [a["output"] for a in m["attention"]]
        if kind == "cnn":
            m["parity_subset"].append("final_features")
    m["outputs"] = list(names)
    declared = ["prob"] + [a["output"] for a in m["attention"]] + [i["output"] for i in m["intermediates"]]
    if sorted(declared) != sorted(names):
        raise RuntimeError(f"manifest outputs {declared} do not match graph outputs {names}")
    return m


def data_recipe():
    return {
        "name": "cluttered-digits", "recipe_version": data.RECIPE_VERSION,
        "source": data.DIGITS_PNG + " (Debian opencv-doc; 5000 handwritten digits 20x20)",
        "generator": "training/data.py; algorithm in training/README.md",
        "canvas": [data.CANVAS, data.CANVAS],
        "target": "one 20x20 digit at a uniformly random position, composited by max",
        "clutter": ("4-6 random 8x8 crops (>= 12 ink pixels) of other source digits of the same "
                    "split, at random positions, composited by max, below the target"),
        "box": "tight bbox of target pixels > 64, [x0, y0, x1, y1) in canvas pixels",
        "splits_per_class": {"train": 350, "val": 50, "test": 100},
        "split_seed": "Fisher-Yates with SplitMix64(0xA11E + class)",
        "sample_seed": "SplitMix64((split_id << 32) | index), split_id train=1 val=2 test=3",
        "label": "index % 10 (balanced)",
        "sizes": dict(data.DEFAULT_SIZES),
    }


def card(kind, metrics, results, worst, baseline, n_checked):
    mid, name = NAMES[kind]
    pg = results["pointing_game"]
    att_maps = {k: v for k, v in pg["maps"].items() if ":channel-mean" not in k
                and not k.endswith("_channel_avg") and not k.endswith("_channel_max")}
    best = max((v["pointing_game"] for v in att_maps.values()), default=None)
    bars = {"test_accuracy_min": 0.97 if kind == "cbam" else 0.93 if kind == "vit" else None,
            "pointing_game_min": 0.90 if kind == "cbam" else 0.85 if kind == "vit" else None}
    bars["accuracy_pass"] = (None if bars["test_accuracy_min"] is None
                             else results["test_accuracy"] >= bars["test_accuracy_min"])
    ref = pg["maps"]["rollout"]["pointing_game"] if kind == "vit" else best
    bars["pointing_game_reference"] = "rollout" if kind == "vit" else "best spatial map" if best else None
    bars["pointing_game_pass"] = None if bars["pointing_game_min"] is None else ref >= bars["pointing_game_min"]
    return {
        "id": mid, "name": name, "card_version": 1,
        "architecture": ARCH[kind], "parameters": metrics["parameters"],
        "intended_use": ("Teaching and testing attention visualisation on a small, known task; not a "
                         "general digit recogniser."),
        "limitations": ("Trained only on 64x64 grey cluttered digits from one handwriting source; "
                        "inputs are stretched to 64x64 grey, so photos give meaningless results."),
        "data": data_recipe(),
        "training": {
            "command": metrics["command"], "seed": metrics["seed"], "epochs": metrics["epochs"],
            "batch": metrics["batch"], "optimizer": "AdamW", "lr": metrics["lr"],
            "weight_decay": metrics["weight_decay"],
            "schedule": "linear warm-up for half an epoch, then cosine to 0",
            "augmentation": AUGMENTATION if metrics.get("affine_jitter") else AUGMENTATION.split(";")[0],
            "loss": ("cross-entropy + " + str(metrics.get("gate_l1", 0.0)) +
                     " x (mean stage-1 + mean stage-2 spatial gate)") if kind == "cbam" else "cross-entropy",
            "threads": metrics["threads"], "train_seconds": metrics["train_seconds"],
            "date": metrics["date"], "torch": metrics["torch"],
            "history": metrics["history"],
        },
        "metrics": {
            "test_accuracy": results["test_accuracy"], "test_samples": results["samples"],
            "val_accuracy": round(metrics["val_accuracy"], 4),
            "test_accuracy_training_model": round(metrics["test_accuracy"], 4),
            "baseline_cnn_test_accuracy": baseline,
            "pointing_game": pg,
            "best_attention_pointing_game": best,
        },
        "quality_bars": bars,
        "export": {
            "command": f"/usr/bin/python3 training/export.py --model {kind}",
            "opset": 11, "checked_with": "OpenCV 4.6.0 cv2.dnn (Python)",
            "parity_inputs": n_checked,
            "opencv_max_abs_diff": {k: float(f"{v:.3g}") for k, v in worst.items()},
        },
        "license": "MIT (weights); digits.png from OpenCV samples (Apache-2.0/BSD)",
    }
