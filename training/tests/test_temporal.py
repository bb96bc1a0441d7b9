# SPDX-License-Identifier: MIT
"""Digit sequences, the temporal head's export rewrite, and digits-temporal through cv2.dnn.

Run: /usr/bin/python3 -m unittest discover -s training/tests -p 'test_temporal*.py' -v
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
import temporal_data as tdata  # noqa: E402
import temporal_models as tmod  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
PKG = os.path.join(REPO, "resources", "models", "digits-temporal")


class SequenceTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ds = tdata.DigitSequences("test", size=20)

    def test_sample_is_a_pure_function_of_the_index(self):
        a, b = self.ds.sample(7), self.ds.sample(7)
        np.testing.assert_array_equal(a[0], b[0])
        self.assertEqual(a[1], 7 % 10)

    def test_digit_frames_are_a_short_contiguous_run_with_boxes(self):
        for i in range(20):
            frames, label, has, boxes = self.ds.sample(i)
            idx = np.nonzero(has)[0]
            self.assertTrue(2 <= len(idx) <= 4)
            self.assertEqual(idx[-1] - idx[0] + 1, len(idx))
            self.assertTrue((boxes[~has] == -1).all())
            for f in idx:
                x0, y0, x1, y1 = boxes[f]
                self.assertTrue(0 <= x0 < x1 <= 64 and 0 <= y0 < y1 <= 64)
                # the digit brings ink that clutter frames of the same clip do not have in that box
                self.assertGreater(int((frames[f, y0:y1, x0:x1] > 64).sum()), 20)


class HeadRewriteTest(unittest.TestCase):
    def test_export_head_matches_training_head(self):
        torch.manual_seed(0)
        head = tmod.TemporalHead().eval()
        feats = torch.rand(1, tdata.FRAMES, tmod.FEATURE_DIM)
        flat = feats[None]
        with torch.no_grad():
            logits, w, s = head(feats)
            out = tmod.TemporalHeadExport(head, tdata.FRAMES)(flat)
        self.assertLess(float((out[1] - logits).abs().max()), 1e-5)
        self.assertLess(float((out[2] - w).abs().max()), 1e-6)
        self.assertAlmostEqual(float(out[2].sum()), 1.0, places=5)


@unittest.skipUnless(os.path.isdir(PKG), "digits-temporal not exported")
class PackageTest(unittest.TestCase):
    def test_both_graphs_match_the_parity_vectors(self):
        with open(os.path.join(PKG, "parity", "index.json")) as f:
            index = json.load(f)
        enc = cv2.dnn.readNetFromONNX(os.path.join(PKG, "model.onnx"))
        head = cv2.dnn.readNetFromONNX(os.path.join(PKG, "head.onnx"))
        tol = index["tolerance_max_abs_diff"]
        enc_names = tmod.FrameEncoderExport.output_names()
        for case in index["cases"]:
            load = lambda name, shape: np.fromfile(os.path.join(PKG, "parity", name), "<f4").reshape(shape)
            strip = cv2.imread(os.path.join(PKG, "parity", case["strip"]), cv2.IMREAD_GRAYSCALE)
            frames = strip.reshape(64, 16, 64).transpose(1, 0, 2)[:, None].astype(np.float32) / 255.0
            per = {n: [] for n in enc_names}
            for fr in frames:
                enc.setInput(fr[None], index["frame_input_name"])
                for n, o in zip(enc_names, enc.forward(enc_names)):
                    per[n].append(o[0])
            feats = np.stack(per["frame_features"])[None, None]
            np.testing.assert_allclose(feats, load(case["features"], case["features_shape"]), atol=tol)
            head.setInput(feats.astype(np.float32), index["head_input_name"])
            names = [o["name"] for o in case["outputs"] if o["graph"] == "head.onnx"]
            got = dict(zip(names, head.forward(names)))
            for o in case["outputs"]:
                ref = load(o["file"], o["shape"])
                value = got[o["name"]] if o["graph"] == "head.onnx" else np.stack(per[o["name"]])
                np.testing.assert_allclose(value.reshape(ref.shape), ref, atol=tol, err_msg=o["name"])

    def test_card_meets_the_frame_bar(self):
        with open(os.path.join(PKG, "card.json")) as f:
            m = json.load(f)["metrics"]
        self.assertGreaterEqual(m["top_frame_holds_digit"], 0.90)
        self.assertGreater(m["top_frame_holds_digit"], 2 * m["chance_top_frame"])


if __name__ == "__main__":
    unittest.main()
