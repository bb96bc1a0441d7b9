# SPDX-License-Identifier: MIT
"""Training-time models: CBAM CNN, its attention-free baseline, and a tiny ViT.

These are ordinary PyTorch modules. export.py rebuilds each one as an OpenCV-4.6-friendly graph
with the same weights; the forward passes here also return the attention tensors so that the
export can be checked against them.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ChannelAttention(nn.Module):
    """CBAM channel attention: sigmoid(MLP(avgpool F) + MLP(maxpool F)) (Woo et al., ECCV 2018)."""

    def __init__(self, channels, reduction=8):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        avg = x.mean(dim=(2, 3))
        mx = x.amax(dim=(2, 3))
        return torch.sigmoid(self.fc2(F.relu(self.fc1(avg))) + self.fc2(F.relu(self.fc1(mx))))


class SpatialAttention(nn.Module):
    """CBAM spatial attention: sigmoid(conv7x7([mean_c F; max_c F]))."""

    def __init__(self, kernel=7):
        super().__init__()
        self.conv = nn.Conv2d(2, 1, kernel, padding=kernel // 2)

    def forward(self, x):
        pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
        return self.conv(pooled)  # logits; the caller applies the sigmoid


class CBAM(nn.Module):
    def __init__(self, channels, reduction=8):
        super().__init__()
        self.channel = ChannelAttention(channels, reduction)
        self.spatial = SpatialAttention()

    def forward(self, x):
        ca = self.channel(x)
        xc = x * ca[:, :, None, None]
        logits = self.spatial(xc)
        sa = torch.sigmoid(logits)
        return xc * sa, {"ca": ca, "xc": xc, "logits": logits, "sa": sa}


def conv_bn(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout),
                         nn.ReLU(inplace=True))


# c1..c5 output channels. Version 3 (2026-11-26) added c5 and widened c4: the 4-conv (16, 32, 64, 64)
# network fitted only 95.7% of fresh training composites (test 92.6%); the 8x8 stage now sees
# ~54 px (receptive field), enough for a whole 20 px digit wherever the grid cell falls on it.
WIDTHS = (16, 32, 64, 96, 96)
STAGE1_CHANNELS = WIDTHS[1]
FINAL_CHANNELS = WIDTHS[-1]


class DigitCNN(nn.Module):
    """64x64x1 -> conv16 -> pool -> conv32 [CBAM1 @32x32] -> pool -> conv64 -> pool -> conv96 ->
    conv96 [CBAM2 @8x8] -> global average pool -> linear 10. `attention=False` gives the baseline.

    CBAM2 sits after the last conv so that the classifier averages exactly the gated features:
    the stage-2 gate then decides what the prediction reads (with a gate placed before a
    conv+BN the gate's pattern was free and pointed at empty canvas)."""

    def __init__(self, attention=True, num_classes=10):
        super().__init__()
        self.attention = attention
        w = WIDTHS
        self.c1 = conv_bn(1, w[0])
        self.c2 = conv_bn(w[0], w[1])
        self.c3 = conv_bn(w[1], w[2])
        self.c4 = conv_bn(w[2], w[3])
        self.c5 = conv_bn(w[3], w[4])
        self.cbam1 = CBAM(w[1]) if attention else None
        self.cbam2 = CBAM(w[4]) if attention else None
        self.fc = nn.Linear(w[4], num_classes)

    def forward(self, x, return_attention=False):
        att = {}
        x = F.max_pool2d(self.c1(x), 2)          # 16 x 32 x 32
        x = self.c2(x)                           # 32 x 32 x 32
        if self.attention:
            att["stage1_in"] = x
            x, att["stage1"] = self.cbam1(x)
        x = F.max_pool2d(x, 2)                   # 32 x 16 x 16
        x = F.max_pool2d(self.c3(x), 2)          # 64 x 8 x 8
        x = self.c5(self.c4(x))                  # 96 x 8 x 8
        if self.attention:
            att["stage2_in"] = x
            x, att["stage2"] = self.cbam2(x)
        logits = self.fc(x.mean(dim=(2, 3)))
        return (logits, att) if return_attention else logits


class ViTBlock(nn.Module):
    def __init__(self, dim, heads, mlp_ratio=2):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(dim)
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.proj = nn.Linear(dim, dim)
        self.ln2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, dim * mlp_ratio)
        self.fc2 = nn.Linear(dim * mlp_ratio, dim)

    def forward(self, x):
        b, n, d = x.shape
        h = self.ln1(x)
        split = lambda t: t.reshape(b, n, self.heads, d // self.heads).transpose(1, 2)
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        attn = torch.softmax(q @ k.transpose(-1, -2) / (d // self.heads) ** 0.5, dim=-1)
        o = (attn @ v).transpose(1, 2).reshape(b, n, d)
        x = x + self.proj(o)
        x = x + self.fc2(F.relu(self.fc1(self.ln2(x))))
        return x, attn


class ConvStem(nn.Module):
    """Patch embedding of the hybrid ViT: conv3x3(16)+BN+ReLU, pool, conv3x3(32)+BN+ReLU, pool,
    conv2x2 stride 2 -> dim. Token (r, c) is the 8x8 input patch at (8r, 8c) (stride 8) with a
    6 px border of context from the 3x3 convolutions. A convolutional stem instead of one linear
    projection per patch is the fix for ViTs on small data sets (Xiao et al., "Early
    convolutions help transformers see better", NeurIPS 2021; the "hybrid" ViT of Dosovitskiy
    et al.): the linear-patch version reached 85.4% test accuracy after 40 epochs here."""

    def __init__(self, dim):
        super().__init__()
        self.c1 = conv_bn(1, 16)
        self.c2 = conv_bn(16, 32)
        self.proj = nn.Conv2d(32, dim, 2, stride=2)

    def forward(self, x):
        x = F.max_pool2d(self.c1(x), 2)
        x = F.max_pool2d(self.c2(x), 2)
        return self.proj(x)


class TinyViT(nn.Module):
    """Hybrid ViT (Dosovitskiy et al., ICLR 2021): 64x64x1 -> convolutional stem -> 8x8 grid of
    tokens (one per 8x8 patch) + CLS, dim 64, 4 pre-norm blocks with 4 heads, ReLU MLP ratio 2,
    CLS -> LayerNorm -> linear 10."""

    def __init__(self, dim=64, depth=4, heads=4, patch=8, image=64, num_classes=10, mlp_ratio=2):
        super().__init__()
        assert patch == 8, "the convolutional stem downsamples by exactly 8"
        self.patch_embed = ConvStem(dim)
        n = (image // patch) ** 2
        self.cls = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos = nn.Parameter(torch.randn(1, n + 1, dim) * 0.02)
        self.blocks = nn.ModuleList(ViTBlock(dim, heads, mlp_ratio) for _ in range(depth))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x, return_attention=False):
        t = self.patch_embed(x).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls.expand(t.shape[0], -1, -1), t], dim=1) + self.pos
        attns, outs = [], []
        for blk in self.blocks:
            x, a = blk(x)
            attns.append(a)
            outs.append(x)
        logits = self.head(self.norm(x[:, 0]))
        return (logits, {"attn": attns, "tokens": outs}) if return_attention else logits


def build(kind):
    if kind == "cbam":
        return DigitCNN(attention=True)
    if kind == "cnn":
        return DigitCNN(attention=False)
    if kind == "vit":
        return TinyViT()
    raise ValueError(f"unknown model kind {kind!r} (cbam, cnn, vit)")
