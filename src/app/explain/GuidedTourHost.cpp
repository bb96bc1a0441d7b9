// SPDX-License-Identifier: MIT
#include "explain/GuidedTourHost.h"

#include "explain/NonLocalMeansView.h"
#include "explain/SelfAttentionView.h"
#include "explain/StepsView.h"

#include "ImageView.h"
#include "MainWindow.h"
#include "MapListPanel.h"
#include "ModelPanel.h"
#include "PackageLookup.h"
#include "PredictionsPanel.h"
#include "RunController.h"

#include <QDockWidget>
#include <QTabWidget>

namespace al {

MainWindowTourHost::MainWindowTourHost(MainWindow& window, StepsView& steps)
    : m_window(window), m_steps(steps) {}

QWidget* MainWindowTourHost::tourTarget(const QString& target) {
    if (target == QLatin1String("image"))
        return m_window.imageView();
    if (target == QLatin1String("maps"))
        return m_window.mapListPanel();
    if (target == QLatin1String("predictions"))
        return m_window.predictionsPanel();
    if (target == QLatin1String("steps"))
        return &m_steps;
    if (target == QLatin1String("selfattention"))
        return m_steps.selfAttentionView();
    if (target == QLatin1String("interventions"))
        return m_steps.interventionsView();
    if (target == QLatin1String("change"))
        return m_steps.changeTarget();
    if (target == QLatin1String("nonlocalmeans"))
        return m_steps.nonLocalMeansView();
    return nullptr;
}

bool MainWindowTourHost::loadSample(const QString& modelId) {
    const std::optional<ModelPackage> package = findPackageForModel(modelId);
    const QStringList samples = package ? packageSamples(*package) : QStringList();
    if (samples.isEmpty() || !m_window.openFile(samples.constFirst()))
        return false;
    return selectModel(modelId);
}

bool MainWindowTourHost::selectModel(const QString& modelId) {
    if (!m_window.selectModel(modelId))
        return false;
    // A result of another model may still be on screen: run right away so the step shows this model.
    if (m_window.session() && m_window.runAction()->isEnabled())
        m_window.run();
    return true;
}

void MainWindowTourHost::switchTab(const QString& tab) {
    QTabWidget* tabs = m_window.centreTabs();
    if (tab == QLatin1String("overlay")) {
        tabs->setCurrentIndex(0);
        return;
    }
    tabs->setCurrentWidget(&m_steps);
    m_steps.showPage(tab == QLatin1String("nonlocalmeans") ? StepsView::Page::NonLocalMeans
                                                           : StepsView::Page::Mechanism);
}

QWidget* MainWindowTourHost::tourWindow() {
    return &m_window;
}

} // namespace al
