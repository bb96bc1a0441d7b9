// SPDX-License-Identifier: MIT
// ISO/IEC 19794-2:2005 minutiae records: byte layout, round trip and every rejection of a malformed record.
#include "attentionlens/Error.h"
#include "attentionlens/IsoTemplate.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace al;
using namespace al::fp;

namespace {

constexpr double kPi = 3.14159265358979323846;

IsoTemplate sampleTemplate(int count, int views = 1) {
    IsoTemplate t;
    t.width = 400;
    t.height = 500;
    t.captureEquipment = 0x1234;
    for (int v = 0; v < views; ++v) {
        IsoFingerView view;
        view.fingerPosition = 2 + v;
        view.viewNumber = v;
        view.impressionType = 0;
        view.quality = 77;
        for (int i = 0; i < count; ++i) {
            Minutia m;
            m.x = (i * 37) % 400;
            m.y = (i * 53) % 500;
            m.angle = std::fmod(i * 0.7, 2 * kPi);
            m.type = i % 3 == 0   ? MinutiaType::Ending
                     : i % 3 == 1 ? MinutiaType::Bifurcation
                                  : MinutiaType::Other;
            m.quality = (i % 101) / 100.0;
            view.minutiae.push_back(m);
        }
        t.views.push_back(view);
    }
    return t;
}

void expectBadInput(const QByteArray& data, const QString& fragment) {
    try {
        readIsoTemplate(data, QStringLiteral("probe.iso"));
        QFAIL(qPrintable(QStringLiteral("accepted a record that should fail with: ") + fragment));
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("probe.iso")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
    }
}

} // namespace

class TestIsoTemplate : public QObject {
    Q_OBJECT
private slots:
    void byteLayout();
    void roundTrip_data();
    void roundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void rejectsEveryTruncation();
    void writerRefusesWhatDoesNotFit();
    void fileErrorsNameTheFile();
    void makeKeepsBestMinutiae();
};

void TestIsoTemplate::byteLayout() {
    IsoTemplate t;
    t.width = 256;
    t.height = 300;
    IsoFingerView v;
    v.fingerPosition = 1;
    v.viewNumber = 2;
    v.impressionType = 1;
    v.quality = 60;
    Minutia m;
    m.x = 100;
    m.y = 200;
    m.angle = kPi / 2; // 90 degrees = 64 units of 1.40625 degrees
    m.type = MinutiaType::Bifurcation;
    m.quality = 0.5;
    v.minutiae.push_back(m);
    t.views.push_back(v);
    const QByteArray bytes = writeIsoTemplate(t);
    const QByteArray expected = QByteArray::fromHex("464d5200"
                                                    "20323000"
                                                    "00000024"
                                                    "0000"
                                                    "0100"
                                                    "012c"
                                                    "00c5"
                                                    "00c5"
                                                    "01"
                                                    "00"
                                                    "01"
                                                    "21"
                                                    "3c"
                                                    "01"
                                                    "8064"
                                                    "00c8"
                                                    "40"
                                                    "32"
                                                    "0000");
    QCOMPARE(bytes.toHex(), expected.toHex());
}

void TestIsoTemplate::roundTrip_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("views");
    QTest::newRow("no minutiae") << 0 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("typical") << 40 << 1;
    QTest::newRow("maximum") << 255 << 1;
    QTest::newRow("two views") << 12 << 2;
}

void TestIsoTemplate::roundTrip() {
    QFETCH(int, count);
    QFETCH(int, views);
    const IsoTemplate t = sampleTemplate(count, views);
    const QByteArray bytes = writeIsoTemplate(t);
    QCOMPARE(bytes.size(), qsizetype(24 + views * (4 + 6 * count + 2)));
    const IsoTemplate back = readIsoTemplate(bytes);
    QCOMPARE(back.width, t.width);
    QCOMPARE(back.height, t.height);
    QCOMPARE(back.resolutionX, 197);
    QCOMPARE(back.captureEquipment, 0x1234);
    QCOMPARE(back.views.size(), t.views.size());
    for (size_t v = 0; v < t.views.size(); ++v) {
        QCOMPARE(back.views[v].fingerPosition, t.views[v].fingerPosition);
        QCOMPARE(back.views[v].viewNumber, t.views[v].viewNumber);
        QCOMPARE(back.views[v].quality, 77);
        QCOMPARE(back.views[v].minutiae.size(), t.views[v].minutiae.size());
        for (size_t i = 0; i < t.views[v].minutiae.size(); ++i) {
            const Minutia &a = t.views[v].minutiae[i], &b = back.views[v].minutiae[i];
            QCOMPARE(b.x, a.x);
            QCOMPARE(b.y, a.y);
            QCOMPARE(b.type, a.type);
            double d = std::fabs(b.angle - a.angle);
            d = std::min(d, 2 * kPi - d);
            QVERIFY(d <= kPi / 256.0 + 1e-9); // half a unit of 360/256 degrees
            QVERIFY(std::fabs(b.quality - a.quality) <= 0.005 + 1e-9);
        }
    }
    QCOMPARE(writeIsoTemplate(back), bytes); // quantised values encode to the same bytes
}

