# SPDX-License-Identifier: MIT
"""OpenCV-4.6-compatible rewrites of the trained models (batch 1, same weights).

Each rewrite is an nn.Module whose forward returns a tuple of tensors, named by OUTPUTS, so that
torch.onnx.export gives them as named graph outputs. The rules these graphs follow (measured
against cv2.dnn 4.6) are listed in docs/models.md ("Export rules").
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

import models

EPS_LN = 1e-5


def fold_bn(conv, bn):
    """Conv2d(bias=False) + BatchNorm2d (eval) -> one Conv2d with bias."""
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    out = nn.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride,
                    conv.padding, bias=True)
    out.weight.data = conv.weight.data * scale[:, None, None, None]
    out.bias.data = bn.bias.data - bn.running_mean * scale
    return out


def linear_after_ln(ln, lin, out_scale=1.0):
    """Folds LayerNorm's gamma/beta (and an optional output scale) into the next Linear."""
    out = nn.Linear(lin.in_features, lin.out_features)
    out.weight.data = lin.weight.data * ln.weight.data[None, :] * out_scale
    out.bias.data = (lin.bias.data + lin.weight.data @ ln.bias.data) * out_scale
    return out


class CBAMExport(nn.Module):
    """CBAM block for batch 1; returns refined features and its named tensors."""

    def __init__(self, cbam, channels, size):
        super().__init__()
        self.c, self.size = channels, size
        self.fc1, self.fc2 = cbam.channel.fc1, cbam.channel.fc2
        self.conv = cbam.spatial.conv
        # channel mean as a constant 1x1 convolution
        self.register_buffer("mean_w", torch.full((1, channels, 1, 1), 1.0 / channels), persistent=True)

    def forward(self, x, override=None):
        """override = (map, mix), both [1, 1, s, s]: the gate used is sa + mix * (map - sa), so
        mix = 0 keeps the model's own attention exactly and mix = 1 replaces it by map (the
        intervention graph; see docs/explainer.md "Interventions")."""
        c, s = self.c, self.size
        avg = F.avg_pool2d(x, s).reshape(-1, c)
        mx = F.max_pool2d(x, s).reshape(-1, c)
        ca = torch.sigmoid(self.fc2(F.relu(self.fc1(avg))) + self.fc2(F.relu(self.fc1(mx))))
        xc = x * ca.reshape(-1, c, 1, 1)
        cavg = F.conv2d(xc, self.mean_w)
        # channel max: channels moved into a spatial axis, then a (C x 1) max pool
        cmax = F.max_pool2d(xc.reshape(-1, 1, c, s * s), (c, 1)).reshape(-1, 1, s, s)
        logits = self.conv(torch.cat([cavg, cmax], dim=1))
        sa = torch.sigmoid(logits)
        used = sa if override is None else sa + override[1] * (override[0] - sa)
        refined = xc * used
        return refined, (ca, cavg, cmax, logits, sa), (xc, refined, used)


class CNNExport(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.attention = net.attention
        self.c1 = fold_bn(net.c1[0], net.c1[1])
        self.c2 = fold_bn(net.c2[0], net.c2[1])
        self.c3 = fold_bn(net.c3[0], net.c3[1])
        self.c4 = fold_bn(net.c4[0], net.c4[1])
        self.c5 = fold_bn(net.c5[0], net.c5[1])
        self.fc = net.fc
        if self.attention:
            self.cbam1 = CBAMExport(net.cbam1, models.STAGE1_CHANNELS, 32)
            self.cbam2 = CBAMExport(net.cbam2, models.FINAL_CHANNELS, 8)

    def output_names(self):
        names = ["prob"]
        if self.attention:
            for s in (1, 2):
                names += [f"stage{s}_channel", f"stage{s}_channel_avg", f"stage{s}_channel_max",
                          f"stage{s}_spatial_logits", f"stage{s}_spatial"]
        names += ["stage1_features", "stage2_features", "final_features"]
        if self.attention:  # step-through tensors (docs/explainer.md "CBAM step-through")
            for s in (1, 2):
                names += [f"stage{s}_spatial_input", f"stage{s}_refined"]
        return names

    def trunk(self, x, overrides=(None, None)):
        """Shared by the package graph and the intervention graph: (logits, named tensors)."""
        extra, steps, used = [], [], []
        x = F.max_pool2d(F.relu(self.c1(x)), 2)
        f1 = F.relu(self.c2(x))
        x = f1
        if self.attention:
            x, t, st = self.cbam1(x, overrides[0])
            extra += list(t)
            steps += list(st[:2])
            used.append(st[2])
        x = F.max_pool2d(x, 2)
        f2 = F.relu(self.c3(x))
        f3 = F.relu(self.c5(F.relu(self.c4(F.max_pool2d(f2, 2)))))
        x = f3
        if self.attention:
            x, t, st = self.cbam2(x, overrides[1])
            extra += list(t)
            steps += list(st[:2])
            used.append(st[2])
        logits = self.fc(F.avg_pool2d(x, 8).reshape(-1, models.FINAL_CHANNELS))
        return logits, {"extra": extra, "features": [f1, f2, f3], "steps": steps, "used": used}

    def forward(self, x):
        logits, t = self.trunk(x)
        return tuple([torch.softmax(logits, dim=1)] + t["extra"] + t["features"] + t["steps"])


class CNNInterveneExport(nn.Module):
    """The CBAM network with each stage's spatial attention as an extra input (map + mix, see
    CBAMExport.forward): inputs input, stage1_map, stage1_mix, stage2_map, stage2_mix."""

    INPUTS = ["input", "stage1_map", "stage1_mix", "stage2_map", "stage2_mix"]
    GRIDS = (32, 8)

    def __init__(self, cnn_export):
        super().__init__()
        self.net = cnn_export

    def output_names(self):
        names = ["prob", "logits"]
        for s in (1, 2):
            names += [f"stage{s}_spatial_logits", f"stage{s}_spatial", f"stage{s}_spatial_used"]
        return names

    def forward(self, x, m1, w1, m2, w2):
        logits, t = self.net.trunk(x, ((m1, w1), (m2, w2)))
        e, u = t["extra"], t["used"]
        return (torch.softmax(logits, dim=1), logits, e[3], e[4], u[0], e[8], e[9], u[1])


class StemExport(nn.Module):
    """models.ConvStem with its batch norms folded: [1, 1, 64, 64] -> [1, dim, 8, 8]."""

    def __init__(self, stem):
        super().__init__()
        self.c1 = fold_bn(stem.c1[0], stem.c1[1])
        self.c2 = fold_bn(stem.c2[0], stem.c2[1])
        self.proj = stem.proj

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x)), 2)
        x = F.max_pool2d(F.relu(self.c2(x)), 2)
        return self.proj(x)


