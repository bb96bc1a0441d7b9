// SPDX-License-Identifier: MIT
// Token-attention rendering and export without widgets: top-k links, the matrix image, the head view
// (viewport, hover isolation), JSON (dense / top-k) and the self-contained HTML.
#include "attentionlens/Error.h"
#include "attentionlens/TextExport.h"
#include "attentionlens/TextViews.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace al;

namespace {

/// A row-stochastic n x n matrix whose row q puts `peak` on key (q + 1) % n.
cv::Mat shiftedAttention(int n, float peak = 0.7f) {
    cv::Mat m(n, n, CV_32F, cv::Scalar((1.f - peak) / float(n - 1)));
    for (int q = 0; q < n; ++q)
        m.at<float>(q, (q + 1) % n) = peak;
    return m;
}

ModelResult textResult(int n) {
    ModelResult r;
    r.modelId = QStringLiteral("test-model");
    QString text;
    for (int i = 0; i < n; ++i) {
        TextToken t;
        t.start = text.size();
        t.text = i == 1 ? QStringLiteral("zebra") : QStringLiteral("w%1").arg(i);
        t.length = t.text.size();
        t.unknown = i == 1;
        text += t.text + ' ';
        r.tokens.push_back(t);
    }
    for (int h = 0; h < 2; ++h) {
        AttentionMap m;
        m.name = QStringLiteral("layer0_attention/head%1").arg(h);
        m.kind = MapKind::TokenToToken;
        m.layer = QStringLiteral("Layer 0");
        m.head = h;
        m.data = shiftedAttention(n);
        r.maps.push_back(m);
    }
    AttentionMap pool;
    pool.name = QStringLiteral("pooling_weights");
    pool.kind = MapKind::Temporal;
    pool.data = cv::Mat(1, n, CV_32F, cv::Scalar(1.f / float(n)));
    pool.data.at<float>(0, 1) = 0.5f;
    r.maps.push_back(pool);
    r.predictions.push_back({0, QStringLiteral("noun.animal"), 0.9});
    return r;
}

QString textOf(const ModelResult& r) {
    QString text;
    for (const TextToken& t : r.tokens)
        text += t.text + ' ';
    return text;
}

int nonWhite(const QImage& image, const QRect& area) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixel(x, y) != qRgb(255, 255, 255);
    return count;
}

} // namespace

class TestTextViews : public QObject {
    Q_OBJECT

private slots:
    void topLinksPerRow_data();
    void topLinksPerRow();
    void matrixImage();
    void headViewIsolatesFocus();
    void headViewViewport();
    void jsonDenseAndTopK();
    void htmlSelfContained();
};

void TestTextViews::topLinksPerRow_data() {
    QTest::addColumn<int>("k");
    QTest::addColumn<float>("minWeight");
    QTest::addColumn<int>("expected");
    QTest::newRow("top 1") << 1 << 0.f << 6;
    QTest::newRow("top 3") << 3 << 0.f << 18;
    QTest::newRow("all") << 0 << 0.f << 36;
    QTest::newRow("threshold drops the rest") << 0 << 0.1f << 6;
}

void TestTextViews::topLinksPerRow() {
    QFETCH(int, k);
    QFETCH(float, minWeight);
    QFETCH(int, expected);
    const std::vector<TokenLink> links = topLinks(shiftedAttention(6), k, minWeight);
    QCOMPARE(int(links.size()), expected);
    for (const TokenLink& l : links)
        if (l.weight > 0.5f)
            QCOMPARE(l.key, (l.query + 1) % 6);
    QCOMPARE(links.front().key, 1); // strongest first
    QVERIFY_THROWS_EXCEPTION(Error, topLinks(cv::Mat(2, 3, CV_32F, cv::Scalar(0)), 1));
}

void TestTextViews::matrixImage() {
    RenderOptions o;
    o.colormap = Colormap::Gray;
    const QImage image = tokenMatrixImage(shiftedAttention(5), o);
    QCOMPARE(image.size(), QSize(5, 5));
    QCOMPARE(image.pixel(1, 0), qRgb(255, 255, 255)); // the peak is the maximum -> white in gray
    QCOMPARE(image.pixel(0, 0), qRgb(0, 0, 0));
    QVERIFY_THROWS_EXCEPTION(Error, tokenMatrixImage(cv::Mat(), o));
}

