// SPDX-License-Identifier: MIT
// Kiosk mode, offscreen: the touch file chooser of the content folder (no escaping symlinks, no QFileDialog),
// the Text and Fingerprint workspaces loading a chosen file, touch-sized controls and tap = hover in the
// hosted pages, and the hidden export buttons.
#include "KioskTestSupport.h"

#include "AppSetup.h"
#include "ImageView.h"
#include "ModePage.h"
#include "fingerprint/FingerprintPage.h"
#include "kiosk/KioskActivity.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskFileChooser.h"
#include "kiosk/KioskTouch.h"
#include "kiosk/WorkspaceDemo.h"
#include "text/HeadViewWidget.h"

#include "attentionlens/FingerprintGenerator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <memory>
#include <opencv2/imgcodecs.hpp>

using namespace al;
using namespace al::kiosktest;

namespace {
const QString kText = QStringLiteral("A whale is a very large marine mammal that breathes air.");
} // namespace

class TestKioskTouch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void contentFilesStayInside();
    void chooserListsMatchingFiles();
    void chooserReplacesTheFileDialog();
    void chosenFileLoads_data();
    void chosenFileLoads();
    void hostedPagesAreTouchSized();
    void tapActsAsHover();
    void tapIsolatesATokenAfterARun();
    void exportButtonsStayHidden();

private:
    KioskFixture m_kiosk;
};

