// SPDX-License-Identifier: MIT
#pragma once
// Models with known answers for the pipeline tests: they read the frame index from the pixels
// (VideoTestSupport) and put the attention exactly where the test expects it.

#include "VideoTestSupport.h"

#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <mutex>
#include <vector>

namespace al::test {

/// An 8 x 6 map over the frame with a single hot cell in column (index % 8), row 2; optionally slow.
class IndexModel final : public AttentionModel {
public:
    explicit IndexModel(QList<Modality> modalities = {Modality::Image}, int sleepMs = 0)
        : m_modalities(std::move(modalities)), m_sleepMs(sleepMs) {}
    QString id() const override { return QStringLiteral("test.index"); }
    QString displayName() const override { return id(); }
    QString description() const override { return id(); }
    QList<Modality> modalities() const override { return m_modalities; }
    std::vector<ParamSpec> parameters() const override { return {}; }

    ModelResult run(const ModelInput& input, const ParamValues&, const RunControl& control) const override {
        if (m_sleepMs > 0)
            QThread::msleep(m_sleepMs);
        control.throwIfCancelled();
        const int index = decodeFrameIndex(input.image);
        if (index < 0)
            throw Error(ErrorCode::BadInput, QStringLiteral("not an indexed frame"));
        {
            const std::lock_guard lock(m_mutex);
            m_runs.push_back(index);
            std::vector<int> history;
            for (const cv::Mat& frame : input.frames)
                history.push_back(decodeFrameIndex(frame));
            m_histories.push_back(history);
        }
        ModelResult result;
        AttentionMap map;
        map.name = QStringLiteral("hot");
        map.isFinal = true;
        map.data = cv::Mat::zeros(6, 8, CV_32F);
        map.data.at<float>(2, index % 8) = 1.f;
        result.maps.push_back(map);
        return result;
    }

    std::vector<int> runs() const {
        const std::lock_guard lock(m_mutex);
        return m_runs;
    }
    std::vector<std::vector<int>> histories() const {
        const std::lock_guard lock(m_mutex);
        return m_histories;
    }

private:
    QList<Modality> m_modalities;
    int m_sleepMs;
    mutable std::mutex m_mutex;
    mutable std::vector<int> m_runs;
    mutable std::vector<std::vector<int>> m_histories;
};

} // namespace al::test
