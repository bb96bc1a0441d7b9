// SPDX-License-Identifier: MIT
// The Text workspace offscreen: type a text, run the tiny text fixture, every view is populated, hovering
// a token isolates its links, the model view opens a head, exports are written (HTML self-contained),
// bad input is reported.
#include "ErrorReporter.h"
#include "ModePage.h"
#include "PredictionsPanel.h"
#include "explain/SelfAttentionView.h"
#include "text/HeadViewWidget.h"
#include "text/MatrixViewWidget.h"
#include "text/TextPage.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace al;

class TestTextPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runPopulatesViews();
    void hoverIsolatesToken();
    void modelViewOpensHead();
    void exports();
    void badInputIsReported();
    void cancelLeavesAConsistentPage();
    void stepsFollowTheShippedModel();
    void longInputStaysUsable();

private:
    template <typename T> T* child(const char* name) const {
        T* w = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ErrorReporter> m_errors;
    TextPage* m_page = nullptr;
};

void TestTextPage::initTestCase() {
    QVERIFY(m_dir.isValid());
    PluginRegistry::Options options;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    options.useDefaultDirs = false;
    options.context.modelDirs = {QStringLiteral(AL_TEST_DATA_DIR "/text/models"),
                                 QStringLiteral(AL_MODELS_DIR)};
    m_registry = std::make_unique<PluginRegistry>();
    m_registry->load(options);
    if (!m_registry->model(QStringLiteral("tiny-text")))
        for (const PluginRecord& r : m_registry->report())
            qWarning() << r.path << r.error << r.note << r.modelIds;
    QVERIFY2(m_registry->model(QStringLiteral("tiny-text")), "the onnx plugin did not offer tiny-text");
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_errors = std::make_unique<ErrorReporter>(nullptr);
    m_errors->setShowDialogs(false);
    ModePage* page = createTextPage(ModePageContext{*m_registry, *m_settings, *m_errors});
    m_page = qobject_cast<TextPage*>(page);
    QVERIFY(m_page);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    auto* combo = child<QComboBox>("textModel");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("tiny-text")));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("tiny-text"));
    auto* input = child<QPlainTextEdit>("textInput");
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("The zebra sat on the mat."));
    QSignalSpy finished(m_page, &TextPage::runFinished);
    QTest::mouseClick(child<QPushButton>("textRun"), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(m_errors->lastMessage()));
}

void TestTextPage::cleanupTestCase() {
    delete m_page;
    m_page = nullptr;
}

void TestTextPage::runPopulatesViews() {
    const ModelResult* r = m_page->result();
    QVERIFY(r);
    QCOMPARE(int(r->tokens.size()), 7);
    QVERIFY(r->tokens[1].unknown); // "zebra" is not in the fixture's vocabulary
    const QString tokens = child<QTextBrowser>("textTokens")->toHtml();
    QVERIFY(tokens.contains(QStringLiteral("zebra")));
    QVERIFY(tokens.contains(QStringLiteral("#b00000"))); // UNK marked
    QCOMPARE(child<PredictionsPanel>("textPredictions")->barCount(), 3);
    auto* head = child<HeadViewWidget>("textHeadView");
    QVERIFY(head->visibleLinkCount() >= 7 * 2); // both heads, top-4 links above 0.02 per query
    QCOMPARE(child<MatrixViewWidget>("textMatrixView")->image().size(), QSize(7, 7));
    QCOMPARE(child<QComboBox>("textMatrixHead")->count(), 3); // 2 heads + mean
    QVERIFY(child<QToolButton>("textGridL0H0") && child<QToolButton>("textGridL0H1"));
    QCOMPARE(child<QChartView>("textPoolingChart")->chart()->series().size(), 1);
    QVERIFY(child<QPushButton>("textExportHtml")->isEnabled());
}

void TestTextPage::hoverIsolatesToken() {
    child<QTabWidget>("textTabs")->setCurrentIndex(0);
    auto* head = child<HeadViewWidget>("textHeadView");
    const int all = head->visibleLinkCount();
    QTest::mouseMove(head, QPoint(5, head->rowCentre(2)));
    QTRY_COMPARE(head->focusToken(), 2);
    QVERIFY(head->visibleLinkCount() < all);
    QVERIFY(head->visibleLinkCount() > 0);
    QTest::mouseMove(head, QPoint(head->width() - 5, head->rowCentre(4)));
    QTRY_COMPARE(head->focusToken(), 4);
    head->setFocusToken(-1);
    QCOMPARE(head->visibleLinkCount(), all);
}

void TestTextPage::modelViewOpensHead() {
    child<QTabWidget>("textTabs")->setCurrentIndex(2);
    QTest::mouseClick(child<QToolButton>("textGridL0H1"), Qt::LeftButton);
    QCOMPARE(child<QTabWidget>("textTabs")->currentIndex(), 1);
    QCOMPARE(child<QComboBox>("textMatrixHead")->currentIndex(), 1);
    auto* matrix = child<MatrixViewWidget>("textMatrixView");
    const QString value = matrix->describeAt(QPoint(int(matrix->zoom() * 1.5), int(matrix->zoom() * 0.5)));
    QVERIFY2(value.contains(QStringLiteral("'The'")) && value.contains(QStringLiteral("'zebra'")),
             qPrintable(value));
}

