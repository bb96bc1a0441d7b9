// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/FingerprintClassifier.h"

#include <QWidget>
#include <array>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace al {

class ImageView;

/// The Attention tab of the Fingerprint workspace: the learned classifier's class probabilities (large bars)
/// and its attention map over the print (toggle), with the true (generated prints) and detected singular
/// points and the attention peak drawn, so the user sees whether the attention lands on them.
class FingerprintAttentionTab : public QWidget {
    Q_OBJECT
public:
    explicit FingerprintAttentionTab(QWidget* parent = nullptr);

    /// Whether the classifier package is installed (else the tab says how to get it).
    void setModelAvailable(bool available);
    /// Shows a print and what the classifier made of it. `truth` is empty for scans; `error` is the
    /// classifier's message when it failed (the analysis itself succeeded).
    void showPrint(const cv::Mat& gray, const std::optional<fp::FingerprintClassification>& result,
                   const std::vector<fp::SingularPoint>& detected,
                   const std::vector<fp::SingularPoint>& truth, const QString& error);
    void setOverlayShown(bool shown);
    bool overlayShown() const;
    ImageView* view() const { return m_view; }
    /// The verdict line under the bars (tests read it).
    QString verdictText() const;
    /// The text of the probability bar of a class (tests read it).
    QString barText(fp::FingerprintClass c) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void updateTexts();

    bool m_available = false;
    cv::Mat m_gray;
    std::optional<fp::FingerprintClassification> m_result;
    std::vector<fp::SingularPoint> m_detected, m_truth;
    QString m_error;

    QLabel* m_title = nullptr;
    std::array<QLabel*, fp::kFingerprintClassCount> m_names{};
    std::array<QProgressBar*, fp::kFingerprintClassCount> m_bars{};
    QLabel* m_verdict = nullptr;
    QLabel* m_legend = nullptr;
    QCheckBox* m_overlay = nullptr;
    QCheckBox* m_points = nullptr;
    ImageView* m_view = nullptr;
};

} // namespace al
