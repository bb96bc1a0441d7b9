// SPDX-License-Identifier: MIT
// The Video workspace's background work: whole-video analysis (VideoPipeline on its worker thread) and
// export (exportVideo through QtConcurrent), both with progress and cancel.
#include "ErrorReporter.h"
#include "ParametersPanel.h"
#include "VideoPage.h"
#include "VideoPlayer.h"
#include "VideoTimeline.h"

#include "attentionlens/FileIO.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/VideoExport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QtConcurrent>

namespace al {

bool VideoPage::startAnalysis() {
    if (!m_player->isOpen() || isAnalysing() || isExporting())
        return false;
    const auto model = m_context.registry.model(currentModelId());
    if (!model) {
        m_context.errors.report(tr("Video analysis"), tr("Choose a model first."));
        return false;
    }
    applyModel(); // the player's cache then holds this model's results only
    const QPointer<VideoPage> self(this);
    const RunControl control([self](double fraction, const QString& stage) {
        QMetaObject::invokeMethod(
            self,
            [self, fraction, stage] {
                if (self)
                    self->onProgress(fraction, stage);
            },
            Qt::QueuedConnection);
    });
    VideoPipeline::Config config{m_path, model, m_params->values(), analysisOptions(), m_player->cache()};
    m_pipeline = std::make_unique<VideoPipeline>(
        config, control,
        [self](const FrameStats& stats) {
            QMetaObject::invokeMethod(
                self,
                [self, stats] {
                    if (!self)
                        return;
                    self->m_timeline->addStats(stats);
                    if (stats.frame == self->m_player->currentFrame())
                        self->m_player->reload();
                },
                Qt::QueuedConnection);
        },
        [self](const std::optional<Error>& error) {
            QMetaObject::invokeMethod(
                self,
                [self, error] {
                    if (self)
                        self->finishAnalysis(error);
                },
                Qt::QueuedConnection);
        });
    setBusy(tr("Analysing %1 with %2…").arg(QFileInfo(m_path).fileName(), model->displayName()));
    m_pipeline->start();
    updateActions();
    return true;
}

void VideoPage::finishAnalysis(const std::optional<Error>& error) {
    if (!m_pipeline)
        return; // a stale callback of a pipeline that was replaced
    m_pipeline.reset();
    m_timeline->refresh();
    m_progress->setVisible(false);
    m_analysisComplete = !error.has_value();
    if (!error) {
        m_status->setText(tr("Analysed %1 frames.").arg(m_timeline->stats().size()));
    } else if (error->code() == ErrorCode::Cancelled) {
        m_status->setText(tr("Analysis cancelled."));
    } else {
        m_status->setText(tr("Analysis failed."));
        m_context.errors.report(tr("Video analysis failed"), error->message());
    }
    m_player->reload();
    updateActions();
    emit analysisFinished(!error.has_value());
}

void VideoPage::cancelWork() {
    if (m_pipeline)
        m_pipeline->cancel();
    if (isExporting())
        m_exportControl.cancel();
}

void VideoPage::setBusy(const QString& stage) {
    m_status->setText(stage);
    m_progress->setValue(0);
    m_progress->setVisible(true);
}

void VideoPage::onProgress(double fraction, const QString& stage) {
    if (!isAnalysing() && !isExporting())
        return;
    m_progress->setValue(int(fraction * 1000.0));
    m_progress->setFormat(QStringLiteral("%1 %p%").arg(stage));
}

// JSON and CSV of a finished analysis are written from the timeline's stats, without running the model again.
bool VideoPage::writeReportNow(VideoExportKind kind, const QString& path) {
    VideoReport report;
    report.inputPath = m_path;
    report.modelId = currentModelId();
    report.params = m_params->values();
    report.info = m_player->info();
    report.every = m_every->value();
    report.score = FrameScore(m_score->currentData().toInt());
    report.temperature = m_temperature->value();
    report.frames = m_timeline->stats();
    try {
        writeFileAtomic(path,
                        kind == VideoExportKind::Json ? videoReportToJson(report) : videoReportToCsv(report));
    } catch (const Error& e) {
        m_context.errors.report(tr("Export failed"), e.message());
        return false;
    }
    m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    emit exportFinished(true);
    return true;
}

bool VideoPage::exportTo(VideoExportKind kind, const QString& path) {
    if (!m_player->isOpen() || isAnalysing() || isExporting() || path.isEmpty())
        return false;
    const auto model = m_context.registry.model(currentModelId());
    if (!model)
        return false;
    if (kind != VideoExportKind::Overlay && m_analysisComplete)
        return writeReportNow(kind, path);
    VideoExportRequest request;
    request.inputPath = m_path;
    (kind == VideoExportKind::Overlay ? request.overlayPath
     : kind == VideoExportKind::Json  ? request.jsonPath
                                      : request.csvPath) = path;
    request.model = model;
    request.params = m_params->values();
    request.analysis = analysisOptions();
    request.render = renderOptions();
    request.score = FrameScore(m_score->currentData().toInt());
    request.temperature = m_temperature->value();
    request.cache = m_player->cache();
    const QPointer<VideoPage> self(this);
    m_exportControl = RunControl([self](double fraction, const QString& stage) {
        QMetaObject::invokeMethod(
            self,
            [self, fraction, stage] {
                if (self)
                    self->onProgress(fraction, stage);
            },
            Qt::QueuedConnection);
    });
    const RunControl control = m_exportControl;
    setBusy(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    // The task gets copies only; it reports an error as text (empty = success, "\x18" = cancelled).
    m_exportWatcher->setFuture(QtConcurrent::run([request, control]() -> QString {
        try {
            exportVideo(request, control);
            return {};
        } catch (const Error& e) {
            return e.code() == ErrorCode::Cancelled ? QStringLiteral("\x18") : e.message();
        } catch (const std::exception& e) {
            return QString::fromLocal8Bit(e.what());
        }
    }));
    updateActions();
    return true;
}

void VideoPage::finishExport() {
    const QString message = m_exportWatcher->result();
    m_progress->setVisible(false);
    const bool ok = message.isEmpty();
    if (ok)
        m_status->setText(tr("Export finished."));
    else if (message == QStringLiteral("\x18"))
        m_status->setText(tr("Export cancelled; nothing was written."));
    else
        m_context.errors.report(tr("Export failed"), message);
    updateActions();
    emit exportFinished(ok);
}

void VideoPage::exportWithDialog(VideoExportKind kind) {
    const QString base = QFileInfo(m_path).completeBaseName();
    QString filter;
    QString name;
    switch (kind) {
    case VideoExportKind::Overlay:
        filter = tr("MPEG-4 video (*.mp4);;MJPG AVI video (*.avi)");
        name = base + QStringLiteral("-attention.mp4");
        break;
    case VideoExportKind::Json:
        filter = tr("JSON (*.json)");
        name = base + QStringLiteral("-frames.json");
        break;
    case VideoExportKind::Csv:
        filter = tr("CSV (*.csv)");
        name = base + QStringLiteral("-frames.csv");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, filter);
    if (!path.isEmpty())
        exportTo(kind, path);
}

} // namespace al
