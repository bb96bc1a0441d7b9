# SPDX-License-Identifier: MIT
"""Temporal digit model: a frozen per-frame CNN (the trained digits-cbam network up to its global
average pool) + a temporal attention-pooling head over the 16 frame features.

Head: score_t = w2 . relu(W1 f_t + b1) + b2, a = softmax_t(score), pooled = sum_t a_t f_t,
logits = W pooled + b (attention pooling over time steps; Bahdanau et al., ICLR 2015 style additive
scoring, Raffel & Ellis 2015 "feed-forward attention" for sequence pooling).

Export (OpenCV 4.6 runs batch 1 only): two graphs. `FrameEncoderExport` maps one frame
[1, 1, 64, 64] (grey / 255) to its feature [1, 96] and the frame's CBAM stage-2 spatial attention;
`TemporalHeadExport` maps the stacked features [1, 1, 16, 96] to prob, logits, temporal weights and
scores.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

import models
import opencv_graph as og

FEATURE_DIM = models.FINAL_CHANNELS


@torch.no_grad()
def frame_features(net, frames, batch=256):
    """Features [N, FEATURE_DIM] of uint8 frames [N, 64, 64] through the frozen CBAM network (eval)."""
    net.eval()
    out = []
    for i in range(0, len(frames), batch):
        x = torch.from_numpy(frames[i:i + batch]).float().div_(255.0).unsqueeze(1)
        x = F.max_pool2d(net.c1(x), 2)
        x, _ = net.cbam1(net.c2(x))
        x = F.max_pool2d(net.c3(F.max_pool2d(x, 2)), 2)
        x, _ = net.cbam2(net.c5(net.c4(x)))
        out.append(x.mean(dim=(2, 3)))
    return torch.cat(out)


class TemporalHead(nn.Module):
    def __init__(self, dim=FEATURE_DIM, hidden=32, classes=10):
        super().__init__()
        self.score1 = nn.Linear(dim, hidden)
        self.score2 = nn.Linear(hidden, 1)
        self.fc = nn.Linear(dim, classes)

    def forward(self, feats):
        """feats [B, T, D] -> (logits [B, C], weights [B, T], scores [B, T])."""
        scores = self.score2(F.relu(self.score1(feats))).squeeze(-1)
        weights = torch.softmax(scores, dim=-1)
        logits = self.fc((weights.unsqueeze(1) @ feats).squeeze(1))
        return logits, weights, scores


def load_encoder(path):
    net = models.DigitCNN(attention=True)
    net.load_state_dict(torch.load(path))
    return net.eval()


class FrameEncoderExport(nn.Module):
    """One frame -> frame_features [1, FEATURE_DIM], stage2_spatial_logits / stage2_spatial [1, 1, 8, 8]."""

    def __init__(self, net):
        super().__init__()
        self.c1 = og.fold_bn(net.c1[0], net.c1[1])
        self.c2 = og.fold_bn(net.c2[0], net.c2[1])
        self.c3 = og.fold_bn(net.c3[0], net.c3[1])
        self.c4 = og.fold_bn(net.c4[0], net.c4[1])
        self.c5 = og.fold_bn(net.c5[0], net.c5[1])
        self.cbam1 = og.CBAMExport(net.cbam1, models.STAGE1_CHANNELS, 32)
        self.cbam2 = og.CBAMExport(net.cbam2, FEATURE_DIM, 8)

    @staticmethod
    def output_names():
        return ["frame_features", "stage2_spatial_logits", "stage2_spatial"]

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x)), 2)
        x = self.cbam1(F.relu(self.c2(x)))[0]
        x = F.max_pool2d(F.relu(self.c3(F.max_pool2d(x, 2))), 2)
        r = self.cbam2(F.relu(self.c5(F.relu(self.c4(x)))))
        x, (_, _, _, logits, sa) = r[0], r[1]
        return F.avg_pool2d(x, 8).reshape(-1, FEATURE_DIM), logits, sa


class TemporalHeadExport(nn.Module):
    """features [1, 1, T, D] -> prob [1, C], logits [1, C], temporal_weights [1, T], temporal_scores [1, T].
    The input is 4-D because cv2 (Python) turns a 3-D array into a multi-channel 2-D Mat."""

    def __init__(self, head, frames):
        super().__init__()
        self.head, self.t = head.eval(), frames

    @staticmethod
    def output_names():
        return ["prob", "logits", "temporal_weights", "temporal_scores"]

    def forward(self, feats):
        f = feats.reshape(-1, FEATURE_DIM)                                # [T, D]
        s = self.head.score2(F.relu(self.head.score1(f)))                 # [T, 1]
        w = torch.softmax(s, dim=0)
        logits = self.head.fc(w.transpose(0, 1) @ f)                      # [1, C]
        return torch.softmax(logits, dim=1), logits, w.reshape(-1, self.t), s.reshape(-1, self.t)
