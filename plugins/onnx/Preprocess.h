// SPDX-License-Identifier: MIT
#pragma once

#include <attentionlens/ModelPackage.h>

#include <opencv2/core.hpp>

namespace al::onnx {

/// A network input made from a user image.
struct Preprocessed {
    cv::Mat blob;         ///< 4-D CV_32F [1, C, H, W]
    cv::Rect2d inputArea; ///< the area of the user's image (pixels) that the network input covers
};

/// Applies the manifest's colour order, resize policy (stretch / letterbox / centre-crop) and
/// value = (pixel * scale - mean[c]) / std[c]. Precondition: non-empty CV_8UC3 BGR image.
/// For letterbox, the network input covers more than the image (padding is 0 before normalisation);
/// for centre-crop, less. inputArea says which part, so maps can be placed back onto the image.
Preprocessed preprocess(const cv::Mat& bgr, const PackageInput& input);

} // namespace al::onnx
