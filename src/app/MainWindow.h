// SPDX-License-Identifier: MIT
#pragma once

#include "Exporter.h"
#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QTabWidget;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace al {

class ChannelChart;
class DisplayPanel;
class ErrorReporter;
class FaithfulnessPanel;
class GuidedTour;
class MainWindowTourHost;
class StepsView;
class HeadGridView;
class HistogramPanel;
class ImageSession;
class ImageView;
class InputsPanel;
class LanguageManager;
class ModeSwitcher;
class MapListPanel;
class ModelPanel;
class ParametersPanel;
class PredictionsPanel;
class RunController;
class Settings;
class StatusBarController;

/// The main window: wires the Image workspace's views (centre, docks, status bar) to the session and the
/// run controller. Owns no algorithm; every long task runs through RunController.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const PluginRegistry& registry, const PluginRegistry::Options& pluginOptions,
               Settings& settings, LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads an image (what Open… and drag & drop call). Errors go to the ErrorReporter; returns success.
    bool openFile(const QString& path);
    bool selectModel(const QString& id);
    /// Writes an export without a dialog; errors go to the ErrorReporter.
    bool exportTo(ExportKind kind, const QString& path);
    void setLanguage(const QString& language);

    ErrorReporter* errorReporter() const { return m_errors; }
    ImageSession* session() const { return m_session; }
    RunController* runController() const { return m_runner; }
    ImageView* imageView() const;
    ModelPanel* modelPanel() const { return m_modelPanel; }
    ParametersPanel* parametersPanel() const { return m_params; }
    MapListPanel* mapListPanel() const { return m_maps; }
    DisplayPanel* displayPanel() const { return m_display; }
    HistogramPanel* histogramPanel() const { return m_histogram; }
    InputsPanel* inputsPanel() const { return m_inputs; }
    PredictionsPanel* predictionsPanel() const { return m_predictions; }
    HeadGridView* headGridView() const { return m_headGrid; }
    ChannelChart* channelChart() const { return m_channelChart; }
    QTabWidget* centreTabs() const { return m_centreTabs; }
    QDockWidget* predictionsDock() const { return m_predictionsDock; }
    StatusBarController* statusBarController() const { return m_status; }
    ModeSwitcher* modeSwitcher() const { return m_modes; }
    FaithfulnessPanel* faithfulnessPanel() const { return m_faithfulness; }
    StepsView* stepsView() const { return m_steps; }
    GuidedTour* guidedTour() const { return m_tour; }
    QAction* tourAction() const { return m_tourAction; }
    QAction* runAction() const;
    QAction* cancelAction() const;
    QAction* languageAction(const QString& language) const;

public slots:
    void run();
    void cancelRun();
    void openWithDialog();
    void startGuidedTour();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupCentre();
    void setupDocks();
    QDockWidget* addDock(QWidget* panel, const QString& objectName, Qt::DockWidgetArea area);
    void setupToolBar();
    void connectSignals();
    void restoreSettings();
    void retranslate();
    void updateActions();
    void onModelChanged(const QString& id);
    void onRunSucceeded(const ModelResult& result);
    void onRunFailed(const QString& modelId, ErrorCode code, const QString& message);
    void onHover(const QPoint& viewPixel);
    void refreshView();
    void onResultChanged();
    void onCurrentMapChanged();
    void exportWithDialog(ExportKind kind);
    QString modelName(const QString& id) const;

    std::unique_ptr<Ui::MainWindow> ui;
    const PluginRegistry& m_registry;
    PluginRegistry::Options m_pluginOptions;
    Settings& m_settings;
    LanguageManager& m_language;

    ErrorReporter* m_errors = nullptr;
    ImageSession* m_session = nullptr;
    RunController* m_runner = nullptr;
    StatusBarController* m_status = nullptr;
    InputsPanel* m_inputs = nullptr;
    ModelPanel* m_modelPanel = nullptr;
    ParametersPanel* m_params = nullptr;
    MapListPanel* m_maps = nullptr;
    DisplayPanel* m_display = nullptr;
    HistogramPanel* m_histogram = nullptr;
    PredictionsPanel* m_predictions = nullptr;
    QDockWidget* m_predictionsDock = nullptr;
    HeadGridView* m_headGrid = nullptr;
    ChannelChart* m_channelChart = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    ModeSwitcher* m_modes = nullptr;
    FaithfulnessPanel* m_faithfulness = nullptr;
    StepsView* m_steps = nullptr;
    std::unique_ptr<MainWindowTourHost> m_tourHost;
    GuidedTour* m_tour = nullptr;
    QAction* m_tourAction = nullptr;
    QList<QDockWidget*> m_docks;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_languageButton = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QString m_lastHover;
    QPoint m_hoverPixel{-1, -1};
};

} // namespace al
