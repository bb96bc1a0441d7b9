// SPDX-License-Identifier: MIT
// Kiosk mode, offscreen: configuration validation, the attract loop, touch, reset, file dialogs, the PIN
// exit, the language toggle and the digit playground, with short timeouts from a test configuration.
#include "AppSetup.h"
#include "LanguageManager.h"
#include "kiosk/DigitDemo.h"
#include "kiosk/KioskActivity.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskImageView.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/SaliencyDemo.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kOwnDemos = 2; // saliency and digits; Text/Fingerprint workspace pages follow when they exist
const QString kPin = QStringLiteral("2468");

bool hasCjk(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

bool anyFileDialogVisible() {
    const auto widgets = QApplication::allWidgets();
    return std::any_of(widgets.begin(), widgets.end(),
                       [](QWidget* w) { return qobject_cast<QFileDialog*>(w) && w->isVisible(); });
}

} // namespace

class TestKiosk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void configErrors_data();
    void configErrors();
    void configValues();
    void contentFolderStaysInside();
    void idleStartsAttractLoop();
    void touchStopsAttractLoop_data();
    void touchStopsAttractLoop();
    void resetToHomeAfterInactivity();
    void noFileDialogCanBeOpened();
    void exitNeedsThePin();
    void exitKeyCombination();
    void languageToggleSwitchesTexts();
    void controlsAreTouchSized();
    void saliencyDemoShowsOverlay();
    void digitFollowsTheFinger();

private:
    QString writeConfig(const QString& name, const QString& body);
    QString goodConfig(const QString& timeouts);
    std::unique_ptr<KioskWindow> openKiosk(const QString& timeouts);
    QPushButton* button(QWidget& window, const QString& name);
    void enterPin(KioskWindow& window, const QString& pin);

    QTemporaryDir m_dir;
    QString m_content;
    PluginRegistry m_registry;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<Settings> m_settings;
};

void TestKiosk::initTestCase() {
    setupApplication(*qApp);
    QVERIFY(m_dir.isValid());
    PluginRegistry::Options options;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    options.useDefaultDirs = false;
    m_registry.load(options);
    QVERIFY(m_registry.model(QStringLiteral("saliency.spectral-residual")));
    QVERIFY(m_registry.model(QStringLiteral("digits-cbam")));
    // Two small photos made in code, and a folder that is not the content folder.
    m_content = m_dir.filePath(QStringLiteral("content"));
    QVERIFY(QDir().mkpath(m_content));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("private"))));
    for (int i = 0; i < 2; ++i) {
        cv::Mat photo(96, 128, CV_8UC3, cv::Scalar(40, 60, 80));
        cv::circle(photo, cv::Point(30 + 60 * i, 48), 14, cv::Scalar(20, 220, 240), cv::FILLED);
        QVERIFY(cv::imwrite(QStringLiteral("%1/photo%2.png").arg(m_content).arg(i).toStdString(), photo));
    }
    m_language = std::make_unique<LanguageManager>();
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

QString TestKiosk::writeConfig(const QString& name, const QString& body) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(body.toUtf8());
    return path;
}

QString TestKiosk::goodConfig(const QString& timeouts) {
    return QStringLiteral("[kiosk]\ncontent = content\nlanguages = en, zh_CN\nlanguage = en\n"
                          "[timeouts]\n%1\n"
                          "[models]\nsaliency = saliency.spectral-residual\ndigits = digits-cbam\n"
                          "[exit]\npin_sha256 = %2\nkeys = Ctrl+Alt+Shift+Q\n")
        .arg(timeouts, QString::fromLatin1(KioskConfig::hashPin(kPin)));
}

