// SPDX-License-Identifier: MIT
#include "KioskFileChooser.h"

#include "KioskConfig.h"
#include "attentionlens/ImageLoader.h"

#include <QEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int kRowHeight = 104;
constexpr int kThumb = 88;
const char* kStyle = R"(
QListWidget#kioskChooserList { font-size: 26px; background: #1d2433; color: #f0f0f0; border: none; }
QListWidget#kioskChooserList::item { border-bottom: 1px solid #4a5a74; padding-left: 8px; }
QListWidget#kioskChooserList::item:pressed { background: #3d6fd8; }
QScrollBar:vertical { width: 28px; }
)";

// A thumbnail decoded at its small size, so a folder of large photos costs little memory and time.
QIcon thumbnail(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {};
    reader.setScaledSize(size.scaled(kThumb, kThumb, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
}
} // namespace

KioskFileChooser::KioskFileChooser(QString folder, QWidget* parent)
    : QWidget(parent), m_folder(std::move(folder)) {
    setObjectName(QStringLiteral("kioskFileChooser"));
    setStyleSheet(QString::fromLatin1(kStyle));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskDemoTitle"));
    m_title->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("kioskChooserEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("kioskChooserList"));
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFocusPolicy(Qt::NoFocus);
    // A finger drags the list; a tap without movement still clicks a row.
    QScroller::grabGesture(m_list->viewport(), QScroller::LeftMouseButtonGesture);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("kioskChooserCancel"));
    m_cancel->setMinimumHeight(72);
    m_cancel->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_cancel);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_list->row(item)); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        clear();
        emit done();
    });
    retranslate();
}

void KioskFileChooser::open(const QString& title, const QStringList& suffixes,
                            std::function<void(const QString&)> chosen) {
    m_titleText = title;
    m_suffixes = suffixes;
    m_chosen = std::move(chosen);
    fill();
    retranslate();
}

void KioskFileChooser::clear() {
    m_chosen = nullptr;
    m_files.clear();
    m_list->clear();
}

void KioskFileChooser::fill() {
    m_list->clear();
    m_files = KioskConfig::contentFiles(m_folder, m_suffixes);
    const QStringList imageSuffixes = supportedImageSuffixes();
    for (const QString& path : m_files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(info.fileName(), m_list);
        item->setSizeHint(QSize(0, kRowHeight));
        if (imageSuffixes.contains(info.suffix().toLower()))
            item->setIcon(thumbnail(path));
    }
    m_list->setVisible(!m_files.isEmpty());
    m_empty->setVisible(m_files.isEmpty());
}

bool KioskFileChooser::choose(int row) {
    if (row < 0 || row >= m_files.size() || !m_chosen)
        return false;
    const QString path = m_files[row];
    // Checked again: the file may have been replaced by a link since the list was made.
    if (!KioskConfig::isContentFile(m_folder, path, m_suffixes)) {
        fill();
        return false;
    }
    auto chosen = std::move(m_chosen);
    clear();
    emit done();
    chosen(path);
    return true;
}

void KioskFileChooser::retranslate() {
    m_title->setText(m_titleText.isEmpty() ? tr("Choose a file") : m_titleText);
    m_cancel->setText(tr("Back"));
    QStringList shown;
    for (const QString& suffix : m_suffixes)
        shown << QStringLiteral(".") + suffix;
    m_empty->setText(shown.isEmpty()
                         ? tr("There are no files to choose from here. Ask the staff to add some.")
                         : tr("There are no %1 files to choose from here. Ask the staff to add some.")
                               .arg(shown.join(QStringLiteral(" "))));
}

void KioskFileChooser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
