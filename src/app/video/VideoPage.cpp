// SPDX-License-Identifier: MIT
// The Video workspace: layout, playback wiring and display. Analysis and export: VideoPageJobs.cpp.
#include "VideoPage.h"

#include "ErrorReporter.h"
#include "ImageView.h"
#include "ParametersPanel.h"
#include "VideoPlayer.h"
#include "VideoTimeline.h"

#include "attentionlens/ImageConvert.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"
#include "attentionlens/VideoExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace al {

namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
constexpr int kPathLength = 60; ///< analysed frames of centroid path drawn behind the current frame

QString timeText(double seconds) {
    const int ms = int(std::lround(seconds * 1000.0));
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) / 10, 2, 10, QLatin1Char('0'));
}

} // namespace

ModePage* createVideoPage(const ModePageContext& context) {
    return new VideoPage(context);
}

VideoPage::VideoPage(const ModePageContext& context, QWidget* parent)
    : ModePage(parent), m_context(context), m_player(new VideoPlayer(this)),
      m_exportWatcher(new QFutureWatcher<QString>(this)) {
    setObjectName(QStringLiteral("videoPage"));
    setAcceptDrops(true);
    m_view = new ImageView;
    m_view->setObjectName(QStringLiteral("videoView"));
    m_timeline = new VideoTimeline;

    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(buildTransport());

    auto* horizontal = new QSplitter(Qt::Horizontal);
    horizontal->addWidget(centre);
    horizontal->addWidget(buildSidePanel());
    horizontal->setStretchFactor(0, 1);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(horizontal);
    vertical->addWidget(m_timeline);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("videoProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status = new QLabel;
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(vertical, 1);
    layout->addLayout(statusRow);

    fillModels();
    connectSignals();
    retranslate();
    applyModel();
    updateActions();
}

VideoPage::~VideoPage() {
    m_pipeline.reset(); // cancels and joins before the queued callbacks' target goes away
    m_exportControl.cancel();
    m_exportWatcher->waitForFinished();
}

QWidget* VideoPage::buildTopBar() {
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("videoOpen"));
    m_modelLabel = new QLabel;
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("videoModel"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_everyLabel = new QLabel;
    m_every = new QSpinBox;
    m_every->setObjectName(QStringLiteral("videoEvery"));
    m_every->setRange(1, 1000);
    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("videoRun"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("videoCancel"));
    m_export = new QToolButton;
    m_export->setObjectName(QStringLiteral("videoExport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    for (VideoExportKind kind : {VideoExportKind::Overlay, VideoExportKind::Json, VideoExportKind::Csv})
        menu->addAction(QString(), this, [this, kind] { exportWithDialog(kind); })->setData(int(kind));
    m_export->setMenu(menu);
    for (QWidget* w : std::initializer_list<QWidget*>{m_open, m_modelLabel, m_model, m_everyLabel, m_every,
                                                      m_run, m_cancel, m_export})
        row->addWidget(w);
    row->addStretch(1);
    return bar;
}

QWidget* VideoPage::buildTransport() {
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [](const char* name, QStyle::StandardPixmap icon) {
        auto* b = new QToolButton;
        b->setObjectName(QLatin1String(name));
        b->setIcon(b->style()->standardIcon(icon));
        return b;
    };
    m_back = button("videoStepBack", QStyle::SP_MediaSeekBackward);
    m_play = button("videoPlay", QStyle::SP_MediaPlay);
    m_forward = button("videoStepForward", QStyle::SP_MediaSeekForward);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("videoSlider"));
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("videoPosition"));
    m_speedLabel = new QLabel;
    m_speed = new QComboBox;
    m_speed->setObjectName(QStringLiteral("videoSpeed"));
    for (double speed : kSpeeds)
        m_speed->addItem(QStringLiteral("%1x").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_live = new QCheckBox;
    m_live->setObjectName(QStringLiteral("videoLive"));
    m_live->setChecked(true);
    m_dropped = new QLabel;
    m_dropped->setObjectName(QStringLiteral("videoDropped"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_back, m_play, m_forward})
        row->addWidget(w);
    row->addWidget(m_slider, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_position, m_speedLabel, m_speed, m_live, m_dropped})
        row->addWidget(w);
    return bar;
}

QWidget* VideoPage::buildSidePanel() {
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    m_params = new ParametersPanel;
    layout->addWidget(m_params);
    auto* form = new QFormLayout;
    m_colormapLabel = new QLabel;
    m_colormap = new QComboBox;
    m_colormap->setObjectName(QStringLiteral("videoColormap"));
    for (const QString& name : colormapNames())
        m_colormap->addItem(name, name);
    m_opacityLabel = new QLabel;
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setObjectName(QStringLiteral("videoOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_centroidPath = new QCheckBox;
    m_centroidPath->setObjectName(QStringLiteral("videoCentroidPath"));
    m_centroidPath->setChecked(true);
    m_scoreLabel = new QLabel;
    m_score = new QComboBox;
    m_score->setObjectName(QStringLiteral("videoScore"));
    for (FrameScore score : {FrameScore::Focus, FrameScore::Mass, FrameScore::Peak})
        m_score->addItem(QString(), int(score));
    m_temperatureLabel = new QLabel;
    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(QStringLiteral("videoTemperature"));
    m_temperature->setDecimals(3);
    m_temperature->setRange(0.001, 100.0);
    m_temperature->setSingleStep(0.01);
    m_temperature->setValue(0.1);
    form->addRow(m_colormapLabel, m_colormap);
    form->addRow(m_opacityLabel, m_opacity);
    form->addRow(m_centroidPath);
    form->addRow(m_scoreLabel, m_score);
    form->addRow(m_temperatureLabel, m_temperature);
    layout->addLayout(form);
    m_stats = new QLabel;
    m_stats->setObjectName(QStringLiteral("videoFrameStats"));
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stats);
    layout->addStretch(1);
    panel->setMinimumWidth(240);
    return panel;
}

void VideoPage::connectSignals() {
    connect(m_open, &QPushButton::clicked, this, &VideoPage::openWithDialog);
    connect(m_run, &QPushButton::clicked, this, &VideoPage::startAnalysis);
    connect(m_cancel, &QPushButton::clicked, this, &VideoPage::cancelWork);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const auto model = m_context.registry.model(currentModelId());
        m_params->setSchema(model ? model->parameters() : std::vector<ParamSpec>{});
        applyModel();
    });
    connect(m_params, &ParametersPanel::valuesChanged, this, &VideoPage::applyModel);
    connect(m_every, &QSpinBox::valueChanged, this, &VideoPage::applyModel);
    connect(m_play, &QToolButton::clicked, m_player, &VideoPlayer::togglePlay);
    connect(m_back, &QToolButton::clicked, m_player, &VideoPlayer::stepBack);
    connect(m_forward, &QToolButton::clicked, m_player, &VideoPlayer::stepForward);
    connect(m_slider, &QSlider::valueChanged, m_player, &VideoPlayer::seek);
    connect(m_timeline, &VideoTimeline::frameClicked, m_player, &VideoPlayer::seek);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        m_player->setLive(on);
        m_player->reload();
    });
    m_player->setLive(m_live->isChecked());
    connect(m_player, &VideoPlayer::frameShown, this, &VideoPage::onFrameShown);
    connect(m_player, &VideoPlayer::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        updateActions();
    });
    connect(m_player, &VideoPlayer::droppedChanged, this,
            [this](int dropped) { m_dropped->setText(tr("Dropped: %1").arg(dropped)); });
    connect(m_player, &VideoPlayer::failed, this,
            [this](const QString& message) { m_context.errors.report(tr("Video"), message); });
    for (QComboBox* combo : {m_colormap})
        connect(combo, &QComboBox::currentIndexChanged, this, &VideoPage::renderCurrent);
    connect(m_opacity, &QSlider::valueChanged, this, &VideoPage::renderCurrent);
    connect(m_centroidPath, &QCheckBox::toggled, this, &VideoPage::renderCurrent);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, m_timeline, &VideoTimeline::setTemperature);
    connect(m_score, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setScore(FrameScore(m_score->currentData().toInt())); });
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, &VideoPage::finishExport);
}