void TestTextPage::exports() {
    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    const QString json = m_dir.filePath(QStringLiteral("r.json"));
    const QString png = m_dir.filePath(QStringLiteral("r.png"));
    QVERIFY(m_page->exportTo(html, QStringLiteral("html")));
    QVERIFY(m_page->exportTo(json, QStringLiteral("json")));
    child<QTabWidget>("textTabs")->setCurrentIndex(1);
    QVERIFY(m_page->exportTo(png, QStringLiteral("png")));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));
    QVERIFY(!page.contains(QStringLiteral("src=\"http")) && !page.contains(QStringLiteral("<script")));
    QVERIFY(page.contains(QStringLiteral("zebra")));
    QCOMPARE(QImage(png).width(), 512);
    QVERIFY(QFileInfo(json).size() > 100);
    QVERIFY(!m_page->exportTo(m_dir.filePath(QStringLiteral("missing/dir/r.json")), QStringLiteral("json")));
}

void TestTextPage::badInputIsReported() {
    const int before = m_errors->count();
    const QString bad = m_dir.filePath(QStringLiteral("latin1.txt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("caf\xe9");
    f.close();
    QVERIFY(!m_page->openFile(bad));
    QCOMPARE(m_errors->count(), before + 1);
    QVERIFY2(m_errors->lastMessage().contains(QStringLiteral("UTF-8")), qPrintable(m_errors->lastMessage()));
    child<QPlainTextEdit>("textInput")->setPlainText(QStringLiteral("   "));
    QVERIFY(!m_page->run());
    QCOMPARE(m_errors->count(), before + 2);
}

void TestTextPage::cancelLeavesAConsistentPage() {
    child<QPlainTextEdit>("textInput")->setPlainText(QStringLiteral("a big red dog"));
    QSignalSpy finished(m_page, &TextPage::runFinished);
    QVERIFY(m_page->run());
    QVERIFY(!child<QPushButton>("textRun")->isEnabled());
    QVERIFY(!m_page->run()); // one run at a time
    m_page->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY(!m_page->isRunning());
    QVERIFY(child<QPushButton>("textRun")->isEnabled());
    QVERIFY(!child<QPushButton>("textCancel")->isEnabled());
    // Cancelled (status says so, the previous result stays) or finished before the flag was seen.
    const bool ok = finished.at(0).at(0).toBool();
    QVERIFY(ok || child<QLabel>("textStatus")->text().contains(QStringLiteral("Cancelled")));
    QVERIFY(m_page->result());
}

// The explainer's step-through on the built-in model: its softmax for a query equals the model's attention
// row (Q rescaled where the package stores it pre-divided by sqrt(d)).
void TestTextPage::stepsFollowTheShippedModel() {
    auto* combo = child<QComboBox>("textModel");
    combo->setCurrentIndex(combo->findData(QStringLiteral("wordnet-gloss-attn")));
    QVERIFY(combo->currentIndex() >= 0);
    QVERIFY(child<QComboBox>("textSamples")->count() > 1); // the package's samples are offered
    child<QPlainTextEdit>("textInput")
        ->setPlainText(QStringLiteral("a large wild feline mammal with stripes"));
    QSignalSpy finished(m_page, &TextPage::runFinished);
    QVERIFY(m_page->run());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(child<QTabWidget>("textTabs")->isTabEnabled(4));
    auto* steps = child<SelfAttentionView>("textSteps");
    QVERIFY(steps->hasLayers());
    steps->setLayer(0);
    steps->setQuery(3);
    QVERIFY(!steps->steps().empty());
    const std::vector<TokenAttentionLayer> layers = tokenAttentionLayers(*m_page->result());
    const cv::Mat modelRow = layers[0].heads[0]->data.row(3);
    QVERIFY(cv::norm(steps->steps()[0].weights, modelRow, cv::NORM_INF) <= 1e-4);
}

// 2048 tokens: the head view switches to 4-px rows and paints its window; the matrix view fits and reads out.
void TestTextPage::longInputStaysUsable() {
    const int n = 2048;
    cv::Mat attention(n, n, CV_32F, cv::Scalar(0.5f / float(n - 1)));
    for (int q = 0; q < n; ++q)
        attention.at<float>(q, (q * 7 + 3) % n) = 0.5f;
    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels << QStringLiteral("w%1").arg(i);
    QScrollArea area;
    auto* head = new HeadViewWidget;
    area.setWidget(head);
    area.setWidgetResizable(true);
    area.resize(500, 400);
    head->setData({attention}, headColours(1), labels, std::vector<bool>(size_t(n), false), 4);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(head->options().rowHeight, 4);
    QCOMPARE(head->minimumHeight(), 4 * n);
    QCOMPARE(head->visibleLinkCount(), n); // one key above the 0.02 threshold per query
    area.verticalScrollBar()->setValue(4 * 1000);
    const QImage shot = area.viewport()->grab().toImage();
    int ink = 0;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2)
            ink += shot.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(ink > 0);
    MatrixViewWidget matrix;
    RenderOptions render;
    matrix.setMatrix(tokenMatrixImage(attention, render), attention, labels);
    matrix.fitTo(QSize(512, 512));
    QCOMPARE(matrix.width(), 512);
    QVERIFY(matrix.describeAt(QPoint(1, 0)).contains(QStringLiteral("'w4'"))); // 4 keys per pixel at 1/4
}

QTEST_MAIN(TestTextPage)
#include "tst_textpage.moc"
