// SPDX-License-Identifier: MIT
// Minutiae matching: known rigid transforms are recovered, unrelated sets score low, and generated
// impressions of one finger score above impressions of different fingers.
#include "FingerprintTestImages.h"

#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/FingerprintMatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <random>

using namespace al;
using namespace al::fp;
using al::test::kPi;

namespace {

std::vector<Minutia> randomMinutiae(std::mt19937& rng, int count, double size) {
    std::uniform_real_distribution<double> pos(20.0, size - 20.0), ang(0.0, 2 * kPi);
    std::vector<Minutia> m(static_cast<size_t>(count));
    for (Minutia& x : m) {
        x.x = pos(rng);
        x.y = pos(rng);
        x.angle = ang(rng);
        x.type = rng() % 2 ? MinutiaType::Ending : MinutiaType::Bifurcation;
    }
    return m;
}

// Rotates counterclockwise on screen about the origin, then translates; angles turn with the points.
Minutia transformed(const Minutia& m, double rot, cv::Point2d t) {
    Minutia out = m;
    out.x = std::cos(rot) * m.x + std::sin(rot) * m.y + t.x;
    out.y = -std::sin(rot) * m.x + std::cos(rot) * m.y + t.y;
    out.angle = std::fmod(m.angle + rot + 2 * kPi, 2 * kPi);
    return out;
}

} // namespace

class TestFpMatch : public QObject {
    Q_OBJECT
private slots:
    void recoversTransform_data();
    void recoversTransform();
    void unrelatedSetsScoreLow();
    void identicalSetsScoreOne();
    void emptyInputs();
    void sameTypeOption();
    void jsonListsPairs();
    void genuineAboveImpostor();
};

void TestFpMatch::recoversTransform_data() {
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("tx");
    QTest::addColumn<double>("ty");
    QTest::newRow("shift only") << 0.0 << 25.0 << -12.0;
    QTest::newRow("small rotation") << 12.0 << -8.0 << 30.0;
    QTest::newRow("large rotation") << -40.0 << 60.0 << 90.0;
    QTest::newRow("upside down") << 180.0 << 330.0 << 320.0;
}

void TestFpMatch::recoversTransform() {
    QFETCH(double, degrees);
    QFETCH(double, tx);
    QFETCH(double, ty);
    std::mt19937 rng(42);
    const std::vector<Minutia> a = randomMinutiae(rng, 40, 300.0);
    // B: A moved, with jitter, 6 minutiae lost and 6 spurious ones added.
    std::vector<Minutia> b;
    std::vector<int> truthIndex;
    std::normal_distribution<double> jitter(0.0, 1.5), angleJitter(0.0, 0.05);
    for (size_t i = 6; i < a.size(); ++i) {
        Minutia m = transformed(a[i], degrees * kPi / 180.0, {tx, ty});
        m.x += jitter(rng);
        m.y += jitter(rng);
        m.angle = std::fmod(m.angle + angleJitter(rng) + 2 * kPi, 2 * kPi);
        b.push_back(m);
        truthIndex.push_back(int(i));
    }
    for (const Minutia& extra : randomMinutiae(rng, 6, 300.0))
        b.push_back(transformed(extra, degrees * kPi / 180.0, {tx, ty}));
    const MatchResult r = matchMinutiae(a, b);
    QVERIFY2(r.pairs.size() >= 30, qPrintable(QString::number(r.pairs.size())));
    int correct = 0;
    for (const MinutiaPair& p : r.pairs)
        correct += p.b < int(truthIndex.size()) && truthIndex[size_t(p.b)] == p.a;
    QVERIFY2(correct >= int(r.pairs.size()) - 2,
             qPrintable(QStringLiteral("%1 of %2").arg(correct).arg(r.pairs.size())));
    QVERIFY2(r.score > 0.6, qPrintable(QString::number(r.score)));
    QVERIFY(r.score <= 1.0);
    double rotErr = std::fmod(std::fabs(r.rotation - degrees * kPi / 180.0), 2 * kPi);
    rotErr = std::min(rotErr, 2 * kPi - rotErr);
    QVERIFY2(rotErr < 2.0 * kPi / 180.0, qPrintable(QString::number(r.rotation * 180.0 / kPi)));
    QVERIFY(r.rotation > -kPi && r.rotation <= kPi);
    const cv::Point2d moved = transformPoint(r, {a[10].x, a[10].y});
    const Minutia expected = transformed(a[10], degrees * kPi / 180.0, {tx, ty});
    QVERIFY(cv::norm(moved - cv::Point2d(expected.x, expected.y)) < 3.0);
}

