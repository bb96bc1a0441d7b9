# SPDX-License-Identifier: MIT
"""Helpers to export your own PyTorch model with its attention maps as named ONNX outputs that
OpenCV 4.6's importer (cv2.dnn / cv::dnn) accepts. See docs/models.md, "Export your own model".

Typical use:

    taps = AttentionTaps(model, {"se1_gate": model.layer1.se.gate,   # module whose OUTPUT is a map
                                 "cbam_sa": model.cbam.spatial_sigmoid})
    export_onnx(taps, torch.zeros(1, 3, 224, 224), "model.onnx")
    print(opencv_parity("model.onnx", taps, [torch.rand(1, 3, 224, 224) for _ in range(5)]))

Attention computed with functional calls (torch.softmax inside forward) cannot be hooked; replace
such blocks with `SelfAttentionCV.from_fused_qkv(...)`, which returns its attention matrix.
"""
import numpy as np
import torch
import torch.nn as nn

from opencv_graph import fold_identity_initializers


class AttentionTaps(nn.Module):
    """Wraps a batch-1 model; forward returns (prediction, *tapped module outputs) in tap order.

    Each tap is a module whose forward output is the attention tensor (e.g. the nn.Sigmoid of an
    SE or CBAM block, or a module returning (out, attn) - then `index` picks the element)."""

    def __init__(self, model, taps, index=None, prediction="prob", softmax=True):
        super().__init__()
        self.model = model
        self.tap_names = list(taps)
        self.softmax = softmax
        self.prediction = prediction
        self._store = {}
        index = index or {}
        for name, module in taps.items():
            module.register_forward_hook(self._hook(name, index.get(name)))

    def _hook(self, name, idx):
        def fn(_module, _inputs, output):
            self._store[name] = output if idx is None else output[idx]
        return fn

    def output_names(self):
        return [self.prediction] + self.tap_names

    def forward(self, x):
        self._store.clear()
        y = self.model(x)
        if self.softmax:
            y = torch.softmax(y, dim=1)
        return tuple([y] + [self._store[n] for n in self.tap_names])


def find_gates(model):
    """Names of nn.Sigmoid / nn.Softmax modules: candidates for SE, CBAM and attention-gate taps."""
    return {name: m for name, m in model.named_modules() if isinstance(m, (nn.Sigmoid, nn.Softmax))}


class SelfAttentionCV(nn.Module):
    """Batch-1 multi-head self-attention over a 2-D token matrix [N, D] in the OpenCV-friendly form:
    separate q/k/v Linear layers, reshape(-1, literal sizes), the 1/sqrt(d) scale folded into q.
    forward returns (output [N, D], attention [heads, N, N])."""

    def __init__(self, dim, heads):
        super().__init__()
        self.dim, self.heads = dim, heads
        self.q, self.k, self.v = nn.Linear(dim, dim), nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.proj = nn.Linear(dim, dim)

    @classmethod
    def from_fused_qkv(cls, qkv, proj, heads):
        """From a fused Linear(dim, 3*dim) (timm-style `qkv`) and the output projection."""
        dim = proj.in_features
        out = cls(dim, heads)
        scale = (dim // heads) ** -0.5
        w, b = qkv.weight.data, qkv.bias.data if qkv.bias is not None else torch.zeros(3 * dim)
        for i, lin in enumerate((out.q, out.k, out.v)):
            s = scale if i == 0 else 1.0
            lin.weight.data = w[i * dim:(i + 1) * dim].clone() * s
            lin.bias.data = b[i * dim:(i + 1) * dim].clone() * s
        out.proj.load_state_dict(proj.state_dict())
        return out

    @classmethod
    def from_multihead(cls, mha):
        """From nn.MultiheadAttention (batch_first or not; packed in_proj weights)."""
        dim = mha.embed_dim
        fused = nn.Linear(dim, 3 * dim)
        fused.weight.data, fused.bias.data = mha.in_proj_weight.data, mha.in_proj_bias.data
        return cls.from_fused_qkv(fused, mha.out_proj, mha.num_heads)

    def forward(self, x):
        h, hd = self.heads, self.dim // self.heads
        q = self.q(x).reshape(-1, h, hd).transpose(0, 1)
        k = self.k(x).reshape(-1, h, hd).permute(1, 2, 0)
        v = self.v(x).reshape(-1, h, hd).transpose(0, 1)
        attn = torch.softmax(q @ k, dim=-1)
        return self.proj((attn @ v).transpose(0, 1).reshape(-1, self.dim)), attn


class LayerNormCV(nn.Module):
    """LayerNorm over the last axis of a 2-D [N, D] matrix as matmuls with a constant 1/D matrix.
    Prefer folding gamma/beta into the next Linear (opencv_graph.linear_after_ln); this version
    applies them as a Gemm with diag(gamma) and bias beta (a broadcast Mul/Add by a [1, D]
    constant fails in OpenCV 4.6)."""

    def __init__(self, ln):
        super().__init__()
        d = ln.normalized_shape[-1]
        self.eps = ln.eps
        self.register_buffer("avg", torch.full((d, d), 1.0 / d), persistent=True)
        self.register_buffer("gamma", torch.diag(ln.weight.data.clone()), persistent=True)
        self.register_buffer("beta", ln.bias.data.clone(), persistent=True)

    def forward(self, x):
        xc = x - x @ self.avg
        y = xc / torch.sqrt((xc * xc) @ self.avg + self.eps)
        return nn.functional.linear(y, self.gamma, self.beta)


def export_onnx(module, example, path, names=None, opset=11):
    """torch.onnx.export at batch 1 with named outputs, then folds the Identity nodes OpenCV 4.6
    rejects. Returns the output names."""
    import onnx
    names = names or module.output_names()
    module.eval()
    with torch.no_grad():
        torch.onnx.export(module, example, path, opset_version=opset, input_names=["input"],
                          output_names=names, do_constant_folding=True)
    model = fold_identity_initializers(onnx.load(path))
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return names


def opencv_parity(path, module, inputs, names=None):
    """Max abs difference per output between torch and cv2.dnn over `inputs` (batch-1 tensors)."""
    import cv2
    names = names or module.output_names()
    net = cv2.dnn.readNetFromONNX(path)
    worst = dict.fromkeys(names, 0.0)
    for x in inputs:
        with torch.no_grad():
            ref = [t.numpy() for t in module(x)]
        net.setInput(x.numpy())
        for n, r, g in zip(names, ref, net.forward(names)):
            if g.size != r.size:
                raise RuntimeError(f"{path}: output {n}: OpenCV gives {g.shape}, torch {r.shape}")
            worst[n] = max(worst[n], float(np.abs(g.reshape(r.shape) - r).max()))
    return worst
