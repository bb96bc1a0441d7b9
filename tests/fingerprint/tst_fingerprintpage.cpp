// SPDX-License-Identifier: MIT
// The Fingerprint workspace driven like a user: generate, open and drop scans, step through the stages,
// read values under the cursor, toggle the markers, match two prints, export, and see errors reported.
#include "FingerprintTestImages.h"

#include "ErrorReporter.h"
#include "ImageView.h"
#include "fingerprint/FingerprintPage.h"

#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/IsoTemplate.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;

class TestFingerprintPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generateShowsEveryStage();
    void cursorShowsStageValues();
    void markersToggle();
    void matchPairsTwoPrints();
    void dropOpensAFile();
    void exportsTemplateAndJson();
    void missingFileIsReported();
    void languageChangeKeepsTheStage();

private:
    QString writePrint(const QString& name, const cv::Mat& image);

    QTemporaryDir m_dir;
    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ErrorReporter> m_errors;
    std::unique_ptr<FingerprintPage> m_page;
};

QString TestFingerprintPage::writePrint(const QString& name, const cv::Mat& image) {
    const QString path = m_dir.filePath(name);
    cv::imwrite(path.toStdString(), image);
    return path;
}

void TestFingerprintPage::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_registry = std::make_unique<PluginRegistry>();
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestFingerprintPage::init() {
    m_errors = std::make_unique<ErrorReporter>(nullptr);
    m_errors->setShowDialogs(false);
    ModePage* page = createFingerprintPage({*m_registry, *m_settings, *m_errors});
    m_page.reset(qobject_cast<FingerprintPage*>(page));
    QVERIFY(m_page);
    m_page->resize(1000, 700);
    m_page->show();
}

void TestFingerprintPage::cleanup() {
    m_page.reset();
}

void TestFingerprintPage::generateShowsEveryStage() {
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->generate(fp::FingerprintClass::LeftLoop, 5);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_page->result());
    auto* stages = m_page->findChild<QListWidget*>(QStringLiteral("fingerprintStages"));
    QCOMPARE(stages->count(), int(m_page->result()->stages.size()));
    QCOMPARE(stages->count(), 12);
    QCOMPARE(m_page->currentStage(), stages->count() - 1); // the result first
    auto* explanation = m_page->findChild<QLabel*>(QStringLiteral("fingerprintExplanation"));
    for (int i = 0; i < stages->count(); ++i) {
        m_page->setCurrentStage(i);
        QCOMPARE(explanation->text(), m_page->result()->stages[size_t(i)].explanation);
        QCOMPARE(m_page->view()->image().width(), m_page->result()->gray.cols);
    }
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("fingerprintSummary"));
    QVERIFY(summary->text().contains(fp::fingerprintClassName(m_page->result()->features.fingerprintClass)));
    QCOMPARE(m_errors->count(), 0);
}

void TestFingerprintPage::cursorShowsStageValues() {
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->openFile(writePrint(QStringLiteral("parallel.png"), test::parallelRidges({200, 200}, 0.0, 10.0)));
    QVERIFY(finished.wait(30000));
    const int orientation = 3; // input, segmentation, normalized, orientation
    QCOMPARE(m_page->result()->stages[orientation].id, QStringLiteral("orientation"));
    m_page->setCurrentStage(orientation);
    emit m_page->view()->hoveredPixel(QPoint(100, 100));
    const QString text = m_page->cursorText();
    QVERIFY2(text.contains(QStringLiteral("x 100, y 100")), qPrintable(text));
    // Horizontal ridges: 0 or 180 degrees.
    const double value =
        text.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toDouble();
    QVERIFY2(std::min(value, 180.0 - value) < 3.0, qPrintable(text));
    m_page->setCurrentStage(0); // no values: the gray level
    emit m_page->view()->hoveredPixel(QPoint(0, 0));
    QVERIFY2(m_page->cursorText().contains(QStringLiteral("gray 255")), qPrintable(m_page->cursorText()));
    emit m_page->view()->hoveredPixel(QPoint(-1, -1));
    QVERIFY(m_page->cursorText().isEmpty());
}

