// SPDX-License-Identifier: MIT
// Kiosk mode, offscreen: the guided tour as a demo (tile, big Next/Back, Finish and the inactivity reset
// return home) and as a step of the attract loop when the configuration enables it.
#include "KioskTestSupport.h"

#include "AppSetup.h"
#include "explain/StepsView.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/TourDemo.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace al;
using namespace al::kiosktest;

class TestKioskTour : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedConfigHasTheTour();
    void tourTileStartsTheTour();
    void tourEndsAtHomeAndOnReset();
    void attractLoopIncludesTheTour_data();
    void attractLoopIncludesTheTour();

private:
    KioskFixture m_kiosk;
};

void TestKioskTour::initTestCase() {
    setupApplication(*qApp);
    QVERIFY2(m_kiosk.init(), "the tour needs the onnx plugin with digits-cbam and digits-vit");
}

void TestKioskTour::shippedConfigHasTheTour() {
    // The example installed as /etc/attentionlens/kiosk.ini loads and enables the tour, in the loop too.
    const KioskConfig config =
        KioskConfig::load(QStringLiteral(AL_TEST_DATA_DIR "/../../packaging/kiosk/kiosk.ini"));
    QVERIFY(config.demos.contains(QStringLiteral("tour")));
    QVERIFY(config.attracts(QStringLiteral("tour")));
    QVERIFY(config.attracts(QStringLiteral("saliency")));
}

void TestKioskTour::tourTileStartsTheTour() {
    auto window = m_kiosk.openKiosk(QStringLiteral("digits, tour"), {}, quietTimeouts());
    QVERIFY(window);
    int index = -1;
    TourDemo* demo = demoOf<TourDemo>(*window, &index);
    QVERIFY2(demo, "the tour needs digits-cbam, digits-vit and the package's sample");
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("kioskTile%1").arg(index)),
                      Qt::LeftButton);
    QCOMPARE(window->currentDemo(), demo);
    GuidedTour& tour = demo->tour();
    QVERIFY(tour.isActive());
    QCOMPARE(tour.currentStep(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(demo->shownRuns() >= 1, kWaitMs); // the example ran: the overlay is there
    QTRY_VERIFY_WITH_TIMEOUT(tour.currentTarget() && tour.highlight()->isVisible(), kWaitMs);
    // Big buttons in a panel that sits beside the views, with text a visitor can read.
    for (QPushButton* b : {tour.nextButton(), tour.backButton(), tour.closeButton()}) {
        QVERIFY(b->isVisible());
        QVERIFY2(b->height() >= kTouch, qPrintable(QString::number(b->height())));
    }
    QVERIFY(!tour.backButton()->isEnabled());
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    QCOMPARE(tour.currentStep(), 1);
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    QCOMPARE(tour.currentStep(), 2);
    // Step 3 shows the explainer's Steps view, touch-sized too.
    QVERIFY(demo->stepsView() && demo->stepsView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(smallControls(demo->stepsView()).isEmpty(), 2000);
    QTest::mouseClick(tour.backButton(), Qt::LeftButton);
    QCOMPARE(tour.currentStep(), 1);
    QVERIFY(!window->isHome());
}

void TestKioskTour::tourEndsAtHomeAndOnReset() {
    auto window = m_kiosk.openKiosk(QStringLiteral("tour"), {}, quietTimeouts());
    QVERIFY(window);
    TourDemo* demo = demoOf<TourDemo>(*window);
    QVERIFY(demo);
    // Finish: every Next until the end returns to the home screen.
    window->showDemo(0);
    QVERIFY(demo->tour().isActive());
    for (int i = 0; i + 1 < demo->tour().stepCount(); ++i)
        QTest::mouseClick(demo->tour().nextButton(), Qt::LeftButton);
    // The closing step speaks of the kiosk's Home, not of the desktop's Help menu.
    QCOMPARE(demo->tour().text(), demo->tourClosingText());
    QVERIFY(!demo->tour().text().contains(QStringLiteral("Help")));
    QTest::mouseClick(demo->tour().nextButton(), Qt::LeftButton);
    QVERIFY(!demo->tour().isActive());
    QVERIFY(window->isHome());
    QVERIFY(!demo->stepsView());
    // The inactivity reset ends a tour left open.
    window.reset();
    window = m_kiosk.openKiosk(QStringLiteral("tour"), {},
                               QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 0.5"));
    QVERIFY(window);
    demo = demoOf<TourDemo>(*window);
    window->showDemo(0);
    QTest::mouseClick(demo->tour().nextButton(), Qt::LeftButton);
    QCOMPARE(demo->tour().currentStep(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window->isHome(), kWaitMs);
    QVERIFY(!demo->tour().isActive());
    QVERIFY(!demo->tour().panel()->isVisible());
}

void TestKioskTour::attractLoopIncludesTheTour_data() {
    QTest::addColumn<QString>("attract");
    QTest::addColumn<bool>("tour");
    QTest::newRow("enabled") << QStringLiteral("attract = digits, tour") << true;
    QTest::newRow("default: all demos") << QString() << true;
    QTest::newRow("disabled") << QStringLiteral("attract = digits") << false;
}

void TestKioskTour::attractLoopIncludesTheTour() {
    QFETCH(QString, attract);
    QFETCH(bool, tour);
    auto window =
        m_kiosk.openKiosk(QStringLiteral("digits, tour"), attract,
                          QStringLiteral("attract_after = 0.2\nattract_step = 0.25\nreset_after = 600"));
    QVERIFY(window);
    int index = -1;
    TourDemo* demo = demoOf<TourDemo>(*window, &index);
    QVERIFY(demo);
    const auto& cycled = window->attractDemos();
    QCOMPARE(std::find(cycled.begin(), cycled.end(), index) != cycled.end(), tour);
    QTRY_VERIFY_WITH_TIMEOUT(window->isAttracting(), kWaitMs);
    if (!tour) {
        // Several ticks: the loop stays on the other demo.
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(250);
            QVERIFY(window->currentDemo() != demo);
        }
        return;
    }
    // The loop shows the tour and walks through its steps before moving on.
    QTRY_VERIFY_WITH_TIMEOUT(window->currentDemo() == demo, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(demo->tour().currentStep() >= 2, kWaitMs);
    QVERIFY(window->currentDemo() == demo);
    QTRY_VERIFY_WITH_TIMEOUT(window->currentDemo() != demo, kWaitMs);
    QVERIFY(window->isAttracting());
}

QTEST_MAIN(TestKioskTour)
#include "tst_kiosk_tour.moc"