void TestTextViews::headViewIsolatesFocus() {
    const int n = 10;
    const std::vector<std::vector<TokenLink>> links{topLinks(shiftedAttention(n), 1)};
    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels << QStringLiteral("t%1").arg(i);
    HeadViewOptions o;
    o.width = 400;
    o.labelWidth = 100;
    const std::vector<bool> unknown(size_t(n), false);
    const QImage all = renderHeadView(links, headColours(1), labels, unknown, o);
    QCOMPARE(all.size(), QSize(400, headViewHeight(n, o)));
    // Between the label columns: lines from every row when nothing is focused.
    const QRect middle(110, 0, 180, all.height());
    const QRect lowerHalf(110, all.height() / 2, 180, all.height() / 2 - 1);
    QVERIFY(nonWhite(all, lowerHalf) > 0);
    o.focusToken = 0; // the only links left: 0 -> 1 and 9 -> 0
    const QImage focused = renderHeadView(links, headColours(1), labels, unknown, o);
    QVERIFY(nonWhite(focused, middle) < nonWhite(all, middle));
    QCOMPARE(headViewTokenAt(o.rowHeight * 3 + 2, n, o), 3);
    QCOMPARE(headViewTokenAt(o.rowHeight * n + 2, n, o), -1);
}

void TestTextViews::headViewViewport() {
    const int n = 2048;
    const std::vector<std::vector<TokenLink>> links{topLinks(shiftedAttention(n), 3)};
    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels << QStringLiteral("t%1").arg(i);
    HeadViewOptions o;
    o.viewport = QRect(0, 18 * 1000, o.width, 600);
    const QImage image =
        renderHeadView(links, headColours(1), labels, std::vector<bool>(size_t(n), false), o);
    QCOMPARE(image.size(), QSize(o.width, 600));
    QVERIFY(nonWhite(image, image.rect()) > 0);
    QVERIFY_THROWS_EXCEPTION(Error, renderHeadView(links, {}, labels, {}, o));
}

void TestTextViews::jsonDenseAndTopK() {
    const ModelResult small = textResult(6);
    TextExportOptions o;
    o.denseLimit = 8;
    o.topK = 2;
    QJsonObject json = textResultToJson(small, textOf(small), o);
    QCOMPARE(json.value(QStringLiteral("token_count")).toInt(), 6);
    const QJsonArray tokens = json.value(QStringLiteral("tokens")).toArray();
    QCOMPARE(tokens.size(), 6);
    QVERIFY(tokens[1].toObject().value(QStringLiteral("unknown")).toBool());
    QCOMPARE(tokens[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("zebra"));
    QCOMPARE(json.value(QStringLiteral("pooling")).toArray().size(), 6);
    QJsonObject head = json.value(QStringLiteral("attention")).toArray().at(0).toObject();
    QCOMPARE(head.value(QStringLiteral("format")).toString(), QStringLiteral("dense"));
    QCOMPARE(head.value(QStringLiteral("data")).toArray().at(2).toArray().at(3).toDouble(), 0.7);
    const ModelResult large = textResult(12);
    json = textResultToJson(large, textOf(large), o);
    head = json.value(QStringLiteral("attention")).toArray().at(1).toObject();
    QCOMPARE(head.value(QStringLiteral("format")).toString(), QStringLiteral("top-k"));
    const QJsonArray row = head.value(QStringLiteral("top_k")).toArray().at(4).toArray();
    QCOMPARE(row.size(), 2);
    QCOMPARE(row.at(0).toArray().at(0).toInt(), 5);
    QCOMPARE(row.at(0).toArray().at(1).toDouble(), 0.7);
}

void TestTextViews::htmlSelfContained() {
    ModelResult r = textResult(6);
    r.tokens[2].text = QStringLiteral("<b>");
    const QString html = QString::fromUtf8(textResultToHtml(r, textOf(textResult(6)), {}));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("noun.animal")));
    QVERIFY(html.contains(QStringLiteral("class=\"tok unk\"")));
    QCOMPARE(html.count(QStringLiteral("data:image/png;base64,")), 2); // one matrix per head
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("<b>"))); // escaped
    // nothing is loaded from elsewhere
    static const QRegularExpression external(QStringLiteral(R"((src|href)=\"(?!data:))"));
    QVERIFY(!external.match(html).hasMatch());
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
}

QTEST_MAIN(TestTextViews)
#include "tst_textviews.moc"
