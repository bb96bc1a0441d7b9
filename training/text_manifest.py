# SPDX-License-Identifier: MIT
"""model.json and card.json of the WordNet gloss packages. Format: docs/models.md, docs/text-models.md."""
import text_data as td

NAMES = {
    "attn": ("wordnet-gloss-attn", "WordNet gloss classifier (self-attention + attention pooling)"),
    "bow": ("wordnet-gloss-bow", "WordNet gloss classifier baseline (bag of words)"),
}
ARCH = {
    "attn": ("Word embedding 64 (one-hot x table in the graph) + learned positions (32), 2 pre-norm "
             "Transformer blocks (Vaswani et al. 2017; 4 heads of 16, ReLU MLP 128, PAD keys masked), "
             "final LayerNorm, attention pooling (Lin et al. 2017): softmax over tokens of a learned "
             "score of each token's input embedding (word + position), weights applied to the final "
             "token states; linear 15."),
    "bow": "Mean of the word embeddings (64) of the real tokens, linear 15 (no attention).",
}
HEADS, DIM = 4, 64


def _input():
    return {"name": "ids", "shape": [1, td.MAX_TOKENS], "dtype": "float32", "encoding": "token-ids"}


def _text(kind, vocab_size):
    return {
        "tokenizer": "word", "vocab": "vocab.txt", "vocab_size": vocab_size,
        "lowercase": True, "strip_accents": True, "max_tokens": td.MAX_TOKENS, "truncation": "end",
        "special_tokens": {"pad": {"token": td.PAD, "id": td.PAD_ID},
                           "unk": {"token": td.UNK, "id": td.UNK_ID}, "cls": None, "sep": None},
        "mask": "in-graph",
        "pooling": "pooling_weights" if kind == "attn" else None,
    }


def _attention(layers):
    t = td.MAX_TOKENS
    out = [{
        "output": f"layer{i}_attention", "kind": "token-to-token", "layer": i, "group": f"Layer {i}",
        "shape": [1, HEADS, t, t], "heads": HEADS, "head_axis": 1, "query_axis": 2, "key_axis": 3,
        "grid": None, "special_tokens": [], "activation": "post", "semantics": "probability",
        "title": f"Layer {i} self-attention",
        "description": (f"Softmax attention of block {i}, per head: row q gives how much token q "
                        "reads from every token (padding keys masked)."),
    } for i in range(layers)]
    out.append({
        "output": "pooling_weights", "kind": "temporal", "layer": layers, "group": "Pooling",
        "shape": [1, t], "heads": 1, "head_axis": None, "grid": None, "special_tokens": [],
        "activation": "post", "semantics": "probability", "title": "Attention pooling",
        "description": ("Weight of each token in the sentence vector the classifier reads "
                        "(softmax over the tokens of a score of the word itself; sums to 1)."),
    })
    return out


def _intermediates(layers):
    t, hd = td.MAX_TOKENS, DIM // HEADS
    out = [{"output": "logits", "shape": [1, len(td.CATEGORIES)],
            "description": "Class scores before the softmax."},
           {"output": "pooling_scores", "shape": [1, t],
            "description": ("Pooling scores (from the word + position embedding) before the "
                            "padding mask and the softmax.")}]
    for i in range(layers):
        out += [
            {"output": f"layer{i}_scores", "shape": [1, HEADS, t, t],
             "description": f"Layer {i}: Q K^T / sqrt(d) per head, before the padding mask and softmax."},
            {"output": f"layer{i}_q", "shape": [1, HEADS, t, hd],
             "description": f"Layer {i}: queries per head, already divided by sqrt(d) = 4."},
            {"output": f"layer{i}_k", "shape": [1, HEADS, t, hd],
             "description": f"Layer {i}: keys per head."},
            {"output": f"layer{i}_v", "shape": [1, HEADS, t, hd],
             "description": f"Layer {i}: values per head."},
            {"output": f"layer{i}_tokens", "shape": [1, t, DIM],
             "description": f"Token states after block {i} (residual stream, before the final LayerNorm)."},
        ]
    return out


