#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the tiny text-model package of the text tests (random weights, 1 layer, 2 heads) and the
tokenizer cases exported from training/text_data.py.

Run once: /usr/bin/python3 tests/data/text/make_text_fixture.py
The graph follows the OpenCV 4.6 rules of docs/text-models.md: float ids [1, T]; one-hot built in the graph
(ids x ones - a constant range, |.|, 1 - ., relu); PAD mask derived from ids; no Gather, no broadcasting.
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "training"))
import text_data  # noqa: E402

T, H, HD, C = 8, 2, 4, 3
D = H * HD
VOCAB = ["[PAD]", "[UNK]", "the", "cat", "sat", "on", "mat", "a", "dog", ".", "big", "red"]
V = len(VOCAB)
LABELS = ["animal", "artifact", "other"]
PACKAGE = os.path.join(HERE, "models", "tiny-text")


def tensors(rng):
    w = {
        "E": rng.normal(0, 1, (V, D)), "pos": rng.normal(0, 0.3, (T, D)),
        "Wq": rng.normal(0, 0.5, (D, D)), "Wk": rng.normal(0, 0.5, (D, D)), "Wv": rng.normal(0, 0.5, (D, D)),
        "Wo": rng.normal(0, 0.5, (D, D)), "wp": rng.normal(0, 1, (D, 1)), "Wc": rng.normal(0, 1, (D, C)),
        "bc": rng.normal(0, 0.1, (1, C)),
    }
    return {k: v.astype(np.float32) for k, v in w.items()}


def softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def reference(w, ids):
    """numpy forward pass of the graph, for the expected outputs."""
    ids = np.asarray(ids, np.float32).reshape(1, T)
    onehot = np.maximum(0, 1 - np.abs(ids.reshape(T, 1) - np.arange(V, dtype=np.float32)[None, :]))
    x = onehot @ w["E"] + w["pos"]
    mask = np.maximum(0, 1 - ids) * -1e4                                        # [1, T]
    q = (x @ w["Wq"]).reshape(T, H, HD).transpose(1, 0, 2) / np.sqrt(HD)
    k = (x @ w["Wk"]).reshape(T, H, HD).transpose(1, 2, 0)
    v = (x @ w["Wv"]).reshape(T, H, HD).transpose(1, 0, 2)
    attn = softmax(q @ k + mask[None], -1)                                      # [H, T, T]
    h = x + ((attn @ v).transpose(1, 0, 2).reshape(T, D)) @ w["Wo"]
    pool = softmax((h @ w["wp"]).reshape(1, T) + mask, 1)
    prob = softmax(pool @ h @ w["Wc"] + w["bc"], 1)
    return prob, attn.reshape(1, H, T, T), pool


