# SPDX-License-Identifier: MIT
"""Gloss classifiers (training form) and their OpenCV-4.6 export rewrites (batch 1, same weights).

TextAttnNet: token embedding + learned positions, 2 pre-norm Transformer blocks (Vaswani et al.,
NeurIPS 2017) with a key-padding mask, final LayerNorm, attention pooling (a learned score per token,
softmax over tokens, weighted sum; Lin et al., ICLR 2017 "structured self-attentive sentence
embedding", one hop), linear classifier.
TextBowNet: the baseline, mean of the word embeddings of the real tokens + linear classifier.

The export graphs take float ids [1, T] (docs/text-models.md) and follow the rules in docs/models.md:
the one-hot is built in the graph as relu(1 - (id - v)^2) via a Gemm with bias -v, no Gather.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from opencv_graph import LayerNormExport, linear_after_ln

MASK = -1e4  # added to the scores of PAD keys (exp underflows to exactly 0 in float32)


class Block(nn.Module):
    def __init__(self, dim, heads, mlp, drop):
        super().__init__()
        self.heads, self.hd = heads, dim // heads
        self.ln1, self.ln2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.q, self.k, self.v = nn.Linear(dim, dim), nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.proj = nn.Linear(dim, dim)
        self.fc1, self.fc2 = nn.Linear(dim, mlp), nn.Linear(mlp, dim)
        self.drop = nn.Dropout(drop)

    def forward(self, x, key_bias):
        b, t, d = x.shape
        y = self.ln1(x)
        q = self.q(y).view(b, t, self.heads, self.hd).transpose(1, 2) * self.hd ** -0.5
        k = self.k(y).view(b, t, self.heads, self.hd).transpose(1, 2)
        v = self.v(y).view(b, t, self.heads, self.hd).transpose(1, 2)
        attn = torch.softmax(q @ k.transpose(-1, -2) + key_bias[:, None, None, :], dim=-1)
        o = (self.drop(attn) @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.drop(self.proj(o))
        x = x + self.drop(self.fc2(F.relu(self.fc1(self.ln2(x)))))
        return x, attn


class TextAttnNet(nn.Module):
    def __init__(self, vocab, classes, max_tokens, dim=64, heads=4, layers=2, mlp=128, drop=0.1,
                 pool_from="states"):
        """pool_from: "states" scores each token from its final state; "embed" from its input
        embedding (word + position) alone, so a pooling weight belongs to the word at that
        position rather than to whatever the layers mixed into it (the values are still the final
        states)."""
        super().__init__()
        self.pool_from = pool_from
        if pool_from == "embed":
            self.pool_norm = nn.LayerNorm(dim)
        self.emb = nn.Embedding(vocab, dim)
        self.pos = nn.Parameter(torch.randn(max_tokens, dim) * 0.02)
        self.blocks = nn.ModuleList(Block(dim, heads, mlp, drop) for _ in range(layers))
        self.norm = nn.LayerNorm(dim)
        self.pool = nn.Linear(dim, 1)
        self.head = nn.Linear(dim, classes)
        self.drop = nn.Dropout(drop)
        nn.init.normal_(self.emb.weight, std=0.1)

    def forward(self, ids, return_pool=False):
        key_bias = (ids == 0).float() * MASK
        x0 = self.emb(ids) + self.pos
        x = self.drop(x0)
        for blk in self.blocks:
            x, _ = blk(x, key_bias)
        y = self.norm(x)
        s = self.pool(self.pool_norm(x0) if self.pool_from == "embed" else y).squeeze(-1)
        w = torch.softmax(s + key_bias, dim=-1)  # [B, T]
        logits = self.head(self.drop((w.unsqueeze(1) @ y).squeeze(1)))
        return (logits, w) if return_pool else logits


class TextBowNet(nn.Module):
    def __init__(self, vocab, classes, dim=64, drop=0.1):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.head = nn.Linear(dim, classes)
        self.drop = nn.Dropout(drop)
        nn.init.normal_(self.emb.weight, std=0.1)

    def forward(self, ids):
        real = (ids != 0).float()
        s = (self.emb(ids) * real.unsqueeze(-1)).sum(1) / real.sum(1, keepdim=True).clamp(min=1)
        return self.head(self.drop(s))


def build(kind, vocab, classes, max_tokens, drop=0.1, pool_from="states"):
    if kind == "attn":
        return TextAttnNet(vocab, classes, max_tokens, drop=drop, pool_from=pool_from)
    return TextBowNet(vocab, classes, drop=drop)


class _Embed(nn.Module):
    """float ids [1, T] -> one-hot [T, V] @ table [V, D]; and the key bias [1, T] (-1e4 at PAD)."""

    def __init__(self, table):
        super().__init__()
        vocab = table.shape[0]
        self.register_buffer("ones", torch.ones(vocab, 1), persistent=True)
        self.register_buffer("neg_ids", -torch.arange(vocab, dtype=torch.float32), persistent=True)
        self.register_buffer("table", table.clone(), persistent=True)

    def forward(self, ids):
        diff = F.linear(ids.reshape(-1, 1), self.ones, self.neg_ids)  # [T, V]: id_t - v
        onehot = F.relu(1.0 - diff * diff)
        is_pad = F.relu(1.0 - ids * ids)                                # [1, T]: 1 at id 0
        return onehot @ self.table, is_pad * MASK


class _BlockExport(nn.Module):
    def __init__(self, blk, dim, heads, tokens):
        super().__init__()
        self.dim, self.heads, self.hd, self.t = dim, heads, dim // heads, tokens
        self.ln1, self.ln2 = LayerNormExport(dim), LayerNormExport(dim)
        self.q = linear_after_ln(blk.ln1, blk.q, self.hd ** -0.5)
        self.k = linear_after_ln(blk.ln1, blk.k)
        self.v = linear_after_ln(blk.ln1, blk.v)
        self.proj = blk.proj
        self.fc1 = linear_after_ln(blk.ln2, blk.fc1)
        self.fc2 = blk.fc2
        # mask [H*T, T] = ones [H*T, 1] x key bias [1, T], written as a Gemm on the bias column
        self.register_buffer("rows", torch.ones(heads * tokens, 1), persistent=True)

    def forward(self, x, key_bias):
        h, hd, t = self.heads, self.hd, self.t
        y = self.ln1(x)
        q = self.q(y).reshape(-1, h, hd).transpose(0, 1)      # [h, t, hd]
        k = self.k(y).reshape(-1, h, hd).transpose(0, 1)      # [h, t, hd]
        v = self.v(y).reshape(-1, h, hd).transpose(0, 1)      # [h, t, hd]
        scores = q @ k.transpose(1, 2)                        # [h, t, t]
        mask = F.linear(key_bias.reshape(-1, 1), self.rows).transpose(0, 1).reshape(-1, t, t)
        attn = torch.softmax(scores + mask, dim=-1)
        o = (attn @ v).transpose(0, 1).reshape(-1, self.dim)
        x = x + self.proj(o)
        x = x + self.fc2(F.relu(self.fc1(self.ln2(x))))
        return x, (attn, scores, q, k, v)


class TextAttnExport(nn.Module):
    """Outputs (docs/text-models.md): prob, logits, pooling_weights, pooling_scores, then per layer
    attention, scores, q, k, v, tokens."""

    def __init__(self, net):
        super().__init__()
        net = net.eval()
        self.t, self.dim = net.pos.shape
        self.heads = net.blocks[0].heads
        self.embed = _Embed(net.emb.weight.data)
        self.register_buffer("pos", net.pos.data.clone(), persistent=True)
        self.blocks = nn.ModuleList(_BlockExport(b, self.dim, self.heads, self.t) for b in net.blocks)
        self.norm = LayerNormExport(self.dim)
        self.pool_from = net.pool_from
        self.pool = linear_after_ln(net.pool_norm if self.pool_from == "embed" else net.norm, net.pool)
        self.head = linear_after_ln(net.norm, net.head)

    def output_names(self):
        names = ["prob", "logits", "pooling_weights", "pooling_scores"]
        for i in range(len(self.blocks)):
            names += [f"layer{i}_{s}" for s in ("attention", "scores", "q", "k", "v", "tokens")]
        return names

    def forward(self, ids):
        h, t, d = self.heads, self.t, self.dim
        x, key_bias = self.embed(ids)
        x = x + self.pos
        x0 = x
        per_layer = []
        for blk in self.blocks:
            x, (attn, scores, q, k, v) = blk(x, key_bias)
            per_layer += [attn.reshape(-1, h, t, t), scores.reshape(-1, h, t, t),
                          q.reshape(-1, h, t, d // h), k.reshape(-1, h, t, d // h),
                          v.reshape(-1, h, t, d // h), x.reshape(-1, t, d)]
        y = self.norm(x)
        pool_scores = self.pool(self.norm(x0) if self.pool_from == "embed" else y)  # [T, 1]
        w = torch.softmax(pool_scores + key_bias.reshape(-1, 1), dim=0)
        logits = self.head(w.transpose(0, 1) @ y)                     # [1, C]
        return tuple([torch.softmax(logits, dim=1), logits, w.reshape(-1, t),
                      pool_scores.reshape(-1, t)] + per_layer)


class TextBowExport(nn.Module):
    """prob, logits: mean of the real tokens' embeddings. The mean weights are softmax(key bias):
    1/n on the n real tokens, exactly 0 on PAD (a [1, D] / [1, 1] division does not import)."""

    def __init__(self, net):
        super().__init__()
        net = net.eval()
        self.embed = _Embed(net.emb.weight.data)
        self.head = net.head

    def output_names(self):
        return ["prob", "logits"]

    def forward(self, ids):
        x, key_bias = self.embed(ids)                                 # [T, D], [1, T]
        logits = self.head(torch.softmax(key_bias, dim=1) @ x)
        return torch.softmax(logits, dim=1), logits


def rewrite(kind, net):
    return (TextAttnExport(net) if kind == "attn" else TextBowExport(net)).eval()