std::unique_ptr<KioskWindow> TestKiosk::openKiosk(const QString& timeouts) {
    const QString path = writeConfig(QStringLiteral("kiosk.ini"), goodConfig(timeouts));
    const KioskConfig config = KioskConfig::load(path);
    config.checkModels(m_registry, path);
    auto window = std::make_unique<KioskWindow>(config, m_registry, *m_language, *m_settings);
    window->showFullScreen();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QPushButton* TestKiosk::button(QWidget& window, const QString& name) {
    return window.findChild<QPushButton*>(name);
}

void TestKiosk::enterPin(KioskWindow& window, const QString& pin) {
    for (QChar digit : pin)
        QTest::mouseClick(button(window, QStringLiteral("kioskPinKey") + digit), Qt::LeftButton);
    QTest::mouseClick(button(window, QStringLiteral("kioskPinOk")), Qt::LeftButton);
}

void TestKiosk::configErrors_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const QString exit = QStringLiteral("[exit]\nkeys = Ctrl+Alt+Shift+Q\n");
    QTest::newRow("unknown key") << QStringLiteral("[timeouts]\nattract_aftr = 5\n") + exit
                                 << "timeouts/attract_aftr";
    QTest::newRow("not a number") << QStringLiteral("[timeouts]\nreset_after = soon\n") + exit
                                  << "timeouts/reset_after";
    QTest::newRow("out of range") << QStringLiteral("[timeouts]\nattract_step = 0\n") + exit
                                  << "between 0.05";
    QTest::newRow("unknown demo") << QStringLiteral("[kiosk]\ndemos = saliency, quiz\n") + exit << "“quiz”";
    QTest::newRow("attract demo not shown")
        << QStringLiteral("[kiosk]\ndemos = saliency, digits\nattract = digits, tour\n") + exit
        << "kiosk/attract";
    QTest::newRow("bad language") << QStringLiteral("[kiosk]\nlanguages = en, fr\n") + exit << "“fr”";
    QTest::newRow("start language not listed")
        << QStringLiteral("[kiosk]\nlanguages = en\nlanguage = zh_CN\n") + exit << "kiosk/language";
    QTest::newRow("content not a folder")
        << QStringLiteral("[kiosk]\ncontent = no-such-folder\n") + exit << "kiosk/content";
    QTest::newRow("pin hash too short") << QStringLiteral("[exit]\npin_sha256 = 1234\n") << "64 hex digits";
    QTest::newRow("bad key combination") << QStringLiteral("[exit]\nkeys = Ctrl+Banana+\n") << "exit/keys";
    QTest::newRow("no way to exit") << QStringLiteral("[kiosk]\nlanguage = en\n") << "no way to leave";
}

void TestKiosk::configErrors() {
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QString path = writeConfig(QStringLiteral("bad.ini"), body);
    try {
        KioskConfig::load(path);
        QFAIL("a bad configuration was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
    // A missing file and a model no plugin offers are errors too.
    QVERIFY_THROWS_EXCEPTION(Error, KioskConfig::load(m_dir.filePath(QStringLiteral("missing.ini"))));
    KioskConfig config = KioskConfig::defaults();
    config.digitModels = {QStringLiteral("digits-nonexistent")};
    QVERIFY_THROWS_EXCEPTION(Error, config.checkModels(m_registry, path));
}

void TestKiosk::configValues() {
    const QString path =
        writeConfig(QStringLiteral("values.ini"), goodConfig(QStringLiteral("attract_after = 1.5\n"
                                                                            "attract_step = 2\n"
                                                                            "reset_after = 0.25")));
    const KioskConfig config = KioskConfig::load(path);
    QCOMPARE(config.attractAfterSeconds, 1.5);
    QCOMPARE(config.attractStepSeconds, 2.0);
    QCOMPARE(config.resetAfterSeconds, 0.25);
    QCOMPARE(config.languages, QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(QDir(config.contentDir).canonicalPath(), QDir(m_content).canonicalPath());
    QVERIFY(config.pinMatches(kPin));
    QVERIFY(!config.pinMatches(QStringLiteral("1357")));
    QVERIFY(!config.pinMatches(QString()));
    QCOMPARE(config.exitKeys, QKeySequence(QStringLiteral("Ctrl+Alt+Shift+Q")));
    QCOMPARE(config.saliencyModels, QStringList{QStringLiteral("saliency.spectral-residual")});
    QCOMPARE(config.demos.mid(0, 2), QStringList({QStringLiteral("saliency"), QStringLiteral("digits")}));
}

void TestKiosk::contentFolderStaysInside() {
    // A link inside the content folder that points outside it must not be offered.
    const QString outside = m_dir.filePath(QStringLiteral("private/secret.png"));
    QVERIFY(cv::imwrite(outside.toStdString(), cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3))));
    const QString link = m_content + QStringLiteral("/link.png");
    QFile::remove(link);
    QVERIFY(QFile::link(outside, link));
    KioskConfig config = KioskConfig::defaults();
    config.contentDir = m_content;
    const QStringList photos = config.photos();
    QFile::remove(link);
    QCOMPARE(photos.size(), 2);
    for (const QString& photo : photos)
        QVERIFY2(photo.startsWith(QDir(m_content).canonicalPath() + QLatin1Char('/')), qPrintable(photo));
}

void TestKiosk::idleStartsAttractLoop() {
    auto window = openKiosk(QStringLiteral("attract_after = 0.3\nattract_step = 0.3\nreset_after = 600"));
    QVERIFY(window);
    // (No check of the start state: under qemu, 0.3 s may pass before the window is even exposed.)
    QTRY_VERIFY_WITH_TIMEOUT(window->isAttracting(), kWaitMs);
    QVERIFY(window->currentDemo());
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("kioskBanner"))->isVisible());
    // The loop cycles: the other demo comes up without any input.
    KioskDemo* first = window->currentDemo();
    QTRY_VERIFY_WITH_TIMEOUT(window->currentDemo() && window->currentDemo() != first, kWaitMs);
}

