// SPDX-License-Identifier: MIT
#pragma once

#include "ModePage.h"

#include "attentionlens/ModelTypes.h"
#include "attentionlens/RunControl.h"
#include "attentionlens/TextExport.h"

#include <QFutureWatcher>
#include <memory>
#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QGridLayout;
class QLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace al {

class AttentionModel;
class HeadViewWidget;
class MatrixViewWidget;
class PredictionsPanel;
class SelfAttentionView;

/// What a background run hands back to the GUI thread (errors as values, never as exceptions).
struct TextRunOutcome {
    std::optional<ModelResult> result;
    QString text;
    QString error;
    bool cancelled = false;
};

/// The Text workspace: paste or open a UTF-8 text, pick a text model, run it in the background (with
/// cancel), and explore the result: tokens coloured by the attention-pooling weights (UNK marked), top-k
/// predictions, the head view, the matrix view per layer/head, the model view (every layer x head) and the
/// pooling weights as a bar chart. Exports a self-contained HTML report, a PNG of the current view and JSON.
class TextPage : public ModePage {
    Q_OBJECT
public:
    explicit TextPage(const ModePageContext& context, QWidget* parent = nullptr);
    ~TextPage() override;

    void deactivate() override;

    /// Starts a run on the editor's text with the chosen model; false when nothing could start.
    bool run();
    void cancel();
    bool isRunning() const;
    /// Loads a UTF-8 text file into the editor; reports an error (and returns false) otherwise.
    bool openFile(const QString& path);
    /// Exports; each returns false after reporting the error. Formats by name: html, png, json.
    bool exportTo(const QString& path, const QString& format);
    const ModelResult* result() const { return m_result ? &*m_result : nullptr; }

signals:
    void runFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QLayout* buildBar();
    void connectControls();
    QWidget* buildHeadTab();
    QWidget* buildMatrixTab();
    void retranslate();
    void refreshModels();
    void refreshSamples();
    std::shared_ptr<const AttentionModel> currentModel() const;
    void setRunning(bool running);
    void finished();
    void showResult();
    void refreshTokens();
    void refreshHeadView();
    void refreshMatrix();
    void refreshModelGrid();
    void refreshPooling();
    void refreshSteps();
    void openHead(int layer, int head);
    QImage currentViewImage() const;
    void chooseAndExport(const QString& format);

    const PluginRegistry& m_registry;
    ErrorReporter& m_errors;
    QComboBox* m_model = nullptr;
    QComboBox* m_samples = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportHtml = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportJson = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notice = nullptr;
    QTextBrowser* m_tokens = nullptr;
    PredictionsPanel* m_predictions = nullptr;
    QTabWidget* m_tabs = nullptr;
    HeadViewWidget* m_headView = nullptr;
    QScrollArea* m_headScroll = nullptr;
    QComboBox* m_headLayer = nullptr;
    QWidget* m_headChecks = nullptr;
    std::vector<QCheckBox*> m_headBoxes;
    QSpinBox* m_topK = nullptr;
    QLabel* m_headHint = nullptr;
    MatrixViewWidget* m_matrix = nullptr;
    QScrollArea* m_matrixScroll = nullptr;
    QComboBox* m_matrixLayer = nullptr;
    QComboBox* m_matrixHead = nullptr;
    QLabel* m_value = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QChartView* m_pooling = nullptr;
    SelfAttentionView* m_steps = nullptr;
    QFutureWatcher<TextRunOutcome> m_watcher;
    RunControl m_control;
    bool m_running = false; // until finished() ran: the future may be done before its signal arrives
    std::optional<ModelResult> m_result;
    QString m_resultText;
    QStringList m_labels;
    std::vector<bool> m_unknown;
    std::vector<TokenAttentionLayer> m_layers;
};

} // namespace al