def build_graph(w):
    init = [numpy_helper.from_array(v, k) for k, v in w.items()]
    const = {
        "scale_q": np.full((D, D), 1.0 / np.sqrt(HD), np.float32) * w["Wq"],
        "ones_1v": np.ones((1, V), np.float32), "range_tv": np.tile(np.arange(V, dtype=np.float32), (T, 1)),
        "ones_tv": np.ones((T, V), np.float32), "ones_1t": np.ones((1, T), np.float32),
        "neg_big": np.full((1, T), -1e4, np.float32), "ones_1ht": np.ones((1, H * T), np.float32),
        "shape_t1": np.array([T, 1], np.int64), "shape_thd": np.array([-1, H, HD], np.int64),
        "shape_htt": np.array([H, T, T], np.int64), "shape_td": np.array([-1, D], np.int64),
        "shape_1htt": np.array([1, H, T, T], np.int64), "shape_1t": np.array([1, T], np.int64),
    }
    init += [numpy_helper.from_array(v, k) for k, v in const.items()]
    n = helper.make_node
    nodes = [
        n("Reshape", ["ids", "shape_t1"], ["ids_col"]), n("MatMul", ["ids_col", "ones_1v"], ["ids_rep"]),
        n("Sub", ["ids_rep", "range_tv"], ["ids_diff"]), n("Abs", ["ids_diff"], ["ids_abs"]),
        n("Sub", ["ones_tv", "ids_abs"], ["ids_tri"]), n("Relu", ["ids_tri"], ["onehot"]),
        n("MatMul", ["onehot", "E"], ["emb"]), n("Add", ["emb", "pos"], ["x0"]),
        n("Sub", ["ones_1t", "ids"], ["pad_lin"]), n("Relu", ["pad_lin"], ["pad"]),
        n("Mul", ["pad", "neg_big"], ["mask"]), n("Reshape", ["mask", "shape_t1"], ["mask_col"]),
        # OpenCV 4.6 MatMul needs a runtime first operand: (mask^T x ones)^T repeats the mask row H*T times
        n("MatMul", ["mask_col", "ones_1ht"], ["mask_cols"]),
        n("Transpose", ["mask_cols"], ["mask_rows"], perm=[1, 0]),
        n("Reshape", ["mask_rows", "shape_htt"], ["mask_htt"]),
        n("MatMul", ["x0", "scale_q"], ["q2"]), n("Reshape", ["q2", "shape_thd"], ["q3"]),
        n("Transpose", ["q3"], ["q"], perm=[1, 0, 2]),
        n("MatMul", ["x0", "Wk"], ["k2"]), n("Reshape", ["k2", "shape_thd"], ["k3"]),
        n("Transpose", ["k3"], ["k"], perm=[1, 2, 0]),
        n("MatMul", ["x0", "Wv"], ["v2"]), n("Reshape", ["v2", "shape_thd"], ["v3"]),
        n("Transpose", ["v3"], ["v"], perm=[1, 0, 2]),
        n("MatMul", ["q", "k"], ["scores"]), n("Add", ["scores", "mask_htt"], ["scores_masked"]),
        n("Softmax", ["scores_masked"], ["attn"], axis=2),
        n("Reshape", ["attn", "shape_1htt"], ["layer0_attention"]),
        n("MatMul", ["attn", "v"], ["ctx3"]), n("Transpose", ["ctx3"], ["ctx_t"], perm=[1, 0, 2]),
        n("Reshape", ["ctx_t", "shape_td"], ["ctx"]), n("MatMul", ["ctx", "Wo"], ["proj"]),
        n("Add", ["x0", "proj"], ["h"]),
        n("MatMul", ["h", "wp"], ["pool_col"]), n("Reshape", ["pool_col", "shape_1t"], ["pool_row"]),
        n("Add", ["pool_row", "mask"], ["pool_masked"]), n("Softmax", ["pool_masked"], ["pooling_weights"], axis=1),
        n("MatMul", ["pooling_weights", "h"], ["pooled"]), n("MatMul", ["pooled", "Wc"], ["logits_raw"]),
        n("Add", ["logits_raw", "bc"], ["logits"]), n("Softmax", ["logits"], ["prob"], axis=1),
    ]
    outputs = [helper.make_tensor_value_info("prob", TensorProto.FLOAT, [1, C]),
               helper.make_tensor_value_info("layer0_attention", TensorProto.FLOAT, [1, H, T, T]),
               helper.make_tensor_value_info("pooling_weights", TensorProto.FLOAT, [1, T])]
    graph = helper.make_graph(nodes, "tiny_text", [helper.make_tensor_value_info("ids", TensorProto.FLOAT, [1, T])],
                              outputs, [i for i in init if i.name != "Wq"])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)], producer_name="attentionlens-tests")
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model


