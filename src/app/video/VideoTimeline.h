// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/VideoAnalysis.h"

#include <QChartView>
#include <vector>

class QLineSeries;
class QValueAxis;
class QTimer;

namespace al {

/// The Qt Charts timeline of the Video workspace: per analysed frame the peak (relative to the highest
/// peak), the normalised entropy and the temporal attention weight (relative to the highest weight), plus
/// a marker at the current frame. A click anywhere on the plot asks to seek there (frameClicked).
class VideoTimeline : public QChartView {
    Q_OBJECT
public:
    explicit VideoTimeline(QWidget* parent = nullptr);

    void setFrameCount(int frames);
    void clearStats();
    /// Appends one analysed frame (the chart refreshes at most ten times a second).
    void addStats(const FrameStats& stats);
    const std::vector<FrameStats>& stats() const { return m_stats; }
    void setScore(FrameScore score);
    void setTemperature(double temperature);
    void setCurrentFrame(int frame);
    /// The temporal attention weights of the analysed frames (same order as stats()).
    std::vector<double> attention() const;
    /// Redraws now instead of at the next throttled refresh.
    void refresh();
    /// Where frame `frame` is drawn, in viewport pixels (tests click there).
    QPoint viewPointForFrame(int frame) const;

signals:
    void frameClicked(int frame);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::vector<FrameStats> m_stats;
    std::vector<double> m_attention;
    FrameScore m_score = FrameScore::Focus;
    double m_temperature = 0.1;
    int m_frames = 1;
    QLineSeries* m_peak = nullptr;
    QLineSeries* m_entropy = nullptr;
    QLineSeries* m_weights = nullptr;
    QLineSeries* m_cursor = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QTimer* m_refresh = nullptr;
};

} // namespace al
