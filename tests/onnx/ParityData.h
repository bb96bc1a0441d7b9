// SPDX-License-Identifier: MIT
#pragma once
// Reading the parity vectors that training/ writes next to every shipped ONNX (parity/index.json plus raw
// little-endian float32 .bin files), shared by the parity tests of every package kind.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <opencv2/core.hpp>
#include <vector>

namespace al::test {

/// The JSON object in `path`, or an empty object when it cannot be read.
inline QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// A float32 blob of `shape`; empty when the file is missing or its size does not match the shape.
inline cv::Mat readBlob(const QString& path, const QJsonArray& shape) {
    std::vector<int> dims;
    for (const QJsonValue& v : shape)
        dims.push_back(v.toInt());
    cv::Mat m(int(dims.size()), dims.data(), CV_32F);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() != qint64(m.total() * sizeof(float)))
        return {};
    f.read(reinterpret_cast<char*>(m.data), f.size());
    return m;
}

/// Largest absolute difference of two float blobs with the same number of elements (any shapes).
inline double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    const cv::Mat fa(1, int(a.total()), CV_32F, a.data), fb(1, int(b.total()), CV_32F, b.data);
    return cv::norm(fa, fb, cv::NORM_INF);
}

} // namespace al::test