class LayerNormExport(nn.Module):
    """LayerNorm without gamma/beta (folded into the next Linear) as matmuls with a 1/D matrix."""

    def __init__(self, dim):
        super().__init__()
        self.register_buffer("avg", torch.full((dim, dim), 1.0 / dim), persistent=True)

    def forward(self, x):
        xc = x - x @ self.avg
        return xc / torch.sqrt((xc * xc) @ self.avg + EPS_LN)


class BlockExport(nn.Module):
    def __init__(self, blk, dim, heads):
        super().__init__()
        self.dim, self.heads, self.hd = dim, heads, dim // heads
        self.ln1, self.ln2 = LayerNormExport(dim), LayerNormExport(dim)
        self.q = linear_after_ln(blk.ln1, blk.q, self.hd ** -0.5)  # 1/sqrt(d) folded into Q
        self.k = linear_after_ln(blk.ln1, blk.k)
        self.v = linear_after_ln(blk.ln1, blk.v)
        self.proj = blk.proj
        self.fc1 = linear_after_ln(blk.ln2, blk.fc1)
        self.fc2 = blk.fc2

    def forward(self, x):
        h, hd = self.heads, self.hd
        y = self.ln1(x)
        q = self.q(y).reshape(-1, h, hd).transpose(0, 1)        # [h, n, hd]
        k = self.k(y).reshape(-1, h, hd).permute(1, 2, 0)       # [h, hd, n]
        v = self.v(y).reshape(-1, h, hd).transpose(0, 1)        # [h, n, hd]
        attn = torch.softmax(q @ k, dim=-1)                     # [h, n, n]
        o = (attn @ v).transpose(0, 1).reshape(-1, self.dim)    # [n, dim]
        x = x + self.proj(o)
        x = x + self.fc2(F.relu(self.fc1(self.ln2(x))))
        return x, attn


class ViTExport(nn.Module):
    """Tokens are kept as a 2-D [65, 64] matrix (batch 1). CLS is inserted by a constant 0/1
    matrix and its embedding is folded into row 0 of the position table."""

    def __init__(self, vit):
        super().__init__()
        dim = vit.pos.shape[-1]
        n = vit.pos.shape[1] - 1
        self.dim, self.n = dim, n
        self.patch_embed = StemExport(vit.patch_embed)
        place = torch.zeros(n, n + 1)
        place[:, 1:] = torch.eye(n)
        self.register_buffer("place", place, persistent=True)           # [64, 65]
        pos = vit.pos.data[0].clone()
        pos[0] += vit.cls.data[0, 0]
        self.register_buffer("pos", pos, persistent=True)               # [65, 64]
        heads = vit.blocks[0].heads
        self.blocks = nn.ModuleList(BlockExport(b, dim, heads) for b in vit.blocks)
        self.norm = LayerNormExport(dim)
        self.head = linear_after_ln(vit.norm, vit.head)

    def output_names(self):
        names = ["prob"]
        names += [f"layer{i}_attention" for i in range(len(self.blocks))]
        names += [f"layer{i}_tokens" for i in range(len(self.blocks))]
        return names

    def forward(self, x):
        t = self.patch_embed(x).reshape(-1, self.n)          # [dim, 64]
        x = (t @ self.place).transpose(0, 1) + self.pos      # [65, dim]
        attns, outs = [], []
        for blk in self.blocks:
            x, a = blk(x)
            attns.append(a)
            outs.append(x)
        logits = self.head(self.norm(x[0:1]))
        return tuple([torch.softmax(logits, dim=1)] + attns + outs)


def rewrite(kind, net):
    net = net.eval()
    return (ViTExport(net) if kind == "vit" else CNNExport(net)).eval()


def fold_identity_initializers(model):
    """torch.onnx deduplicates equal constants and re-exposes them through Identity nodes, which
    OpenCV 4.6 cannot import; rewire every consumer to the initializer itself."""
    inits = {i.name for i in model.graph.initializer}
    alias = {}
    keep = []
    for node in model.graph.node:
        if node.op_type == "Identity" and node.input[0] in inits:
            alias[node.output[0]] = node.input[0]
        else:
            keep.append(node)
    for node in keep:
        for i, name in enumerate(node.input):
            if name in alias:
                node.input[i] = alias[name]
    del model.graph.node[:]
    model.graph.node.extend(keep)
    return model
