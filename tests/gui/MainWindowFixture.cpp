// SPDX-License-Identifier: MIT
#include "MainWindowFixture.h"

#include "AppSetup.h"
#include "ErrorReporter.h"
#include "ImageSession.h"
#include "ModelPanel.h"
#include "RunController.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QTest>
#include <QToolBar>

namespace al::test {

namespace {
constexpr int kRunTimeoutMs = 60000;
}

void MainWindowFixture::loadPlugins(const QStringList& requiredModels) {
    setupApplication(*qApp);
    QVERIFY(m_dir.isValid());
    m_options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    m_options.useDefaultDirs = false;
    m_registry = std::make_unique<PluginRegistry>();
    m_registry->load(m_options);
    for (const QString& id : requiredModels)
        QVERIFY2(m_registry->model(id), qPrintable("model not loaded: " + id));
}

void MainWindowFixture::openWindow(QSize size) {
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(*m_registry, m_options, *m_settings, *m_language);
    m_window->errorReporter()->setShowDialogs(false);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowFixture::closeWindow() {
    m_window.reset();
    m_language.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

bool MainWindowFixture::chooseModel(const QString& id) const {
    QComboBox* combo = m_window->modelPanel()->combo();
    const int row = combo->findData(id, Qt::UserRole + 1);
    if (row < 0)
        return false;
    combo->setCurrentIndex(row);
    return m_window->modelPanel()->currentModelId() == id;
}

QWidget* MainWindowFixture::toolButtonFor(QAction* action) const {
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    return toolbar ? toolbar->widgetForAction(action) : nullptr;
}

void MainWindowFixture::runAndWait() {
    QWidget* runButton = toolButtonFor(m_window->runAction());
    QVERIFY(runButton);
    QVERIFY(runButton->isEnabled());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QVERIFY(m_window->runController()->isRunning() || m_window->session()->result());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), kRunTimeoutMs);
    QVERIFY2(m_window->session()->result().has_value(), qPrintable(m_window->errorReporter()->lastMessage()));
}

} // namespace al::test