void TestIsoTemplate::rejectsMalformed_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fragment");
    const QByteArray good = writeIsoTemplate(sampleTemplate(3));
    const auto patched = [&good](int offset, const QByteArray& bytes) {
        QByteArray b = good;
        b.replace(offset, bytes.size(), bytes);
        return b;
    };
    QTest::newRow("bad magic") << patched(0, "FIR") << QStringLiteral("magic");
    QTest::newRow("ANSI version") << patched(4, " 21") << QStringLiteral("version");
    QTest::newRow("length too large")
        << patched(8, QByteArray::fromHex("00000100")) << QStringLiteral("length");
    QTest::newRow("length too small")
        << patched(8, QByteArray::fromHex("00000010")) << QStringLiteral("length");
    QTest::newRow("trailing bytes") << [&] {
        QByteArray b = good + QByteArray(2, '\0');
        b.replace(8, 4, QByteArray::fromHex("00000032"));
        return b;
    }() << QStringLiteral("follow");
    QTest::newRow("no views") << patched(22, QByteArray(1, '\0')) << QStringLiteral("no finger view");
    QTest::newRow("zero width") << patched(14, QByteArray(2, '\0')) << QStringLiteral("image size");
    QTest::newRow("minutiae count too large")
        << patched(27, QByteArray(1, char(9))) << QStringLiteral("do not fit");
    QTest::newRow("reserved type") << patched(28, QByteArray(1, char(0xc0))) << QStringLiteral("reserved");
    QTest::newRow("finger quality") << patched(26, QByteArray(1, char(101))) << QStringLiteral("quality");
    QTest::newRow("minutia quality") << patched(33, QByteArray(1, char(200))) << QStringLiteral("quality");
    QTest::newRow("minutia outside") << patched(28, QByteArray::fromHex("7fff")) << QStringLiteral("outside");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("truncated");
}

void TestIsoTemplate::rejectsMalformed() {
    QFETCH(QByteArray, data);
    QFETCH(QString, fragment);
    expectBadInput(data, fragment);
}

void TestIsoTemplate::rejectsEveryTruncation() {
    const QByteArray good = writeIsoTemplate(sampleTemplate(5));
    for (int n = 0; n < good.size(); ++n) {
        QByteArray cut = good.left(n);
        if (n >= 12) // keep the length field consistent so the reader has to notice the missing bytes itself
            cut.replace(8, 4, QByteArray::fromHex(QByteArray::number(n, 16).rightJustified(8, '0')));
        try {
            readIsoTemplate(cut);
            QFAIL(qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(n).arg(good.size())));
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
        }
    }
}

void TestIsoTemplate::writerRefusesWhatDoesNotFit() {
    const auto refuses = [](const IsoTemplate& t, const QString& fragment) {
        try {
            writeIsoTemplate(t);
            return false;
        } catch (const Error& e) {
            return e.code() == ErrorCode::BadInput && e.message().contains(fragment);
        }
    };
    QVERIFY(refuses(sampleTemplate(256), QStringLiteral("number of minutiae")));
    IsoTemplate noView = sampleTemplate(1);
    noView.views.clear();
    QVERIFY(refuses(noView, QStringLiteral("finger views")));
    IsoTemplate outside = sampleTemplate(1);
    outside.views[0].minutiae[0].x = 400; // width is 400: x must be < 400
    QVERIFY(refuses(outside, QStringLiteral("minutia x")));
    IsoTemplate noSize = sampleTemplate(0);
    noSize.width = 0;
    QVERIFY(refuses(noSize, QStringLiteral("width")));
}

void TestIsoTemplate::fileErrorsNameTheFile() {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.iso"));
    try {
        readIsoTemplateFile(missing);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(e.message().contains(missing));
    }
    const QString path = dir.filePath(QStringLiteral("ok.iso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(writeIsoTemplate(sampleTemplate(4)));
    f.close();
    QCOMPARE(readIsoTemplateFile(path).views.front().minutiae.size(), size_t(4));
}

void TestIsoTemplate::makeKeepsBestMinutiae() {
    FingerprintTruth truth;
    for (int i = 0; i < 300; ++i) {
        Minutia m;
        m.x = i;
        m.y = 10;
        m.quality = (i % 10) / 10.0;
        truth.minutiae.push_back(m);
    }
    const IsoTemplate t = makeIsoTemplate(truth, cv::Size(320, 240), 88);
    QCOMPARE(t.views.size(), size_t(1));
    QCOMPARE(t.views[0].quality, 88);
    QCOMPARE(t.views[0].minutiae.size(), size_t(255));
    for (const Minutia& m : t.views[0].minutiae)
        QVERIFY(m.quality >= 0.1 - 1e-9); // the 30 of quality 0 were dropped first
    const IsoTemplate back = readIsoTemplate(writeIsoTemplate(t));
    QCOMPARE(back.views[0].minutiae.size(), size_t(255));
}

QTEST_GUILESS_MAIN(TestIsoTemplate)
#include "tst_isotemplate.moc"
