// SPDX-License-Identifier: MIT
#pragma once

#include "KioskDemo.h"
#include "KioskRunner.h"
#include "explain/GuidedTour.h"
#include "explain/StepsView.h"

#include <QPointer>
#include <memory>
#include <opencv2/core.hpp>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace al {

class KioskImageView;
class PluginRegistry;

/// The guided tour (al::GuidedTour, the desktop's walkthrough) as a kiosk demo: where does the model look,
/// how is the map computed, what happens if we change it, on the digit models' bundled example. The demo is
/// the tour's host: a touch-sized overlay view, a row of the run's maps, the prediction, and the explainer's
/// Steps view (made on entry, released on reset: it holds the CBAM stages and the self-attention data).
/// Visitors step with big Next/Back buttons; Close or Finish ends the tour and asks for the home screen.
class TourDemo : public KioskDemo, public TourHost {
    Q_OBJECT
public:
    TourDemo(const PluginRegistry& registry, QWidget* parent = nullptr);
    ~TourDemo() override;

    /// False when a model of the tour (digits-cbam, digits-vit) or the bundled example is missing.
    bool isUsable() const;
    GuidedTour& tour() { return *m_tour; }
    int shownRuns() const { return m_shownRuns; }
    /// The Steps view while the demo is entered (nullptr after a reset).
    StepsView* stepsView() const { return m_steps; }

    QString title() const override;
    QString summary() const override;
    void enter() override;
    void reset() override;
    void attractStep() override;
    bool attractAdvance() override;

    QWidget* tourTarget(const QString& target) override;
    bool loadSample(const QString& modelId) override;
    bool selectModel(const QString& modelId) override;
    void switchTab(const QString& tab) override;
    QWidget* tourWindow() override;
    QString tourClosingText() const override;

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void startTour();
    void closeQuietly();
    void fitPanel();
    void ensureSteps();
    void onFinished(const KioskRunner::Outcome& outcome);
    void showMap(int index);
    void showPrediction();
    void retranslate();

    const PluginRegistry& m_registry;
    std::unique_ptr<GuidedTour> m_tour;
    KioskRunner m_runner;
    cv::Mat m_image; ///< the example (BGR)
    ModelResult m_result;
    std::vector<int> m_mapRows; ///< result map index of each row of the maps list
    int m_shownRuns = 0;
    QLabel* m_title = nullptr;
    QStackedWidget* m_views = nullptr;
    QWidget* m_overlayPage = nullptr;
    KioskImageView* m_view = nullptr;
    QLabel* m_prediction = nullptr;
    QListWidget* m_maps = nullptr;
    QPointer<StepsView> m_steps;
};

} // namespace al
