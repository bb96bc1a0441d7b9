# SPDX-License-Identifier: MIT
"""model.json and card.json of digits-temporal (a video / sequence package, docs/sequence-models.md)."""
import data
import temporal_data as tdata
import temporal_models as tmod

ID, NAME = "digits-temporal", "Digit sequences: temporal attention over 16 frames"
ARCH = ("Frozen per-frame encoder = the digits-cbam CNN up to its global average pool (64-D feature "
        "per 64x64 grey frame, with its CBAM stage-2 spatial attention; Woo et al. 2018); temporal "
        "head: score_t = w2 . relu(W1 f_t + b1) + b2 (32 hidden), softmax over the 16 frames, "
        "weighted sum of the features, linear 10.")


def manifest():
    t, d = tdata.FRAMES, tmod.FEATURE_DIM
    common = {"heads": 1, "head_axis": None, "special_tokens": []}
    return {
        "format": "attentionlens-model", "format_version": 1,
        "id": ID, "name": NAME, "version": "1.0.0", "task": "classification", "modality": "video",
        "description": ARCH,
        "files": {"onnx": "model.onnx", "card": "card.json", "labels": "labels.txt",
                  "samples": "samples", "parity": "parity/index.json"},
        "input": {"name": "input", "shape": [1, 1, data.CANVAS, data.CANVAS], "layout": "NCHW",
                  "colour": "gray", "scale": 1.0 / 255.0, "mean": [0.0], "std": [1.0],
                  "resize": "stretch",
                  "formula": ("per frame: value = (pixel * scale - mean[c]) / std[c]; gray = "
                              "cv::COLOR_BGR2GRAY of the BGR frame")},
        "sequence": {
            "frames": t,
            "frame_sampling": ("16 frames: a clip of exactly 16 frames is used as is; a longer clip "
                               "is sampled at frame round(i * (n - 1) / 15), i = 0..15; a shorter "
                               "clip is an error"),
            "frame_graph": "model.onnx", "frame_input": "input",
            "frame_outputs": tmod.FrameEncoderExport.output_names(),
            "frame_feature": "frame_features", "feature_dim": d,
            "head_graph": "head.onnx", "head_input": "features", "head_input_shape": [1, 1, t, d],
            "head_outputs": tmod.TemporalHeadExport.output_names(),
            "temporal_weights": "temporal_weights",
        },
        "prediction": {"output": "prob", "shape": [1, 10], "activation": "softmax", "labels": "labels.txt"},
        "attention": [
            dict(common, output="temporal_weights", kind="temporal", layer=1, group="Temporal",
                 shape=[1, t], grid=None, activation="post", semantics="probability",
                 title="Temporal attention",
                 description="Weight of each of the 16 frames in the clip vector the classifier reads (sums to 1)."),
            dict(common, output="temporal_scores", kind="temporal", layer=1, group="Temporal",
                 shape=[1, t], grid=None, activation="pre", semantics="logit",
                 title="Temporal attention (scores)",
                 description="Per-frame scores before the softmax over frames."),
            dict(common, output="stage2_spatial_logits", kind="spatial", layer=0, group="Per frame",
                 shape=[1, 1, 8, 8], grid={"rows": 8, "cols": 8}, activation="pre", semantics="logit",
                 title="Frame spatial attention (logits)",
                 description="Per frame: pre-sigmoid CBAM stage-2 spatial attention of the frame encoder."),
            dict(common, output="stage2_spatial", kind="spatial", layer=0, group="Per frame",
                 shape=[1, 1, 8, 8], grid={"rows": 8, "cols": 8}, activation="post",
                 semantics="probability", title="Frame spatial attention",
                 description="Per frame: the CBAM stage-2 sigmoid gate on an 8x8 grid over the frame."),
        ],
        "intermediates": [
            {"output": "frame_features", "shape": [1, d],
             "description": "Per frame: the encoder's 64-D feature (global average of the gated features)."},
            {"output": "logits", "shape": [1, 10], "description": "Class scores before the softmax."},
        ],
        "default_map": "temporal_weights",
        "outputs": tmod.FrameEncoderExport.output_names() + tmod.TemporalHeadExport.output_names(),
    }


def card(metrics, worst, n_checked):
    te = metrics["test"]
    return {
        "id": ID, "name": NAME, "card_version": 1, "architecture": ARCH,
        "parameters": {"head": metrics["head_parameters"], "encoder": "digits-cbam (frozen)"},
        "intended_use": "Showing temporal attention pooling on short synthetic clips.",
        "limitations": ("Trained on 16-frame 64x64 grey cluttered-digit clips only; the encoder is "
                        "frozen (trained on single cluttered digits); real videos give meaningless "
                        "predictions, though the temporal weights still show which frames it reads."),
        "data": tdata.recipe(),
        "training": {k: metrics[k] for k in ("command", "seed", "epochs", "lr", "weight_decay", "batch",
                                             "threads", "encoder", "feature_seconds", "train_seconds",
                                             "date", "torch")},
        "metrics": {
            "test_accuracy": te["accuracy"], "test_samples": te["samples"],
            "val_accuracy": metrics["val"]["accuracy"],
            "top_frame_holds_digit": te["top_frame_holds_digit"],
            "digit_frame_weight_mass": te["digit_frame_weight_mass"],
            "chance_top_frame": te["chance_top_frame"],
            "test_accuracy_mean_pooling": metrics["test_accuracy_mean_pooling"],
            "protocol": ("top_frame_holds_digit = share of test clips whose largest temporal weight "
                         "falls on a frame that shows the digit; chance = share of digit frames"),
        },
        "quality_bars": {"top_frame_holds_digit_min": 0.90,
                         "top_frame_pass": te["top_frame_holds_digit"] >= 0.90},
        "export": {"command": "/usr/bin/python3 training/export_temporal.py", "opset": 11,
                   "graphs": {"model.onnx": "frame encoder, run once per frame",
                              "head.onnx": "temporal head, run once per clip"},
                   "checked_with": "OpenCV 4.6.0 cv2.dnn (Python)", "parity_sequences": n_checked,
                   "opencv_max_abs_diff": {k: float(f"{v:.3g}") for k, v in worst.items()}},
        "license": "MIT (weights); digits.png from OpenCV samples (Apache-2.0/BSD)",
    }