void VideoPage::retranslate() {
    m_open->setText(tr("Open video…"));
    m_modelLabel->setText(tr("Model:"));
    m_everyLabel->setText(tr("Every Nth frame:"));
    m_every->setToolTip(tr("Analyse frames 0, N, 2N, …; frames in between show the latest map."));
    m_run->setText(tr("Analyse video"));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export"));
    const QStringList exportNames = {tr("Overlay video (MP4/AVI)…"), tr("Per-frame JSON…"),
                                     tr("Per-frame CSV…")};
    const QList<QAction*> actions = m_export->menu()->actions();
    for (int i = 0; i < actions.size() && i < exportNames.size(); ++i)
        actions[i]->setText(exportNames[i]);
    m_back->setToolTip(tr("One frame back"));
    m_play->setToolTip(tr("Play / pause"));
    m_forward->setToolTip(tr("One frame forward"));
    m_speedLabel->setText(tr("Speed:"));
    m_live->setText(tr("Live model"));
    m_live->setToolTip(
        tr("Run the model on shown frames that were not analysed yet; frames it cannot keep up "
           "with are dropped."));
    m_dropped->setText(tr("Dropped: %1").arg(m_player->droppedFrames()));
    m_colormapLabel->setText(tr("Colormap:"));
    m_opacityLabel->setText(tr("Opacity:"));
    m_centroidPath->setText(tr("Show the centroid path"));
    m_scoreLabel->setText(tr("Frame score:"));
    m_score->setItemText(0, tr("Focus (1 − entropy)"));
    m_score->setItemText(1, tr("Mass (mean value)"));
    m_score->setItemText(2, tr("Peak"));
    m_temperatureLabel->setText(tr("Temperature:"));
    m_temperature->setToolTip(tr("Softmax temperature of the temporal attention curve: smaller values single "
                                 "out the highest-scoring frames."));
    if (m_path.isEmpty())
        m_status->setText(tr("Open a video or drop one here."));
    fillModels();
}

void VideoPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ModePage::changeEvent(event);
}

void VideoPage::fillModels() {
    const QString current = currentModelId();
    const QSignalBlocker block(m_model);
    m_model->clear();
    for (const auto& model : m_context.registry.models()) {
        const QList<Modality> modalities = model->modalities();
        if (modalities.contains(Modality::Image) || modalities.contains(Modality::Video))
            m_model->addItem(model->displayName(), model->id());
    }
    const int row = m_model->findData(current);
    m_model->setCurrentIndex(row >= 0 ? row : 0);
    const auto model = m_context.registry.model(currentModelId());
    m_params->setSchema(model ? model->parameters() : std::vector<ParamSpec>{}, true);
}

QString VideoPage::currentModelId() const {
    return m_model->currentData().toString();
}

bool VideoPage::selectModel(const QString& id) {
    const int row = m_model->findData(id);
    if (row < 0)
        return false;
    m_model->setCurrentIndex(row);
    return currentModelId() == id;
}

void VideoPage::applyModel() {
    // New model or parameters: the cached maps and the finished analysis no longer match. The controls are
    // disabled while work runs; a re-translated schema (language change) must not stop that work.
    if (isAnalysing() || isExporting())
        return;
    m_analysisComplete = false;
    m_timeline->clearStats();
    m_player->setModel(m_context.registry.model(currentModelId()), m_params->values(), analysisOptions());
    m_player->reload();
    updateActions();
}

AnalysisOptions VideoPage::analysisOptions() const {
    AnalysisOptions options;
    options.every = m_every->value();
    return options;
}

RenderOptions VideoPage::renderOptions() const {
    RenderOptions options;
    options.colormap = colormapFromString(m_colormap->currentData().toString()).value_or(Colormap::Turbo);
    options.alpha = m_opacity->value() / 100.0;
    return options;
}

