#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the tiny ONNX fixtures of the `doctor` tests. Run: /usr/bin/python3 tests/data/onnx/make_fixtures.py"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def save(graph, opset, name):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], producer_name="attentionlens-tests")
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, name))


# good.onnx: batch 1, opset 11, a Softmax whose output is a graph output (an exported attention map).
w = numpy_helper.from_array(np.eye(4, dtype=np.float32) * 2.0, "w")
good = helper.make_graph(
    [helper.make_node("MatMul", ["x", "w"], ["scores"], name="qk"),
     helper.make_node("Softmax", ["scores"], ["attention"], name="attn_softmax", axis=1)],
    "good", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
    [helper.make_tensor_value_info("attention", TensorProto.FLOAT, [1, 4])], [w])
save(good, 11, "good.onnx")

# rules.onnx: breaks the OpenCV 4.6 export rules: symbolic batch, opset 17, Expand, Identity, and a Softmax
# that is not a graph output.
shape = numpy_helper.from_array(np.array([1, 4], dtype=np.int64), "shape")
rules = helper.make_graph(
    [helper.make_node("Softmax", ["x"], ["hidden_attention"], name="attn_softmax", axis=1),
     helper.make_node("Identity", ["hidden_attention"], ["copy"], name="identity"),
     helper.make_node("Expand", ["copy", "shape"], ["y"], name="cls_expand")],
    "rules", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 4])], [shape])
save(rules, 17, "rules.onnx")

# unsupported.onnx: an operator OpenCV 4.6 cannot import (Einsum), so the doctor must report an error.
unsupported = helper.make_graph(
    [helper.make_node("Einsum", ["x", "x"], ["y"], name="einsum", equation="ij,ij->ij")],
    "unsupported", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])])
save(unsupported, 12, "unsupported.onnx")