void TestKiosk::touchStopsAttractLoop_data() {
    QTest::addColumn<bool>("touch");
    QTest::newRow("touch") << true;
    QTest::newRow("mouse") << false;
}

void TestKiosk::touchStopsAttractLoop() {
    QFETCH(bool, touch);
    auto window = openKiosk(QStringLiteral("attract_after = 1\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->isAttracting(), kWaitMs);
    const QPoint centre = window->rect().center();
    if (touch) {
        static QPointingDevice* device = QTest::createTouchDevice();
        QTest::touchEvent(window.get(), device).press(0, centre);
        QTest::touchEvent(window.get(), device).release(0, centre);
    } else {
        QTest::mouseClick(window->childAt(centre) ? window->childAt(centre) : window.get(), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window->isAttracting(), kWaitMs);
    // The waking touch only wakes the kiosk: it must not also press the tile under the finger.
    QTest::qWait(50);
    QVERIFY(window->isHome());
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("kioskBanner"))->isVisible());
}

void TestKiosk::resetToHomeAfterInactivity() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 0.5"));
    QVERIFY(window);
    QTest::mouseClick(button(*window, QStringLiteral("kioskLanguage")), Qt::LeftButton);
    QCOMPARE(m_language->language(), QStringLiteral("zh_CN"));
    QTest::mouseClick(button(*window, QStringLiteral("kioskTile0")), Qt::LeftButton);
    QVERIFY(!window->isHome());
    QVERIFY(window->currentDemo());
    QTRY_VERIFY_WITH_TIMEOUT(window->isHome(), kWaitMs);
    QVERIFY(!window->isAttracting());
    QCOMPARE(m_language->language(), QStringLiteral("en")); // the next visitor starts in the start language
}

void TestKiosk::noFileDialogCanBeOpened() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    const QList<QKeySequence> keys{QKeySequence::Open,
                                   QKeySequence::Save,
                                   QKeySequence::SaveAs,
                                   QKeySequence::Print,
                                   QKeySequence::Quit,
                                   QKeySequence::Close,
                                   QKeySequence::HelpContents,
                                   QKeySequence(Qt::ALT | Qt::Key_F4),
                                   QKeySequence(Qt::CTRL | Qt::Key_E),
                                   QKeySequence(Qt::Key_Escape)};
    // Every key on every page (the embedded workspace pages too), and every button of the kiosk's own pages
    // except the staff exit.
    for (int page = -1; page < int(window->demos().size()); ++page) {
        if (page < 0)
            window->showHome();
        else
            window->showDemo(page);
        for (const QKeySequence& key : keys) {
            QTest::keySequence(window.get(), key);
            QVERIFY2(!anyFileDialogVisible(), qPrintable(key.toString()));
            QVERIFY(window->isVisible());
        }
        if (page >= kOwnDemos)
            continue;
        for (QPushButton* b : window->findChildren<QPushButton*>()) {
            if (!b->isVisible() || b->objectName() == QLatin1String("kioskExit"))
                continue;
            QTest::mouseClick(b, Qt::LeftButton);
            QVERIFY2(!anyFileDialogVisible(), qPrintable(b->objectName()));
            QVERIFY(window->isVisible());
        }
    }
    // The guard itself: a file dialog that some page might open is refused before it appears.
    const int refused = window->activity().refusedFileDialogs();
    QFileDialog dialog(window.get());
    dialog.show();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(window->activity().refusedFileDialogs(), refused + 1);
}

