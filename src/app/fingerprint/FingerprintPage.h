// SPDX-License-Identifier: MIT
#pragma once

#include "ModePage.h"

#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/FingerprintClassifier.h"
#include "attentionlens/FingerprintMatch.h"
#include "attentionlens/RunControl.h"

#include <QFutureWatcher>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace al {

class AttentionModel;
class ErrorReporter;
class FingerprintAttentionTab;
class ImageView;

/// What one background job of the page delivers: an analysed print or the error that stopped it.
struct FingerprintJobResult {
    std::shared_ptr<const fp::AnalysisResult> analysis;
    QString source; ///< file name or "generated ..." label
    QString error;  ///< translated message; empty on success
    bool cancelled = false;
    /// The attention classifier's view of the first print (when its package is installed).
    std::optional<fp::FingerprintClassification> classification;
    QString classifierError;                    ///< why the classifier failed; the analysis still counts
    std::vector<fp::SingularPoint> truthPoints; ///< generated prints: the true singular points
};

/// The Fingerprint workspace: open a scan (dialog or drag & drop) or generate one, step through every stage
/// of the transparent pipeline with its explanation and the value under the cursor, show the minutiae and
/// singular points over any stage, match against a second print (side by side, paired minutiae connected,
/// score), see the attention classifier's class probabilities and attention map (Attention tab) and export
/// the ISO/IEC 19794-2 template and the JSON. Analyses and the classifier run on a worker thread.
class FingerprintPage : public ModePage {
    Q_OBJECT
public:
    explicit FingerprintPage(const ModePageContext& context, QWidget* parent = nullptr);
    ~FingerprintPage() override;

    /// Starts analysing a scan as the first print (errors go to the ErrorReporter when the job ends).
    void openFile(const QString& path);
    /// Starts analysing a scan as the second print of the Match tab.
    void openSecondFile(const QString& path);
    /// Generates a print of the class and seed with the generator and analyses it as the first print.
    void generate(fp::FingerprintClass fingerprintClass, quint64 seed);
    /// Writes the template / JSON of the first print; false (and an error report) on failure.
    bool exportTemplate(const QString& path);
    bool exportJson(const QString& path);

    bool isBusy() const;
    const fp::AnalysisResult* result() const { return m_first.get(); }
    const fp::AnalysisResult* secondResult() const { return m_second.get(); }
    const std::optional<fp::MatchResult>& match() const { return m_match; }
    /// The attention classifier's result for the first print (empty without the package or a print).
    const std::optional<fp::FingerprintClassification>& classification() const { return m_classification; }
    FingerprintAttentionTab* attentionTab() const { return m_attentionTab; }
    int currentStage() const;
    void setCurrentStage(int index);
    void setFeaturesShown(bool shown);
    ImageView* view() const { return m_view; }
    ImageView* matchView() const { return m_matchView; }
    /// The text under the view: value under the cursor.
    QString cursorText() const;

signals:
    /// A job finished (ok = an analysis arrived).
    void analysisFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildSidePanel();
    QWidget* buildStagePanel(QWidget* parent);
    QWidget* buildAnalysisTab();
    QWidget* buildMatchTab();
    void retranslate();
    void startJob(bool second, std::function<FingerprintJobResult(const RunControl&)> job);
    /// The first print's job: the analysis, then the attention classifier on the analysed 500 ppi print.
    void startFirstJob(std::function<FingerprintJobResult(const RunControl&)> analyse);
    void finishJob(bool second);
    /// Refills the stage list; `selectLast` selects the final stage (a new print), else keeps the row.
    void showStages(bool selectLast);
    void showSummary();
    void showStage();
    void updateMatch();
    void showCursorValue(const QPoint& pixel);
    void chooseFile(bool second);
    void chooseExport(bool json);

    ErrorReporter& m_errors;
    QFutureWatcher<FingerprintJobResult>* m_firstWatcher;
    QFutureWatcher<FingerprintJobResult>* m_secondWatcher;
    RunControl m_firstControl, m_secondControl;
    std::shared_ptr<const fp::AnalysisResult> m_first, m_second;
    QString m_firstSource, m_secondSource;
    std::optional<fp::MatchResult> m_match;
    std::shared_ptr<const AttentionModel> m_classifier; ///< fingerprint-class-attn, or nullptr
    std::optional<fp::FingerprintClassification> m_classification;
    FingerprintAttentionTab* m_attentionTab = nullptr;

    QPushButton* m_open = nullptr;
    QPushButton* m_generate = nullptr;
    QComboBox* m_class = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_dpi = nullptr;
    QLabel* m_dpiLabel = nullptr;
    QLabel* m_seedLabel = nullptr;
    QLabel* m_stagesLabel = nullptr;
    QListWidget* m_stages = nullptr;
    QLabel* m_explanation = nullptr;
    QCheckBox* m_showFeatures = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_exportIso = nullptr;
    QPushButton* m_exportJson = nullptr;
    QTabWidget* m_tabs = nullptr;
    ImageView* m_view = nullptr;
    QLabel* m_cursor = nullptr;
    QPushButton* m_openSecond = nullptr;
    QLabel* m_score = nullptr;
    ImageView* m_matchView = nullptr;
};

} // namespace al
