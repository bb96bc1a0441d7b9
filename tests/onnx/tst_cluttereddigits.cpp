// SPDX-License-Identifier: MIT
// The C++ generator must reproduce training/data.py bit for bit: the shipped fixture was written by Python.
#include <attentionlens/ClutteredDigits.h>
#include <attentionlens/Error.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace al;

class TestClutteredDigits : public QObject {
    Q_OBJECT
private slots:
    void splitMix64MatchesTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (reference values of Vigna's splitmix64.c).
        SplitMix64 rng(0);
        QCOMPARE(rng.next(), Q_UINT64_C(0xE220A8397B1DCDAF));
        QCOMPARE(rng.next(), Q_UINT64_C(0x6E789E6AA1B965F4));
    }

    void reproducesThePythonFixture() {
        const QString dir = QStringLiteral(AL_MODELS_DIR "/fixtures/cluttered-digits-test");
        QFile f(dir + "/labels.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(meta["recipe_version"].toInt(), ClutteredDigits::kRecipeVersion);
        const QJsonArray samples = meta["samples"].toArray();
        QVERIFY(samples.size() >= 100);
        const ClutteredDigits gen(ClutteredDigits::Split::Test);
        for (const QJsonValue& v : samples) {
            const QJsonObject s = v.toObject();
            const DigitSample d = gen.sample(s["index"].toInt());
            const cv::Mat expected =
                cv::imread((dir + "/" + s["file"].toString()).toStdString(), cv::IMREAD_GRAYSCALE);
            QCOMPARE(d.label, s["label"].toInt());
            const QJsonArray b = s["box"].toArray();
            QCOMPARE(d.box, cv::Rect(b[0].toInt(), b[1].toInt(), b[2].toInt() - b[0].toInt(),
                                     b[3].toInt() - b[1].toInt()));
            QCOMPARE(cv::norm(d.image, expected, cv::NORM_INF), 0.0);
        }
    }

    void splitsAreDisjointAndDeterministic() {
        const ClutteredDigits train(ClutteredDigits::Split::Train), test(ClutteredDigits::Split::Test);
        QCOMPARE(cv::norm(test.sample(7).image, test.sample(7).image, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(train.sample(7).image, test.sample(7).image, cv::NORM_INF) > 0.0);
    }

    void missingSheetIsAClearError() {
        try {
            ClutteredDigits gen(ClutteredDigits::Split::Test, QStringLiteral("/nonexistent/digits.png"));
            QFAIL("a missing digits sheet was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains("opencv-doc"), qPrintable(e.message()));
        }
    }

    // Regression: a negative index gave a negative label (index % 10) and read before the class pools.
    void negativeIndexIsAnError() {
        const ClutteredDigits gen(ClutteredDigits::Split::Test);
        QVERIFY_THROWS_EXCEPTION(Error, gen.sample(-1));
        QVERIFY_THROWS_EXCEPTION(Error, gen.sample(-13));
        QCOMPARE(gen.sample(13).label, 3);
    }
};

QTEST_GUILESS_MAIN(TestClutteredDigits)
#include "tst_cluttereddigits.moc"