void TestKiosk::exitNeedsThePin() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    QSignalSpy exits(window.get(), &KioskWindow::exitRequested);
    // A plain close (Alt+F4, a window manager) is refused.
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QTest::mouseClick(button(*window, QStringLiteral("kioskExit")), Qt::LeftButton);
    QVERIFY(window->isPinPadShown());
    enterPin(*window, QStringLiteral("1111"));
    QVERIFY(window->isVisible());
    QVERIFY(window->isPinPadShown());
    QCOMPARE(exits.count(), 0);
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("kioskPinMessage"))->text().isEmpty());
    enterPin(*window, kPin);
    QCOMPARE(exits.count(), 1);
    QVERIFY(window->exitAuthorised());
    QVERIFY(!window->isVisible());
}

void TestKiosk::exitKeyCombination() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    QSignalSpy exits(window.get(), &KioskWindow::exitRequested);
    QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(exits.count(), 0);
    QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(exits.count(), 1);
    QVERIFY(!window->isVisible());
}

void TestKiosk::languageToggleSwitchesTexts() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    QPushButton* toggle = button(*window, QStringLiteral("kioskLanguage"));
    QVERIFY(toggle->isVisible());
    window->showDemo(0); // the language button is on every page
    QVERIFY(toggle->isVisible());
    QPushButton* model = window->demos()[0]->findChild<QPushButton*>(QStringLiteral("kioskModel0"));
    QVERIFY(model);
    QVERIFY(!hasCjk(model->text()));
    QCOMPARE(toggle->text(), QStringLiteral("中文"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_language->language(), QStringLiteral("zh_CN"));
    QCOMPARE(toggle->text(), QStringLiteral("English"));
    // Widgets retranslate on QEvent::LanguageChange, which Qt posts: wait for it.
    QTRY_VERIFY2_WITH_TIMEOUT(hasCjk(model->text()), qPrintable(model->text()), kWaitMs); // the model's name
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_language->language(), QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(!hasCjk(model->text()), kWaitMs);
}

void TestKiosk::controlsAreTouchSized() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    // The kiosk's own pages; the hosted workspace pages and the tour: tst_kiosk_touch.
    for (int page = -1; page < std::min(kOwnDemos, int(window->demos().size())); ++page) {
        if (page >= 0)
            window->showDemo(page);
        for (QPushButton* b : window->findChildren<QPushButton*>()) {
            if (!b->isVisible())
                continue;
            QVERIFY2(
                b->width() >= 48 && b->height() >= 48,
                qPrintable(
                    QStringLiteral("%1 is %2x%3").arg(b->objectName()).arg(b->width()).arg(b->height())));
        }
    }
}

void TestKiosk::saliencyDemoShowsOverlay() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    auto* demo = qobject_cast<SaliencyDemo*>(window->demos()[0]);
    QVERIFY(demo);
    window->showDemo(0);
    QTRY_VERIFY_WITH_TIMEOUT(demo->shownRuns() >= 1, kWaitMs);
    QCOMPARE(demo->photoIndex(), 0);
    const int runs = demo->shownRuns();
    QTest::mouseClick(button(*window, QStringLiteral("kioskNextPhoto")), Qt::LeftButton);
    QCOMPARE(demo->photoIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(demo->shownRuns() > runs, kWaitMs);
}

void TestKiosk::digitFollowsTheFinger() {
    auto window = openKiosk(QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600"));
    QVERIFY(window);
    QVERIFY2(window->demos().size() >= 2, "the digit playground needs opencv-doc's digits.png");
    auto* demo = qobject_cast<DigitDemo*>(window->demos()[1]);
    QVERIFY(demo);
    window->showDemo(1);
    QTRY_VERIFY_WITH_TIMEOUT(demo->shownRuns() >= 1, kWaitMs);
    QVERIFY(demo->predictionText().contains(QLatin1Char('%')));
    const QImage before = demo->canvas()->image();
    const cv::Point start = demo->digitPosition();
    // Drag to the far corner: the digit's top-left must follow (clamped to the 64x64 canvas).
    KioskImageView* canvas = demo->canvas();
    const QRectF r = canvas->imageRect();
    const bool left = start.x > 20;
    const QPoint from = r.center().toPoint();
    const QPoint to = QPointF(left ? r.left() + 2 : r.right() - 2, r.center().y()).toPoint();
    const int runs = demo->shownRuns();
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    QVERIFY(left ? demo->digitPosition().x == 0 : demo->digitPosition().x > start.x);
    QTRY_VERIFY_WITH_TIMEOUT(demo->shownRuns() > runs, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(demo->canvas()->image() != before, kWaitMs);
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
