// SPDX-License-Identifier: MIT
#include "attentionlens/AttentionMap.h"

#include "EnumNames.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <array>
#include <cfloat>
#include <opencv2/core.hpp>
#include <utility>

namespace al {

namespace {

// The string forms are part of the JSON output and the CLI, so they never change once published.
constexpr std::array<std::pair<MapKind, const char*>, 5> kKindNames{{
    {MapKind::Spatial, "spatial"},
    {MapKind::Channel, "channel"},
    {MapKind::TokenToToken, "token-to-token"},
    {MapKind::Gate, "gate"},
    {MapKind::Temporal, "temporal"},
}};

constexpr std::array<std::pair<ValueSemantics, const char*>, 4> kSemanticsNames{{
    {ValueSemantics::Unbounded, "unbounded"},
    {ValueSemantics::NonNegative, "non-negative"},
    {ValueSemantics::Probability, "probability"},
    {ValueSemantics::Logit, "logit"},
}};

using detail::nameOf;
using detail::valueOf;

} // namespace

QString toString(MapKind kind) {
    return nameOf(kKindNames, kind);
}

std::optional<MapKind> mapKindFromString(const QString& name) {
    return valueOf(kKindNames, name);
}

QString toString(ValueSemantics semantics) {
    return nameOf(kSemanticsNames, semantics);
}

std::optional<ValueSemantics> valueSemanticsFromString(const QString& name) {
    return valueOf(kSemanticsNames, name);
}

cv::Rect2d AttentionMap::inputRegion(cv::Size inputSize) const {
    if (region.width <= 0.0 || region.height <= 0.0)
        return cv::Rect2d(0.0, 0.0, inputSize.width, inputSize.height);
    return region;
}

MapStats AttentionMap::stats(cv::Size inputSize) const {
    if (data.empty() || data.type() != CV_32FC1) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::AttentionMap",
                                                "Map '%1' has no float data (expected a non-empty "
                                                "single-channel 32-bit float matrix).")
                        .arg(name));
    }
    MapStats s;
    try {
        // NaN/Inf would poison min/max/mean; they fail the <= FLT_MAX comparison and drop out of the mask.
        cv::Mat finite;
        cv::compare(cv::abs(data), FLT_MAX, finite, cv::CMP_LE);
        const cv::Rect2d r = inputRegion(inputSize);
        if (cv::countNonZero(finite) == 0) {
            s.argmaxInput = cv::Point2d(r.x + r.width / 2.0, r.y + r.height / 2.0);
            return s;
        }
        double minVal = 0.0;
        double maxVal = 0.0;
        cv::Point maxLoc;
        cv::minMaxLoc(data, &minVal, &maxVal, nullptr, &maxLoc, finite);
        s.min = static_cast<float>(minVal);
        s.max = static_cast<float>(maxVal);
        s.mean = static_cast<float>(cv::mean(data, finite)[0]);
        // Centre of the maximal cell, scaled from the map grid onto the region it covers.
        s.argmaxInput.x = r.x + (maxLoc.x + 0.5) * r.width / data.cols;
        s.argmaxInput.y = r.y + (maxLoc.y + 0.5) * r.height / data.rows;
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("al::AttentionMap", "Could not compute statistics of map "
                                                                    "'%1': %2")
                        .arg(name, QString::fromStdString(e.what())));
    }
    return s;
}

} // namespace al
