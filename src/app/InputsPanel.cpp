// SPDX-License-Identifier: MIT
#include "InputsPanel.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace al {

namespace {

constexpr int kThumb = 80;
constexpr int kPathRole = Qt::UserRole + 1;

QIcon thumbnail(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumb, kThumb, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    // Centre on a square canvas so the grid stays regular whatever the aspect ratio.
    QPixmap canvas(kThumb, kThumb);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.drawImage((kThumb - image.width()) / 2, (kThumb - image.height()) / 2, image);
    return QIcon(canvas);
}

QListWidget* makeGallery(const QString& objectName) {
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setViewMode(QListView::IconMode);
    list->setIconSize(QSize(kThumb, kThumb));
    list->setGridSize(QSize(kThumb + 14, kThumb + 26));
    list->setSpacing(2);
    list->setResizeMode(QListView::Adjust);
    list->setMovement(QListView::Static);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

void fillGallery(QListWidget* list, const QStringList& paths) {
    list->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(thumbnail(path), QFileInfo(path).completeBaseName(), list);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

} // namespace

InputsPanel::InputsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), QString());
    m_open->setObjectName("openButton");
    m_dropHint = new QLabel;
    m_dropHint->setObjectName("hintLabel");
    m_dropHint->setWordWrap(true);
    m_recentCaption = new QLabel;
    m_recentCaption->setObjectName("sectionLabel");
    m_clearRecent = new QPushButton;
    m_clearRecent->setFlat(true);
    m_recent = new QListWidget;
    m_recent->setObjectName("recentList");
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setMaximumHeight(110);
    m_samplesCaption = new QLabel;
    m_samplesCaption->setObjectName("sectionLabel");
    m_samples = makeGallery(QStringLiteral("samplesList"));
    m_packageCaption = new QLabel;
    m_packageCaption->setObjectName("sectionLabel");
    m_packageCaption->setWordWrap(true);
    m_packageSamples = makeGallery(QStringLiteral("packageSamplesList"));
    m_packageCaption->hide();
    m_packageSamples->hide();

    auto* recentHeader = new QHBoxLayout;
    recentHeader->addWidget(m_recentCaption, 1);
    recentHeader->addWidget(m_clearRecent);
    layout->addWidget(m_open);
    layout->addWidget(m_dropHint);
    layout->addSpacing(6);
    layout->addLayout(recentHeader);
    layout->addWidget(m_recent);
    layout->addSpacing(6);
    layout->addWidget(m_samplesCaption);
    layout->addWidget(m_samples, 1);
    layout->addWidget(m_packageCaption);
    layout->addWidget(m_packageSamples, 1);

    connect(m_open, &QPushButton::clicked, this, &InputsPanel::openRequested);
    connect(m_clearRecent, &QPushButton::clicked, this, &InputsPanel::clearRecentRequested);
    for (QListWidget* list : {m_recent, m_samples, m_packageSamples}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { emit fileActivated(item->data(kPathRole).toString()); });
    }
    retranslate();
}

void InputsPanel::setRecentFiles(const QStringList& paths) {
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_clearRecent->setEnabled(!paths.isEmpty());
}

void InputsPanel::setSamples(const QStringList& paths) {
    fillGallery(m_samples, paths);
    retranslate();
}

void InputsPanel::setPackageSamples(const QString& modelName, const QStringList& paths) {
    m_packageModel = modelName;
    fillGallery(m_packageSamples, paths);
    m_packageCaption->setVisible(!paths.isEmpty());
    m_packageSamples->setVisible(!paths.isEmpty());
    retranslate();
}

void InputsPanel::retranslate() {
    m_open->setText(tr("Open image…"));
    m_open->setToolTip(tr("Choose an image file to analyse."));
    m_dropHint->setText(tr("or drop an image file onto the window."));
    m_recentCaption->setText(tr("Recent files"));
    m_clearRecent->setText(tr("Clear"));
    m_clearRecent->setToolTip(tr("Forget the recent files."));
    m_samplesCaption->setText(m_samples->count() > 0 ? tr("Samples (double-click to open)")
                                                     : tr("Samples: none installed"));
    m_packageCaption->setText(tr("Samples of “%1” (double-click to open)").arg(m_packageModel));
}

void InputsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