def manifest(kind, names, vocab_size):
    mid, name = NAMES[kind]
    layers = 2 if kind == "attn" else 0
    m = {
        "format": "attentionlens-model", "format_version": 1,
        "id": mid, "name": name, "version": "1.0.0", "task": "classification", "modality": "text",
        "description": ARCH[kind],
        "files": {"onnx": "model.onnx", "card": "card.json", "labels": "labels.txt",
                  "samples": "samples", "parity": "parity/index.json"},
        "input": _input(),
        "text": _text(kind, vocab_size),
        "prediction": {"output": "prob", "shape": [1, len(td.CATEGORIES)], "activation": "softmax",
                       "labels": "labels.txt"},
        "attention": _attention(layers) if kind == "attn" else [],
        "intermediates": (_intermediates(layers) if kind == "attn" else
                          [{"output": "logits", "shape": [1, len(td.CATEGORIES)],
                            "description": "Class scores before the softmax."}]),
        "default_map": "pooling_weights" if kind == "attn" else None,
        "parity_subset": ["prob", "pooling_weights", "layer1_attention"] if kind == "attn" else ["prob"],
        "outputs": list(names),
    }
    declared = (["prob"] + [a["output"] for a in m["attention"]] +
                [i["output"] for i in m["intermediates"]])
    if sorted(declared) != sorted(names):
        raise RuntimeError(f"manifest outputs {declared} do not match graph outputs {names}")
    return m


def card(kind, metrics, worst, n_checked, cv_accuracy, n_test, baseline):
    mid, name = NAMES[kind]
    acc = metrics["test_accuracy"]
    c = {
        "id": mid, "name": name, "card_version": 1, "architecture": ARCH[kind],
        "parameters": metrics["parameters"],
        "intended_use": ("Showing multi-head self-attention and attention pooling on short English "
                         "definitions; not a general text classifier."),
        "limitations": (f"Trained only on WordNet 3.0 noun glosses (one-sentence definitions) of "
                        f"{len(td.CATEGORIES)} lexicographer categories; {td.MAX_TOKENS} tokens at "
                        "most; words outside the 8000-word vocabulary become [UNK]; other kinds of "
                        "text are classified into these categories anyway."),
        "data": td.recipe(),
        "training": {k: metrics[k] for k in ("command", "seed", "epochs", "batch", "lr",
                                             "weight_decay", "word_dropout", "threads",
                                             "train_seconds", "date", "torch", "history")},
        "metrics": {
            "test_accuracy": acc, "test_samples": n_test,
            "test_accuracy_opencv": round(cv_accuracy, 4),
            "val_accuracy": metrics["val_accuracy"],
            "test_per_class_accuracy": metrics["test_per_class_accuracy"],
            "test_unk_rate": metrics["test_unk_rate"],
            "split_sizes": metrics["split_sizes"],
        },
        "export": {
            "command": f"/usr/bin/python3 training/export_text.py --model {kind}", "opset": 11,
            "checked_with": "OpenCV 4.6.0 cv2.dnn (Python)", "parity_inputs": n_checked,
            "opencv_max_abs_diff": {k: float(f"{v:.3g}") for k, v in worst.items()},
        },
        "license": "MIT (weights); WordNet 3.0 licence (Princeton University) for the glosses",
    }
    c["training"]["optimizer"] = "AdamW (no decay on biases, norms, positions)"
    c["training"]["schedule"] = "linear warm-up for half an epoch, then cosine to 0"
    c["training"]["augmentation"] = "word dropout: each real token -> [UNK] with p = 0.1"
    if kind == "attn":
        c["metrics"]["kind_word_pointing"] = metrics["kind_word_pointing"]
        c["metrics"]["kind_word_protocol"] = (
            "hit = the token with the largest pooling weight is one of the gold category's kind "
            "words (training/text_eval.py KIND_WORDS, fixed before training); chance = expected hit "
            "rate of a uniformly random real token")
        c["metrics"]["baseline_bow_test_accuracy"] = baseline["test_accuracy"] if baseline else None
        c["quality_bars"] = {"test_accuracy_min": 0.85, "accuracy_pass": acc >= 0.85,
                             "beats_baseline": (acc > baseline["test_accuracy"]) if baseline else None}
    return c