void TestFpMatch::unrelatedSetsScoreLow() {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 10; ++trial) {
        const std::vector<Minutia> a = randomMinutiae(rng, 40, 300.0), b = randomMinutiae(rng, 40, 300.0);
        const MatchResult r = matchMinutiae(a, b);
        QVERIFY2(r.score < 0.2, qPrintable(QString::number(r.score)));
    }
}

void TestFpMatch::identicalSetsScoreOne() {
    std::mt19937 rng(3);
    const std::vector<Minutia> a = randomMinutiae(rng, 30, 300.0);
    const MatchResult r = matchMinutiae(a, a);
    QCOMPARE(r.pairs.size(), a.size());
    QVERIFY(std::fabs(r.score - 1.0) < 1e-9);
    for (const MinutiaPair& p : r.pairs)
        QCOMPARE(p.a, p.b);
}

void TestFpMatch::emptyInputs() {
    std::mt19937 rng(5);
    const std::vector<Minutia> a = randomMinutiae(rng, 10, 200.0);
    for (const auto& [x, y] : {std::pair{a, std::vector<Minutia>{}}, std::pair{std::vector<Minutia>{}, a},
                               std::pair{std::vector<Minutia>{}, std::vector<Minutia>{}}}) {
        const MatchResult r = matchMinutiae(x, y);
        QCOMPARE(r.score, 0.0);
        QVERIFY(r.pairs.empty());
    }
}

void TestFpMatch::sameTypeOption() {
    std::mt19937 rng(9);
    const std::vector<Minutia> a = randomMinutiae(rng, 25, 300.0);
    std::vector<Minutia> b = a;
    for (Minutia& m : b)
        m.type = m.type == MinutiaType::Ending ? MinutiaType::Bifurcation : MinutiaType::Ending;
    QCOMPARE(matchMinutiae(a, b).pairs.size(), a.size()); // type-agnostic by default
    MatchOptions strict;
    strict.requireSameType = true;
    const MatchResult r = matchMinutiae(a, b, strict);
    for (const MinutiaPair& p : r.pairs)
        QVERIFY(p.a != p.b); // only chance pairs of equal type remain
    QVERIFY2(r.score < 0.2, qPrintable(QString::number(r.score)));
}

void TestFpMatch::jsonListsPairs() {
    std::mt19937 rng(11);
    const std::vector<Minutia> a = randomMinutiae(rng, 20, 300.0);
    std::vector<Minutia> b;
    for (const Minutia& m : a)
        b.push_back(transformed(m, 0.0, {5.0, 5.0}));
    const MatchResult r = matchMinutiae(a, b);
    const QJsonObject json = matchToJson(r, int(a.size()), int(b.size()));
    QCOMPARE(json.value(QStringLiteral("pairs")).toArray().size(), qsizetype(r.pairs.size()));
    QCOMPARE(json.value(QStringLiteral("pairedCount")).toInt(), int(a.size()));
    const QJsonObject t = json.value(QStringLiteral("translation")).toObject();
    QVERIFY2(std::fabs(t.value(QStringLiteral("x")).toDouble() - 5.0) < 1.0,
             qPrintable(QJsonDocument(t).toJson(QJsonDocument::Compact) +
                        json.value(QStringLiteral("rotationDegrees")).toVariant().toString()));
    QCOMPARE(json.value(QStringLiteral("score")).toDouble(), r.score);
}

void TestFpMatch::genuineAboveImpostor() {
    GeneratorOptions options;
    options.impressions = 2;
    options.size = cv::Size(320, 320);
    options.fingerprintClass = FingerprintClass::LeftLoop;
    options.seed = 21;
    const GeneratedFinger f1 = generateFinger(options);
    options.seed = 22;
    options.fingerprintClass = FingerprintClass::Whorl;
    const GeneratedFinger f2 = generateFinger(options);
    const AnalysisResult a1 = analyzeFingerprint(f1.impressions[0].image);
    const AnalysisResult a2 = analyzeFingerprint(f1.impressions[1].image);
    const AnalysisResult b1 = analyzeFingerprint(f2.impressions[0].image);
    const double genuine =
        matchMinutiae(a1.features.minutiae, a2.features.minutiae, {}, a1.features.mask, a2.features.mask)
            .score;
    const double impostor =
        matchMinutiae(a1.features.minutiae, b1.features.minutiae, {}, a1.features.mask, b1.features.mask)
            .score;
    QVERIFY2(genuine > impostor + 0.1,
             qPrintable(QStringLiteral("genuine %1 impostor %2").arg(genuine).arg(impostor)));
}

QTEST_GUILESS_MAIN(TestFpMatch)
#include "tst_fpmatch.moc"
