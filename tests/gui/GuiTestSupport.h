// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace al::test {

/// A synthetic scene: a soft gradient with a few bright blobs of different colours and a bar, so that every
/// saliency model finds structure. Deterministic.
cv::Mat makeScene(int width, int height);
/// Writes makeScene() as a PNG into `dir` and returns its path.
QString writeScene(const QString& dir, const QString& name, int width, int height);
/// Fraction of pixels whose colour differs by more than `tolerance` in any channel (images of equal size;
/// a size mismatch counts as 1.0).
double differingFraction(const QImage& a, const QImage& b, int tolerance = 2);
/// True when `text` contains at least one CJK Unified Ideograph.
bool containsCjk(const QString& text);

} // namespace al::test
