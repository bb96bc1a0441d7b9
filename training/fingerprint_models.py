# SPDX-License-Identifier: MIT
"""The fingerprint attention classifier and its OpenCV-4.6 rewrite (fingerprint-class-attn).

A small CNN on a 128x128 grey print: conv3x3 8 + pool, conv3x3 24 + pool (32x32 grid, 12.5 print px per
cell), three dilated conv3x3 32 (dilation 2, 4, 8; Yu & Koltun, ICLR 2016) so that every cell sees
nearly the whole print. Attention pooling over the 32x32 grid (softmax attention pooling as in Ilse et
al., "Attention-based deep multiple instance learning", ICML 2018): a 1x1 conv scores every cell, the
softmax over the 1024 cells is the attention map, and the classifier reads only the attention-weighted
sum of the cells' 64-channel values. So the map is exactly what the prediction is computed from.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

GRID = 32
CLASSES = 5
VALUE_CHANNELS = 64


def conv_bn(cin, cout, dilation=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=dilation, dilation=dilation, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU())


class FingerprintAttnNet(nn.Module):
    def __init__(self, widths=(8, 24, 32, 32, 32), drop=0.1):
        super().__init__()
        w = widths
        self.c1 = conv_bn(1, w[0])
        self.c2 = conv_bn(w[0], w[1])
        self.c3 = conv_bn(w[1], w[2], 2)
        self.c4 = conv_bn(w[2], w[3], 4)
        self.c5 = conv_bn(w[3], w[4], 8)
        self.score = nn.Conv2d(w[4], 1, 1)
        self.value = nn.Conv2d(w[4], VALUE_CHANNELS, 1)
        self.drop = nn.Dropout(drop)
        self.fc = nn.Linear(VALUE_CHANNELS, CLASSES)

    def trunk(self, x):
        x = F.max_pool2d(self.c1(x), 2)
        x = F.max_pool2d(self.c2(x), 2)
        return self.c5(self.c4(self.c3(x)))

    def forward(self, x):
        """Returns (class logits [B, 5], attention scores [B, 1024], attention weights [B, 1024])."""
        h = self.trunk(x)
        scores = self.score(h).flatten(1)
        w = torch.softmax(scores, dim=1)
        v = F.relu(self.value(h)).flatten(2)                    # [B, C, 1024]
        pooled = torch.bmm(v, w.unsqueeze(2)).squeeze(2)        # [B, C]
        return self.fc(self.drop(pooled)), scores, w


def fold_bn(seq):
    conv, bn = seq[0], seq[1]
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    out = nn.Conv2d(conv.in_channels, conv.out_channels, 3, padding=conv.padding,
                    dilation=conv.dilation, bias=True)
    out.weight.data = conv.weight.data * scale[:, None, None, None]
    out.bias.data = bn.bias.data - bn.running_mean * scale
    return out


class FingerprintAttnExport(nn.Module):
    """Batch-1 graph for cv2.dnn 4.6: BN folded into the convs; the pooling is the CBAM pattern that
    imports (broadcast multiply by a [1, 1, s, s] map, then a global average pool), with the factor
    GRID*GRID folded into the final linear layer."""

    OUTPUTS = ["prob", "logits", "attention", "attention_logits"]

    def __init__(self, net):
        super().__init__()
        net = net.eval()
        self.convs = nn.ModuleList(fold_bn(c) for c in (net.c1, net.c2, net.c3, net.c4, net.c5))
        self.score, self.value = net.score, net.value
        self.fc = nn.Linear(VALUE_CHANNELS, CLASSES)
        self.fc.weight.data = net.fc.weight.data * float(GRID * GRID)
        self.fc.bias.data = net.fc.bias.data.clone()

    def output_names(self):
        return list(self.OUTPUTS)

    def forward(self, x):
        c = self.convs
        x = F.max_pool2d(F.relu(c[0](x)), 2)
        x = F.max_pool2d(F.relu(c[1](x)), 2)
        h = F.relu(c[4](F.relu(c[3](F.relu(c[2](x))))))
        scores = self.score(h)                                              # [1, 1, 32, 32]
        w = torch.softmax(scores.reshape(-1, GRID * GRID), dim=1).reshape(-1, 1, GRID, GRID)
        v = F.relu(self.value(h))
        pooled = F.avg_pool2d(v * w, GRID).reshape(-1, VALUE_CHANNELS)
        logits = self.fc(pooled)
        return torch.softmax(logits, dim=1), logits, w, scores