bool VideoPage::openFile(const QString& path) {
    try {
        m_player->open(path);
    } catch (const Error& e) {
        m_context.errors.report(tr("Cannot open the video"), e.message());
        return false;
    }
    m_path = path;
    if (m_pipeline) { // the analysis of the previous video is of no use any more
        m_pipeline.reset();
        m_progress->setVisible(false);
    }
    m_analysisComplete = false;
    const VideoInfo& info = m_player->info();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, info.frameCount - 1);
        m_slider->setValue(0);
    }
    m_timeline->setFrameCount(info.frameCount);
    m_timeline->clearStats();
    m_status->setText(tr("%1: %2 x %3, %4 frames at %5 fps (%6)")
                          .arg(QFileInfo(path).fileName())
                          .arg(info.size.width)
                          .arg(info.size.height)
                          .arg(info.frameCount)
                          .arg(info.fps, 0, 'f', 2)
                          .arg(info.codec));
    updateActions();
    return true;
}

void VideoPage::openWithDialog() {
    chooseFileToOpen(tr("Open video"), videoFileFilter(), [this](const QString& path) { openFile(path); });
}

void VideoPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void VideoPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void VideoPage::activate() {
    updateActions();
}

void VideoPage::deactivate() {
    m_player->pause();
}

void VideoPage::onFrameShown(int index) {
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(index);
    }
    const VideoInfo& info = m_player->info();
    m_position->setText(
        tr("Frame %1 / %2 · %3").arg(index).arg(info.frameCount - 1).arg(timeText(index / info.fps)));
    m_timeline->setCurrentFrame(index);
    const FrameAnalysisPtr& analysis = m_player->shown().analysis;
    if (analysis) {
        const FrameStats& s = analysis->stats;
        m_stats->setText(tr("Analysed frame %1: peak %2 at (%3, %4), entropy %5, centroid (%6, %7), %8 ms")
                             .arg(s.frame)
                             .arg(double(s.peak), 0, 'g', 4)
                             .arg(s.peakPos.x, 0, 'f', 0)
                             .arg(s.peakPos.y, 0, 'f', 0)
                             .arg(s.entropy, 0, 'f', 3)
                             .arg(s.centroid.x, 0, 'f', 0)
                             .arg(s.centroid.y, 0, 'f', 0)
                             .arg(s.elapsedMs, 0, 'f', 1));
    } else {
        m_stats->setText(tr("No map for this frame yet: analyse the video or turn on the live model."));
    }
    renderCurrent();
}

void VideoPage::renderCurrent() {
    const ShownFrame& shown = m_player->shown();
    if (shown.bgr.empty())
        return;
    QImage image = matToQImage(renderVideoFrame(shown.bgr, shown.analysis.get(), renderOptions())).copy();
    if (m_centroidPath->isChecked()) {
        QPainterPath path;
        int drawn = 0;
        const auto& stats = m_timeline->stats();
        for (auto it = stats.rbegin(); it != stats.rend() && drawn < kPathLength; ++it) {
            if (it->frame > shown.index)
                continue;
            const QPointF p(it->centroid.x, it->centroid.y);
            drawn++ == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 2.0));
        painter.drawPath(path);
        if (shown.analysis) {
            const QPointF c(shown.analysis->stats.centroid.x, shown.analysis->stats.centroid.y);
            painter.setPen(QPen(Qt::black, 2.0));
            painter.setBrush(Qt::white);
            painter.drawEllipse(c, 4.0, 4.0);
        }
    }
    m_view->setImage(image);
}

void VideoPage::updateActions() {
    const bool open = m_player->isOpen();
    const bool busy = isAnalysing() || isExporting();
    const bool hasModel = !currentModelId().isEmpty();
    m_run->setEnabled(open && hasModel && !busy);
    m_cancel->setEnabled(busy);
    m_export->setEnabled(open && hasModel && !busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_back, m_play, m_forward, m_slider})
        w->setEnabled(open);
    m_model->setEnabled(!busy);
    m_every->setEnabled(!busy);
    m_params->setEnabled(!busy);
}

} // namespace al
