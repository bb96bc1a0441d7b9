// SPDX-License-Identifier: MIT
#pragma once

#include "ModePage.h"

#include "attentionlens/Heatmap.h"
#include "attentionlens/VideoAnalysis.h"

#include <QFutureWatcher>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace al {

class ImageView;
class ParametersPanel;
class VideoPlayer;
class VideoTimeline;

/// What the Video workspace can export.
enum class VideoExportKind { Overlay, Json, Csv };

/// The Video workspace: open a video (dialog or drag & drop), play / pause / step / seek at a chosen speed
/// with the attention of an image model overlaid (live when the model keeps up, dropped frames counted),
/// analyse every Nth frame in the background, see peak, entropy and the temporal attention curve on a
/// timeline (click to seek) with the centroid path on the frame, and export the overlay video, JSON or CSV.
/// Decoding goes through cv::VideoCapture only. Long work never runs on the GUI thread.
class VideoPage : public ModePage {
    Q_OBJECT
public:
    explicit VideoPage(const ModePageContext& context, QWidget* parent = nullptr);
    ~VideoPage() override;

    /// Opens a video; errors go to the ErrorReporter. Returns success.
    bool openFile(const QString& path);
    bool selectModel(const QString& id);
    QString currentModelId() const;
    /// Starts the background analysis of the whole video with the current model; false when not possible.
    bool startAnalysis();
    /// Starts a background export without a dialog; false when not possible (errors reported).
    bool exportTo(VideoExportKind kind, const QString& path);
    /// Cancels the analysis or export in flight.
    void cancelWork();
    bool isAnalysing() const { return bool(m_pipeline); }
    bool isExporting() const { return m_exportWatcher->isRunning(); }
    bool analysisComplete() const { return m_analysisComplete; }
    QString videoPath() const { return m_path; }

    VideoPlayer* player() const { return m_player; }
    VideoTimeline* timeline() const { return m_timeline; }
    ImageView* view() const { return m_view; }
    ParametersPanel* parametersPanel() const { return m_params; }

    void activate() override;
    void deactivate() override;

signals:
    void analysisFinished(bool ok);
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildTopBar();
    QWidget* buildTransport();
    QWidget* buildSidePanel();
    void connectSignals();
    void retranslate();
    void fillModels();
    void applyModel();
    void updateActions();
    void onFrameShown(int index);
    void renderCurrent();
    void openWithDialog();
    void exportWithDialog(VideoExportKind kind);
    void setBusy(const QString& stage);
    void onProgress(double fraction, const QString& stage);
    void finishAnalysis(const std::optional<Error>& error);
    void finishExport();
    AnalysisOptions analysisOptions() const;
    RenderOptions renderOptions() const;
    bool writeReportNow(VideoExportKind kind, const QString& path);

    ModePageContext m_context;
    QString m_path;
    VideoPlayer* m_player = nullptr;
    ImageView* m_view = nullptr;
    VideoTimeline* m_timeline = nullptr;
    ParametersPanel* m_params = nullptr;
    QPushButton* m_open = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_everyLabel = nullptr;
    QSpinBox* m_every = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_export = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_forward = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_speedLabel = nullptr;
    QComboBox* m_speed = nullptr;
    QCheckBox* m_live = nullptr;
    QLabel* m_dropped = nullptr;
    QLabel* m_colormapLabel = nullptr;
    QComboBox* m_colormap = nullptr;
    QLabel* m_opacityLabel = nullptr;
    QSlider* m_opacity = nullptr;
    QCheckBox* m_centroidPath = nullptr;
    QLabel* m_temperatureLabel = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QComboBox* m_score = nullptr;
    QLabel* m_stats = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<VideoPipeline> m_pipeline;
    bool m_analysisComplete = false;
    QFutureWatcher<QString>* m_exportWatcher = nullptr;
    RunControl m_exportControl;
};

} // namespace al
