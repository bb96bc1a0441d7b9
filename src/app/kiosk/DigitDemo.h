// SPDX-License-Identifier: MIT
#pragma once

#include "KioskDemo.h"
#include "KioskRunner.h"

#include <QTimer>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

class QLabel;
class QPushButton;

namespace al {

class AttentionModel;
class ClutteredDigits;
class KioskImageView;
class PluginRegistry;

/// Demo 2: the digit playground. A 64x64 cluttered-digit canvas (al::ClutteredDigits, the models' own data
/// recipe); the visitor drags the digit with a finger and the model's attention overlay and its prediction
/// follow live. Needs OpenCV's digits.png (opencv-doc); the demo is left out when it is missing.
class DigitDemo : public KioskDemo {
    Q_OBJECT
public:
    DigitDemo(const PluginRegistry& registry, const QStringList& modelIds, QWidget* parent = nullptr);
    ~DigitDemo() override;

    /// False when no digit model is loaded or digits.png is missing (then the kiosk leaves the demo out).
    bool isUsable() const;

    QString title() const override;
    QString summary() const override;
    void enter() override;
    void reset() override;
    void attractStep() override;

    /// Moves the digit so its top-left corner is at `canvasPoint` (canvas pixels, clamped to the canvas).
    void moveDigitTo(cv::Point canvasPoint);
    cv::Point digitPosition() const { return m_pos; }
    int targetLabel() const { return m_label; }
    /// The prediction shown last (empty before the first result); tests wait on shownRuns().
    QString predictionText() const;
    int shownRuns() const { return m_shownRuns; }
    KioskImageView* canvas() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void newDigit(int index);
    void selectModel(int index);
    cv::Mat compose() const;
    void runCurrent();
    void onFinished(const KioskRunner::Outcome& outcome);
    void glide();
    void retranslate();

    std::vector<std::shared_ptr<const AttentionModel>> m_models;
    std::unique_ptr<ClutteredDigits> m_digits;
    int m_sample = 0;
    int m_model = 0;
    int m_label = -1;
    int m_shownRuns = 0;
    cv::Mat m_background; ///< the clutter, target digit removed
    cv::Mat m_patch;      ///< the target digit's box
    cv::Point m_pos;
    cv::Point m_glideTarget;
    cv::Mat m_shown; ///< the canvas of the request in flight
    QTimer m_glide;
    KioskRunner m_runner;
    QLabel* m_title = nullptr;
    QLabel* m_explain = nullptr;
    QLabel* m_prediction = nullptr;
    KioskImageView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    std::vector<QPushButton*> m_modelButtons;
    QString m_predictionText;
};

} // namespace al
