# SPDX-License-Identifier: MIT
"""Fingerprint classifier: seed ranges, attention targets, the peak metric, the export rewrite and the
shipped package fingerprint-class-attn through cv2.dnn.

Run: /usr/bin/python3 -m unittest discover -s training/tests -p 'test_fingerprint*.py' -v
"""
import json
import os
import sys
import unittest

import cv2
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import fingerprint_data as fd  # noqa: E402
import fingerprint_models as fm  # noqa: E402
import train_fingerprint as tf  # noqa: E402

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "resources", "models", tf.MODEL_ID)


class SeedTest(unittest.TestCase):
    def test_vectorised_mix_matches_scalar(self):
        got = fd.evaluate_seeds(3, 4).reshape(3, 4)
        for s in range(3):
            for i in range(4):
                self.assertEqual(int(got[s, i]), fd.mix_seed(s, i))

    def test_splits_disjoint_from_each_other_and_from_evaluate(self):
        seeds = [set(fd.split_seeds(s)) for s in fd.FINGERS]
        for a in range(len(seeds)):
            for b in range(a + 1, len(seeds)):
                self.assertFalse(seeds[a] & seeds[b])
        self.assertTrue(fd.check_disjoint())


class MetricTest(unittest.TestCase):
    def singular(self, rows):
        s = torch.full((1, fd.MAX_SINGULAR, 3), -1.0)
        for i, r in enumerate(rows):
            s[0, i] = torch.tensor(r)
        return s

    def test_targets_sum_to_one_and_mirror(self):
        s = self.singular([(106.0, 306.0, 0.0)])
        plain = tf.attention_targets(s, torch.tensor([False]))
        mirrored = tf.attention_targets(s, torch.tensor([True]))
        self.assertAlmostEqual(float(plain.sum()), 1.0, places=5)
        r, c = divmod(int(plain.argmax()), fm.GRID)
        self.assertEqual((r, c), (24, 8))
        r, c = divmod(int(mirrored.argmax()), fm.GRID)
        self.assertEqual((r, c), (24, 23))   # x -> 399 - x
        self.assertEqual(float(tf.attention_targets(self.singular([]), torch.tensor([False])).sum()), 0.0)

    def test_peak_radius_is_inclusive(self):
        w = torch.zeros(3, fm.GRID * fm.GRID)
        w[:, 16 * fm.GRID + 16] = 1.0                      # centre (206.25, 206.25)
        s = torch.full((3, fd.MAX_SINGULAR, 3), -1.0)
        s[0, 0] = torch.tensor([206.25 + 25.0, 206.25, 0.0])
        s[1, 0] = torch.tensor([206.25, 206.25 + 25.5, 1.0])
        self.assertEqual(tf.peak_hits(w, s).tolist(), [1, 0, -1])


class ExportTest(unittest.TestCase):
    def test_rewrite_matches_training_model(self):
        torch.manual_seed(0)
        net = fm.FingerprintAttnNet().eval()
        for m in net.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-0.5, 0.5)
                m.running_var.uniform_(0.5, 2.0)
        graph = fm.FingerprintAttnExport(net).eval()
        x = torch.rand(1, 1, fd.INPUT, fd.INPUT)
        with torch.no_grad():
            logits, _, w = net(x)
            prob, _, attn, _ = graph(x)
        self.assertLess(float((torch.softmax(logits, 1) - prob).abs().max()), 1e-6)
        self.assertLess(float((w - attn.flatten(1)).abs().max()), 1e-6)


@unittest.skipUnless(os.path.exists(os.path.join(PACKAGE, "model.onnx")), "package not exported")
class PackageTest(unittest.TestCase):
    def test_parity_vectors_through_cv2_dnn(self):
        with open(os.path.join(PACKAGE, "parity", "index.json"), encoding="utf-8") as f:
            index = json.load(f)
        net = cv2.dnn.readNetFromONNX(os.path.join(PACKAGE, "model.onnx"))
        for case in index["cases"]:
            gray = cv2.imread(os.path.join(PACKAGE, "parity", case["image"]), cv2.IMREAD_GRAYSCALE)
            x = cv2.resize(gray, (fd.INPUT, fd.INPUT), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
            blob = np.fromfile(os.path.join(PACKAGE, "parity", case["input"]), "<f4")
            self.assertLess(float(np.abs(blob - x.ravel()).max()), 1e-6)
            net.setInput(x[None, None])
            names = [o["name"] for o in case["outputs"]]
            for o, got in zip(case["outputs"], net.forward(names)):
                ref = np.fromfile(os.path.join(PACKAGE, "parity", o["file"]), "<f4")
                self.assertLessEqual(float(np.abs(got.ravel() - ref).max()), index["tolerance_max_abs_diff"])

    def test_card_and_size(self):
        with open(os.path.join(PACKAGE, "card.json"), encoding="utf-8") as f:
            card = json.load(f)
        self.assertEqual(card["id"], tf.MODEL_ID)
        self.assertIn("command", card["training"])
        size = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(PACKAGE) for n in ns)
        self.assertLess(size, 500 * 1024)


if __name__ == "__main__":
    unittest.main()