def manifest():
    att = {"output": "layer0_attention", "kind": "token-to-token", "layer": 0, "group": "Layer 0",
           "shape": [1, H, T, T], "heads": H, "head_axis": 1, "query_axis": 2, "key_axis": 3, "grid": None,
           "activation": "post", "semantics": "probability", "title": "Layer 0 self-attention",
           "description": "Softmax attention of the only block, per head."}
    pool = {"output": "pooling_weights", "kind": "temporal", "layer": 1, "group": "Pooling", "shape": [1, T],
            "heads": 1, "head_axis": None, "grid": None, "activation": "post", "semantics": "probability",
            "title": "Attention pooling", "description": "Weight of each token in the pooled sentence vector."}
    return {
        "format": "attentionlens-model", "format_version": 1, "id": "tiny-text", "name": "Tiny text fixture",
        "version": "1.0.0", "task": "classification", "modality": "text",
        "description": "Random weights; a test fixture made by tests/data/text/make_text_fixture.py.",
        "input": {"name": "ids", "shape": [1, T], "dtype": "float32", "encoding": "token-ids"},
        "text": {"tokenizer": "word", "vocab": "vocab.txt", "vocab_size": V, "lowercase": True,
                 "strip_accents": True, "max_tokens": T, "truncation": "end",
                 "special_tokens": {"pad": {"token": "[PAD]", "id": 0}, "unk": {"token": "[UNK]", "id": 1},
                                    "cls": None, "sep": None},
                 "mask": "in-graph", "pooling": "pooling_weights"},
        "prediction": {"output": "prob", "shape": [1, C], "activation": "softmax", "labels": "labels.txt"},
        "attention": [att, pool], "intermediates": [],
        "outputs": ["prob", "layer0_attention", "pooling_weights"], "default_map": "pooling_weights",
    }


def write_package(w):
    os.makedirs(PACKAGE, exist_ok=True)
    onnx.save(build_graph(w), os.path.join(PACKAGE, "model.onnx"))
    with open(os.path.join(PACKAGE, "model.json"), "w") as f:
        json.dump(manifest(), f, indent=1)
    with open(os.path.join(PACKAGE, "card.json"), "w") as f:
        json.dump({"name": "tiny-text", "note": "random weights, tests only"}, f, indent=1)
    with open(os.path.join(PACKAGE, "labels.txt"), "w") as f:
        f.write("\n".join(LABELS) + "\n")
    with open(os.path.join(PACKAGE, "vocab.txt"), "w") as f:
        f.write("\n".join(VOCAB) + "\n")
    index = {t: i for i, t in enumerate(VOCAB)}
    cases = []
    for text in ["The cat sat on the mat.", "A big red dog!", "The zebra sat on a very big red mat today ."]:
        ids = text_data.encode(text, index, T)
        prob, attn, pool = reference(w, text_data.pad(ids, T))
        cases.append({"text": text, "tokens": text_data.basic_tokens(text)[:T], "ids": ids,
                      "prob": prob.ravel().tolist(), "pooling_weights": pool.ravel().tolist(),
                      "layer0_attention": attn.ravel().tolist()})
    with open(os.path.join(HERE, "tiny_text_expected.json"), "w") as f:
        json.dump({"T": T, "heads": H, "cases": cases}, f, indent=1)


def write_tokenizer_cases():
    """Sentences through text_data.basic_tokens/encode with a small vocabulary, for tst_tokenizer."""
    vocab = ["[PAD]", "[UNK]", "don", "'", "t", "stop", "!", "3", ".", "5", "-", "inch", "cafe", "au", "lait",
             "a", "large", "cat", "(", ")", ",", "the", "naive", "resume", "猫", "是", "动", "物", "°", "c",
             "20", "dog", "emoji", "x", "y"]
    sentences = ["Don't stop!", "3.5-inch", "Café au lait", "A LARGE cat (the naïve one), 20°C",
                 "猫是动物", "dog 🐶 emoji", "  x\ty\nthe\u00a0cat\u2028dog ", "Résumé—naïve…",
                 "x\u200by", "e\u0301t\u00e9", "ǅemal Straße ΣΊΣΥΦΟΣ", "[UNK] <b>cat</b>", "", "   ",
                 "a" * 120]
    index = {t: i for i, t in enumerate(vocab)}
    cases = [{"text": s, "tokens": text_data.basic_tokens(s), "ids": text_data.encode(s, index, 1000)}
             for s in sentences]
    with open(os.path.join(HERE, "word_tokenizer_cases.json"), "w", encoding="utf-8") as f:
        json.dump({"vocab": vocab, "cases": cases}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    weights = tensors(np.random.default_rng(20261126))
    write_package(weights)
    write_tokenizer_cases()