void TestKioskTouch::initTestCase() {
    setupApplication(*qApp);
    // Widget dialogs only, as in the kiosk, so a dialog that appeared would be seen.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_kiosk.init());
    // The content folder: a text, a small generated fingerprint, and things that must not show.
    const QString content = m_kiosk.contentFolder();
    QVERIFY(QDir().mkpath(content + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(m_kiosk.path(QStringLiteral("private"))));
    QVERIFY(writeFile(content + QStringLiteral("/whale.txt"), kText.toUtf8()));
    QVERIFY(writeFile(content + QStringLiteral("/notes.md"), "# not a text file for the page\n"));
    QVERIFY(writeFile(content + QStringLiteral("/sub/deeper.txt"), "in a subfolder\n"));
    QVERIFY(writeFile(m_kiosk.path(QStringLiteral("private/secret.txt")), "outside\n"));
    QVERIFY(QFile::link(m_kiosk.path(QStringLiteral("private/secret.txt")),
                        content + QStringLiteral("/escape.txt")));
    const fp::GeneratedImpression print =
        fp::generatePrint(fp::FingerprintClass::Whorl, 7, cv::Size(192, 192), true);
    QVERIFY(cv::imwrite((content + QStringLiteral("/print.png")).toStdString(), print.image));
}

void TestKioskTouch::contentFilesStayInside() {
    const QString root = QDir(m_kiosk.contentFolder()).canonicalPath() + QLatin1Char('/');
    QCOMPARE(KioskConfig::contentFiles(m_kiosk.contentFolder(), {QStringLiteral("txt")}),
             QStringList{root + QStringLiteral("whale.txt")});
    QCOMPARE(
        KioskConfig::contentFiles(m_kiosk.contentFolder(), {QStringLiteral("png"), QStringLiteral("jpg")}),
        QStringList{root + QStringLiteral("print.png")});
    QCOMPARE(KioskConfig::contentFiles(m_kiosk.contentFolder(), {}).size(),
             3); // whale.txt, notes.md, print.png
    QVERIFY(!KioskConfig::isContentFile(m_kiosk.contentFolder(),
                                        m_kiosk.contentFolder() + QStringLiteral("/escape.txt"), {}));
    QVERIFY(!KioskConfig::isContentFile(m_kiosk.contentFolder(),
                                        m_kiosk.contentFolder() + QStringLiteral("/sub/deeper.txt"), {}));
    QVERIFY(KioskConfig::isContentFile(m_kiosk.contentFolder(),
                                       m_kiosk.contentFolder() + QStringLiteral("/whale.txt"), {}));
    QVERIFY(KioskConfig::contentFiles(m_kiosk.path(QStringLiteral("missing")), {}).isEmpty());
}

void TestKioskTouch::chooserListsMatchingFiles() {
    KioskFileChooser chooser(m_kiosk.contentFolder());
    chooser.resize(800, 600);
    chooser.show();
    QString chosen;
    chooser.open(QStringLiteral("Open a text"), {QStringLiteral("txt")},
                 [&](const QString& p) { chosen = p; });
    QCOMPARE(chooser.list()->count(), 1);
    QCOMPARE(chooser.list()->item(0)->text(), QStringLiteral("whale.txt"));
    QVERIFY(chooser.list()->visualItemRect(chooser.list()->item(0)).height() >= kTouch);
    QVERIFY(!chooser.emptyMessage()->isVisible());
    chooser.open(QStringLiteral("Open a scan"), {QStringLiteral("png")},
                 [&](const QString& p) { chosen = p; });
    QCOMPARE(chooser.list()->count(), 1);
    QVERIFY(!chooser.list()->item(0)->icon().isNull()); // a thumbnail for images
    // Nothing matches: a message in words instead of an empty list.
    chooser.open(QStringLiteral("Open a video"), {QStringLiteral("mp4")},
                 [&](const QString& p) { chosen = p; });
    QVERIFY(chooser.emptyMessage()->isVisible());
    QVERIFY(chooser.emptyMessage()->text().contains(QLatin1String(".mp4")));
    QVERIFY(!chooser.list()->isVisible());
    QVERIFY(chosen.isEmpty());
    // A file replaced by an escaping link after listing is refused at the tap.
    const QString swap = m_kiosk.contentFolder() + QStringLiteral("/swap.txt");
    QVERIFY(writeFile(swap, "inside\n"));
    chooser.open(QStringLiteral("Open a text"), {QStringLiteral("txt")},
                 [&](const QString& p) { chosen = p; });
    QCOMPARE(chooser.list()->count(), 2);
    QVERIFY(QFile::remove(swap));
    QVERIFY(QFile::link(m_kiosk.path(QStringLiteral("private/secret.txt")), swap));
    const int swapRow = int(
        chooser.files().indexOf(QDir(m_kiosk.contentFolder()).canonicalPath() + QStringLiteral("/swap.txt")));
    QVERIFY(swapRow >= 0);
    QVERIFY(!chooser.choose(swapRow));
    QVERIFY(chosen.isEmpty());
    QVERIFY(QFile::remove(swap));
    QCOMPARE(chooser.list()->count(), 1); // listed again without it
    tapRow(chooser.list(), 0);
    QCOMPARE(chosen, QDir(m_kiosk.contentFolder()).canonicalPath() + QStringLiteral("/whale.txt"));
}

void TestKioskTouch::chooserReplacesTheFileDialog() {
    // The desktop keeps its dialog; a page with a chooser never makes one.
    ModePage page;
    QVERIFY(!page.hasFileChooser());
    QCOMPARE(ModePage::filterSuffixes(QStringLiteral("Images (*.png *.JPG);;All files (*)")),
             QStringList({QStringLiteral("png"), QStringLiteral("jpg")}));
    auto window = m_kiosk.openKiosk(QStringLiteral("text, fingerprint"), {}, quietTimeouts());
    QVERIFY(window);
    if (window->demos().empty())
        QSKIP("this build has neither the Text nor the Fingerprint workspace");
    for (int i = 0; i < int(window->demos().size()); ++i) {
        window->showDemo(i);
        auto* demo = qobject_cast<WorkspaceDemo*>(window->demos()[size_t(i)]);
        QVERIFY(demo && demo->page() && demo->page()->hasFileChooser());
        const auto buttons = demo->page()->findChildren<QPushButton*>();
        int opened = 0;
        for (QPushButton* open : buttons) {
            if (!open->objectName().contains(QLatin1String("Open")) || !open->isVisible())
                continue;
            if (!open->isEnabled())
                continue;
            QTest::mouseClick(open, Qt::LeftButton);
            QVERIFY2(demo->isChooserShown(), qPrintable(open->objectName()));
            QVERIFY(!anyFileDialog());
            QTest::mouseClick(demo->chooser()->findChild<QPushButton*>(QStringLiteral("kioskChooserCancel")),
                              Qt::LeftButton);
            QVERIFY(!demo->isChooserShown());
            ++opened;
        }
        QVERIFY2(opened >= 1, qPrintable(demo->page()->objectName()));
    }
    QCOMPARE(window->activity().refusedFileDialogs(), 0); // none was even attempted
}

void TestKioskTouch::chosenFileLoads_data() {
    QTest::addColumn<QString>("demo");
    QTest::addColumn<QString>("open");
    QTest::newRow("text") << "text"
                          << "textOpen";
    QTest::newRow("fingerprint") << "fingerprint"
                                 << "fingerprintOpen";
}

void TestKioskTouch::chosenFileLoads() {
    QFETCH(QString, demo);
    QFETCH(QString, open);
    auto window = m_kiosk.openKiosk(demo, {}, quietTimeouts());
    QVERIFY(window);
    if (window->demos().empty())
        QSKIP("this build has no such workspace");
    window->showDemo(0);
    auto* workspace = qobject_cast<WorkspaceDemo*>(window->demos()[0]);
    QVERIFY(workspace);
    QTest::mouseClick(workspace->page()->findChild<QPushButton*>(open), Qt::LeftButton);
    QVERIFY(workspace->isChooserShown());
    QListWidget* list = workspace->chooser()->list();
    QCOMPARE(list->count(), 1); // whale.txt for the text page, print.png for the fingerprint page
    // The fingerprint page says when its analysis of the chosen scan is done.
    std::unique_ptr<QSignalSpy> finished;
    if (demo == QLatin1String("fingerprint"))
        finished = std::make_unique<QSignalSpy>(workspace->page(), SIGNAL(analysisFinished(bool)));
    tapRow(list, 0);
    QVERIFY(!workspace->isChooserShown());
    QVERIFY(!anyFileDialog());
    if (demo == QLatin1String("text")) {
        auto* input = workspace->page()->findChild<QPlainTextEdit*>(QStringLiteral("textInput"));
        QVERIFY(input);
        QCOMPARE(input->toPlainText(), kText);
    } else {
        QVERIFY(finished->isValid());
        QTRY_VERIFY_WITH_TIMEOUT(finished->count() >= 1, kWaitMs);
        QCOMPARE(finished->first().first().toBool(), true);
        // A tap on the print shows the value under the finger (a hover readout on the desktop).
        auto* page = qobject_cast<FingerprintPage*>(workspace->page());
        QVERIFY(page);
        QTRY_VERIFY(page->view()->isVisible());
        QVERIFY(page->cursorText().isEmpty());
        const QPoint centre = page->view()->viewport()->rect().center();
        QTest::mousePress(page->view()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseRelease(page->view()->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY2(!page->cursorText().isEmpty(), "no readout after a tap");
    }
    // A reset drops the page (and what it loaded); the next visitor gets a fresh one.
    QPointer<ModePage> old = workspace->page();
    window->showHome();
    workspace->reset();
    QTRY_VERIFY(old.isNull());
    window->showDemo(0);
    QVERIFY(workspace->page());
    if (demo == QLatin1String("text"))
        QVERIFY(workspace->page()->findChild<QPlainTextEdit*>(QStringLiteral("textInput"))->toPlainText() !=
                kText);
}

void TestKioskTouch::hostedPagesAreTouchSized() {
    auto window = m_kiosk.openKiosk(QStringLiteral("text, fingerprint, tour"), {}, quietTimeouts());
    QVERIFY(window);
    int pages = 0;
    for (int i = 0; i < int(window->demos().size()); ++i) {
        auto* demo = qobject_cast<WorkspaceDemo*>(window->demos()[size_t(i)]);
        if (!demo)
            continue;
        window->showDemo(i);
        QWidget* page = demo->page();
        QVERIFY(page);
        // Every tab of the page, so controls on hidden tabs are measured too.
        for (QTabBar* tabs : page->findChildren<QTabBar*>()) {
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QApplication::processEvents();
                const QStringList small = smallControls(page);
                QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
            }
        }
        ++pages;
    }
    if (pages == 0)
        QSKIP("this build has neither the Text nor the Fingerprint workspace");
}

void TestKioskTouch::tapActsAsHover() {
    // A widget that reacts to hovering (mouse tracking) records the moves it gets.
    class Hover : public QWidget {
    public:
        std::vector<std::pair<QPoint, Qt::MouseButtons>> moves;

    protected:
        void mouseMoveEvent(QMouseEvent* e) override {
            moves.emplace_back(e->position().toPoint(), e->buttons());
        }
    };
    QWidget view;
    view.setObjectName(QStringLiteral("hoverHost"));
    auto* hover = new Hover;
    hover->setMouseTracking(true);
    hover->setParent(&view);
    hover->setGeometry(0, 0, 200, 100);
    auto* plain = new Hover;
    plain->setParent(&view);
    plain->setGeometry(0, 100, 200, 100);
    view.resize(200, 200);
    KioskTouch::apply(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    hover->moves.clear();
    QTest::mousePress(hover, Qt::LeftButton, {}, QPoint(30, 40));
    QVERIFY(!hover->moves.empty());
    QCOMPARE(hover->moves.front().first, QPoint(30, 40));
    QCOMPARE(hover->moves.front().second, Qt::MouseButtons(Qt::NoButton));
    QTest::mouseRelease(hover, Qt::LeftButton, {}, QPoint(30, 40));
    // Widgets that do not react to hovering get nothing extra.
    QTest::mousePress(plain, Qt::LeftButton, {}, QPoint(30, 40));
    QTest::mouseRelease(plain, Qt::LeftButton, {}, QPoint(30, 40));
    QVERIFY(plain->moves.empty());
}

void TestKioskTouch::tapIsolatesATokenAfterARun() {
    auto window = m_kiosk.openKiosk(QStringLiteral("text"), {}, quietTimeouts());
    QVERIFY(window);
    if (window->demos().empty())
        QSKIP("this build has no Text workspace");
    window->showDemo(0);
    ModePage* page = qobject_cast<WorkspaceDemo*>(window->demos()[0])->page();
    auto* run = page->findChild<QPushButton*>(QStringLiteral("textRun"));
    page->findChild<QPlainTextEdit*>(QStringLiteral("textInput"))->setPlainText(kText);
    if (!run->isEnabled())
        QSKIP("no text model is installed");
    QSignalSpy finished(page, SIGNAL(runFinished(bool)));
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kWaitMs);
    QVERIFY(finished.first().first().toBool());
    // The result's controls (layer, head boxes, model view) are touch-sized and the exports stay hidden.
    QStringList small = smallControls(page);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
    for (QPushButton* b : page->findChildren<QPushButton*>())
        QVERIFY2(!b->objectName().contains(QLatin1String("Export")) || !b->isVisible(),
                 qPrintable(b->objectName()));
    // A tap on a token's label isolates its links, as hovering does on the desktop.
    auto* head = page->findChild<HeadViewWidget*>(QStringLiteral("textHeadView"));
    QVERIFY(head && head->isVisible());
    QCOMPARE(head->focusToken(), -1);
    const QPoint token(4, head->rowCentre(2));
    QTest::mousePress(head, Qt::LeftButton, {}, token);
    QTest::mouseRelease(head, Qt::LeftButton, {}, token);
    QCOMPARE(head->focusToken(), 2);
}

void TestKioskTouch::exportButtonsStayHidden() {
    QWidget view;
    auto* save = new QPushButton(QStringLiteral("Save…"), &view);
    save->setObjectName(QStringLiteral("somethingSave"));
    auto* keep = new QPushButton(QStringLiteral("Run"), &view);
    keep->setObjectName(QStringLiteral("somethingRun"));
    KioskTouch* touch = KioskTouch::apply(&view);
    view.show();
    QCOMPARE(touch->hiddenWriters(), 1);
    QVERIFY(!save->isVisible());
    QVERIFY(keep->isVisible());
    save->show(); // a page re-showing it after a run
    QVERIFY(!save->isVisible());
    // The real pages: their Export buttons exist and are hidden in the kiosk.
    auto window = m_kiosk.openKiosk(QStringLiteral("text, fingerprint"), {}, quietTimeouts());
    QVERIFY(window);
    for (int i = 0; i < int(window->demos().size()); ++i) {
        window->showDemo(i);
        auto* demo = qobject_cast<WorkspaceDemo*>(window->demos()[size_t(i)]);
        int exports = 0;
        for (QAbstractButton* b : demo->page()->findChildren<QAbstractButton*>()) {
            if (!b->objectName().contains(QLatin1String("Export")))
                continue;
            ++exports;
            QVERIFY2(!b->isVisible(), qPrintable(b->objectName()));
        }
        QVERIFY2(exports >= 1, qPrintable(demo->page()->objectName()));
    }
}

QTEST_MAIN(TestKioskTouch)
#include "tst_kiosk_touch.moc"