void TestFingerprintPage::markersToggle() {
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->openFile(
        writePrint(QStringLiteral("minutia.png"), test::minutiaPrint({200, 200}, 0.5, 10.0, false)));
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_page->result()->features.minutiae.empty());
    m_page->setCurrentStage(0);
    const QImage plain = m_page->view()->image();
    m_page->setFeaturesShown(true);
    const QImage marked = m_page->view()->image();
    QCOMPARE(marked.size(), plain.size());
    QVERIFY(marked != plain);
    m_page->setFeaturesShown(false);
    QCOMPARE(m_page->view()->image(), plain);
}

void TestFingerprintPage::matchPairsTwoPrints() {
    const cv::Mat a = fp::generatePrint(fp::FingerprintClass::Whorl, 3, cv::Size(320, 320), true).image;
    cv::Mat b; // the same finger turned by 8 degrees counterclockwise
    cv::warpAffine(a, b, cv::getRotationMatrix2D({160, 160}, 8.0, 1.0), a.size(), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar(255));
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->openFile(writePrint(QStringLiteral("a.png"), a));
    QVERIFY(finished.wait(30000));
    m_page->openSecondFile(writePrint(QStringLiteral("b.png"), b));
    QVERIFY(finished.wait(30000));
    QVERIFY(m_page->match().has_value());
    QVERIFY2(m_page->match()->score > 0.3, qPrintable(QString::number(m_page->match()->score)));
    QVERIFY(std::fabs(m_page->match()->rotation * 180.0 / test::kPi - 8.0) < 4.0);
    QVERIFY(m_page->matchView()->image().width() >= 2 * 320);
    auto* score = m_page->findChild<QLabel*>(QStringLiteral("fingerprintScore"));
    QVERIFY2(score->text().contains(QString::number(m_page->match()->score, 'f', 3)),
             qPrintable(score->text()));
}

void TestFingerprintPage::dropOpensAFile() {
    const QString path =
        writePrint(QStringLiteral("dropped.png"), test::parallelRidges({160, 160}, 1.0, 9.0));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &drop);
    QVERIFY(finished.wait(30000));
    QVERIFY(m_page->result());
    QCOMPARE(m_page->result()->gray.cols, 160);
}

void TestFingerprintPage::exportsTemplateAndJson() {
    QVERIFY(!m_page->exportTemplate(m_dir.filePath(QStringLiteral("none.iso")))); // nothing analysed yet
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->openFile(writePrint(QStringLiteral("loop.png"), test::loopPrint({240, 240}, 1, 10.0)));
    QVERIFY(finished.wait(30000));
    const QString iso = m_dir.filePath(QStringLiteral("loop.iso")),
                  json = m_dir.filePath(QStringLiteral("loop.json"));
    QVERIFY(m_page->exportTemplate(iso));
    QVERIFY(m_page->exportJson(json));
    const fp::IsoTemplate t = fp::readIsoTemplateFile(iso);
    QCOMPARE(t.width, 240);
    QCOMPARE(t.views.front().minutiae.size(), m_page->result()->features.minutiae.size());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("loop.png"));
    QVERIFY(!m_page->exportJson(m_dir.filePath(QStringLiteral("no/such/folder/x.json"))));
    QCOMPARE(m_errors->count(), 1);
}

void TestFingerprintPage::missingFileIsReported() {
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    m_page->openFile(missing);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_errors->count(), 1);
    QVERIFY2(m_errors->lastMessage().contains(QStringLiteral("missing.png")),
             qPrintable(m_errors->lastMessage()));
    QVERIFY(!m_page->result());
}

void TestFingerprintPage::languageChangeKeepsTheStage() {
    QSignalSpy finished(m_page.get(), &FingerprintPage::analysisFinished);
    m_page->openFile(writePrint(QStringLiteral("lang.png"), test::parallelRidges({160, 160}, 0.3, 9.0)));
    QVERIFY(finished.wait(30000));
    m_page->setCurrentStage(2);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_page.get(), &change);
    QCOMPARE(m_page->currentStage(), 2); // retranslating must not jump to another stage
    auto* stages = m_page->findChild<QListWidget*>(QStringLiteral("fingerprintStages"));
    QCOMPARE(stages->count(), 12);
    auto* explanation = m_page->findChild<QLabel*>(QStringLiteral("fingerprintExplanation"));
    QCOMPARE(explanation->text(),
             fp::stageText(QStringLiteral("normalized"), fp::FingerprintClass::Arch).explanation);
}

QTEST_MAIN(TestFingerprintPage)
#include "tst_fingerprintpage.moc"
