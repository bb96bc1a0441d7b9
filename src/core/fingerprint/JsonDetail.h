// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/FingerprintTypes.h"

#include <QJsonArray>
#include <array>

namespace al::fp::detail {

/// A class confusion matrix [truth][found] as nested JSON arrays (rows in FingerprintClass order).
inline QJsonArray
confusionJson(const std::array<std::array<int, kFingerprintClassCount>, kFingerprintClassCount>& confusion) {
    QJsonArray rows;
    for (const auto& row : confusion) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        rows.append(r);
    }
    return rows;
}

} // namespace al::fp::detail
