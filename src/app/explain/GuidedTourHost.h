// SPDX-License-Identifier: MIT
#pragma once

#include "explain/GuidedTour.h"

namespace al {

class MainWindow;
class StepsView;

/// The desktop main window as the guided tour's host.
class MainWindowTourHost final : public TourHost {
public:
    MainWindowTourHost(MainWindow& window, StepsView& steps);

    QWidget* tourTarget(const QString& target) override;
    bool loadSample(const QString& modelId) override;
    bool selectModel(const QString& modelId) override;
    void switchTab(const QString& tab) override;
    QWidget* tourWindow() override;

private:
    MainWindow& m_window;
    StepsView& m_steps;
};

} // namespace al
