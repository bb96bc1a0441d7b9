// SPDX-License-Identifier: MIT
// The mode bar: every available workspace can be entered and left, the Image workspace's docks and tool bars
// are hidden while another one is shown and come back as they were, and the saved layout is the Image one.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ModeSwitcher.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace al;

namespace {

QStringList visibleDocks(const QMainWindow& window) {
    QStringList names;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        if (dock->isVisible())
            names << dock->objectName();
    names.sort();
    return names;
}

} // namespace

class TestModes : public test::MainWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase() { loadPlugins({}); }
    void init() { openWindow(QSize(1200, 800)); }
    void cleanup() { closeWindow(); }

    void buttonsFollowTheAvailablePages_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("button");
        QTest::newRow("video") << int(ModeSwitcher::Mode::Video) << "modeVideo";
        QTest::newRow("text") << int(ModeSwitcher::Mode::Text) << "modeText";
        QTest::newRow("fingerprint") << int(ModeSwitcher::Mode::Fingerprint) << "modeFingerprint";
    }
    void buttonsFollowTheAvailablePages() {
        QFETCH(int, mode);
        QFETCH(QString, button);
        ModeSwitcher* modes = m_window->modeSwitcher();
        auto* b = m_window->findChild<QToolButton*>(button);
        QVERIFY(b);
        const bool available = modes->page(ModeSwitcher::Mode(mode)) != nullptr;
        QCOMPARE(b->isEnabled(), available);
        QCOMPARE(modes->setMode(ModeSwitcher::Mode(mode)), available);
        if (!available)
            QVERIFY(modes->mode() == ModeSwitcher::Mode::Image);
    }

    void enteringAWorkspaceHidesTheImageDocksAndLeavingRestoresThem() {
        ModeSwitcher* modes = m_window->modeSwitcher();
        const QStringList before = visibleDocks(*m_window);
        QVERIFY(!before.isEmpty());
        auto* stack = m_window->findChild<QStackedWidget*>("workspaceStack");
        QVERIFY(stack);
        QWidget* imageCentre = stack->currentWidget();
        for (ModeSwitcher::Mode mode :
             {ModeSwitcher::Mode::Video, ModeSwitcher::Mode::Text, ModeSwitcher::Mode::Fingerprint}) {
            ModePage* page = modes->page(mode);
            if (!page)
                continue;
            QSignalSpy changed(modes, &ModeSwitcher::modeChanged);
            QVERIFY(modes->setMode(mode));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(stack->currentWidget(), page);
            QVERIFY(visibleDocks(*m_window).isEmpty());
            for (QToolBar* bar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
                QVERIFY(!bar->isVisible());
            QVERIFY(modes->setMode(ModeSwitcher::Mode::Image));
            QCOMPARE(stack->currentWidget(), imageCentre);
            QCOMPARE(visibleDocks(*m_window), before);
        }
        QVERIFY(modes->mode() == ModeSwitcher::Mode::Image);
    }
};

QTEST_MAIN(TestModes)
#include "tst_modes.moc"
