// SPDX-License-Identifier: MIT
#include "KioskTestSupport.h"

#include "kiosk/KioskConfig.h"

#include "attentionlens/Error.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QTabBar>
#include <QTest>

namespace al::kiosktest {

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool anyFileDialog() {
    const auto widgets = QApplication::allWidgets();
    return std::any_of(widgets.begin(), widgets.end(),
                       [](QWidget* w) { return qobject_cast<QFileDialog*>(w); });
}

QStringList smallControls(QWidget* root) {
    QStringList small;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !w->isVisible())
            continue;
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w)) {
            if (w->height() < kTouch)
                small << QStringLiteral("%1 %2 %3x%4")
                             .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                             .arg(w->width())
                             .arg(w->height());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabRect(i).height() < kTouch)
                    small << QStringLiteral("tab %1 %2").arg(tabs->tabText(i)).arg(tabs->tabRect(i).height());
            }
        }
    }
    return small;
}

void tapRow(QListWidget* list, int row) {
    const QRect r = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
}

bool KioskFixture::init() {
    if (!m_dir.isValid() || !QDir().mkpath(contentFolder()))
        return false;
    PluginRegistry::Options options;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    options.useDefaultDirs = false;
    m_registry.load(options);
    m_language = std::make_unique<LanguageManager>();
    m_settings = std::make_unique<Settings>(path(QStringLiteral("settings.ini")));
    return m_registry.model(QStringLiteral("digits-cbam")) && m_registry.model(QStringLiteral("digits-vit"));
}

std::unique_ptr<KioskWindow> KioskFixture::openKiosk(const QString& demos, const QString& kioskLines,
                                                     const QString& timeouts) {
    const QString ini = path(QStringLiteral("kiosk.ini"));
    const QString body =
        QStringLiteral("[kiosk]\ncontent = content\ndemos = %1\n%2\n[timeouts]\n%3\n"
                       "[models]\nsaliency = saliency.spectral-residual\ndigits = digits-cbam\n"
                       "[exit]\nkeys = Ctrl+Alt+Shift+Q\n")
            .arg(demos, kioskLines, timeouts);
    if (!writeFile(ini, body.toUtf8()))
        return nullptr;
    std::unique_ptr<KioskWindow> window;
    try {
        window = std::make_unique<KioskWindow>(KioskConfig::load(ini), m_registry, *m_language, *m_settings);
    } catch (const Error& e) {
        qWarning("%s", qPrintable(e.message()));
        return nullptr;
    }
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace al::kiosktest
