// SPDX-License-Identifier: MIT
// ISO/IEC 19794-2:2005 finger minutiae record: writer and strict reader.
#include "AnalysisDetail.h"

#include "attentionlens/Error.h"
#include "attentionlens/IsoTemplate.h"

#include <QFile>
#include <QFileInfo>

namespace al::fp {

namespace {

constexpr int kHeaderBytes = 24, kViewHeaderBytes = 4, kMinutiaBytes = 6, kExtendedLengthBytes = 2;
constexpr double kAngleUnit = 2.0 * detail::kPi / 256.0; // 1.40625 degrees

void put16(QByteArray& out, int v) {
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

void put32(QByteArray& out, quint32 v) {
    put16(out, int(v >> 16));
    put16(out, int(v & 0xffff));
}

void require(bool ok, const QString& field, int value, int lo, int hi) {
    if (!ok)
        throw Error(ErrorCode::BadInput, al::fp::FpText::tr("ISO template: %1 is %2; it must be in %3..%4.")
                                             .arg(field)
                                             .arg(value)
                                             .arg(lo)
                                             .arg(hi));
}

void checkRange(const QString& field, int value, int lo, int hi) {
    require(value >= lo && value <= hi, field, value, lo, hi);
}

int minutiaTypeBits(MinutiaType t) {
    switch (t) {
    case MinutiaType::Ending:
        return 1;
    case MinutiaType::Bifurcation:
        return 2;
    case MinutiaType::Other:
        return 0;
    }
    return 0;
}

// Reads big-endian fields and turns any overrun into an error naming the source.
class Reader {
public:
    Reader(const QByteArray& data, QString source) : m_data(data), m_source(std::move(source)) {}
    int u8() { return need(1), quint8(m_data[m_pos++]); }
    int u16() {
        const int hi = u8();
        return (hi << 8) | u8();
    }
    quint32 u32() {
        const quint32 hi = quint32(u16());
        return (hi << 16) | quint32(u16());
    }
    QByteArray bytes(int n) {
        need(n);
        const QByteArray b = m_data.mid(m_pos, n);
        m_pos += n;
        return b;
    }
    void skip(int n) { need(n), m_pos += n; }
    int remaining() const { return int(m_data.size()) - m_pos; }
    [[noreturn]] void fail(const QString& problem) const {
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr("%1: not a valid ISO/IEC 19794-2 minutiae record: %2")
                        .arg(m_source.isEmpty() ? al::fp::FpText::tr("template") : m_source, problem));
    }

private:
    void need(int n) const {
        if (m_pos + n > int(m_data.size()))
            fail(al::fp::FpText::tr("the record is truncated at byte %1.").arg(m_data.size()));
    }
    const QByteArray& m_data;
    QString m_source;
    int m_pos = 0;
};

IsoFingerView readView(Reader& in, const IsoTemplate& t) {
    IsoFingerView v;
    v.fingerPosition = in.u8();
    const int viewImpression = in.u8();
    v.viewNumber = viewImpression >> 4;
    v.impressionType = viewImpression & 0x0f;
    v.quality = in.u8();
    if (v.fingerPosition > 10)
        in.fail(al::fp::FpText::tr("finger position %1 is over 10.").arg(v.fingerPosition));
    if (v.quality > 100)
        in.fail(al::fp::FpText::tr("finger quality %1 is over 100.").arg(v.quality));
    const int count = in.u8();
    if (in.remaining() < count * kMinutiaBytes + kExtendedLengthBytes)
        in.fail(al::fp::FpText::tr("%1 minutiae do not fit in the remaining %2 bytes.")
                    .arg(count)
                    .arg(in.remaining()));
    for (int i = 0; i < count; ++i) {
        const int tx = in.u16(), ry = in.u16(), angle = in.u8(), quality = in.u8();
        const int type = tx >> 14;
        if (type == 3)
            in.fail(al::fp::FpText::tr("minutia %1 has the reserved type 11.").arg(i));
        Minutia m;
        m.type = type == 1 ? MinutiaType::Ending : type == 2 ? MinutiaType::Bifurcation : MinutiaType::Other;
        m.x = tx & 0x3fff;
        m.y = ry & 0x3fff;
        if (m.x >= t.width || m.y >= t.height)
            in.fail(al::fp::FpText::tr("minutia %1 at (%2, %3) lies outside the %4x%5 image.")
                        .arg(i)
                        .arg(m.x)
                        .arg(m.y)
                        .arg(t.width)
                        .arg(t.height));
        if (quality > 100)
            in.fail(al::fp::FpText::tr("minutia %1 has quality %2 (over 100).").arg(i).arg(quality));
        m.angle = angle * kAngleUnit;
        m.quality = quality / 100.0;
        v.minutiae.push_back(m);
    }
    in.skip(in.u16()); // extended data block, not interpreted
    return v;
}

} // namespace

QByteArray writeIsoTemplate(const IsoTemplate& t) {
    checkRange(al::fp::FpText::tr("the image width"), t.width, 1, 65535);
    checkRange(al::fp::FpText::tr("the image height"), t.height, 1, 65535);
    checkRange(al::fp::FpText::tr("the x resolution"), t.resolutionX, 1, 65535);
    checkRange(al::fp::FpText::tr("the y resolution"), t.resolutionY, 1, 65535);
    checkRange(al::fp::FpText::tr("the capture equipment"), t.captureEquipment, 0, 65535);
    checkRange(al::fp::FpText::tr("the number of finger views"), int(t.views.size()), 1, 255);
    QByteArray body;
    for (const IsoFingerView& v : t.views) {
        checkRange(al::fp::FpText::tr("the finger position"), v.fingerPosition, 0, 10);
        checkRange(al::fp::FpText::tr("the view number"), v.viewNumber, 0, 15);
        checkRange(al::fp::FpText::tr("the impression type"), v.impressionType, 0, 15);
        checkRange(al::fp::FpText::tr("the finger quality"), v.quality, 0, 100);
        checkRange(al::fp::FpText::tr("the number of minutiae"), int(v.minutiae.size()), 0, 255);
        body.append(char(v.fingerPosition));
        body.append(char((v.viewNumber << 4) | v.impressionType));
        body.append(char(v.quality));
        body.append(char(v.minutiae.size()));
        for (const Minutia& m : v.minutiae) {
            const int x = int(std::lround(m.x)), y = int(std::lround(m.y));
            checkRange(al::fp::FpText::tr("a minutia x"), x, 0, std::min(t.width - 1, 16383));
            checkRange(al::fp::FpText::tr("a minutia y"), y, 0, std::min(t.height - 1, 16383));
            put16(body, (minutiaTypeBits(m.type) << 14) | x);
            put16(body, y);
            body.append(char(int(std::lround(detail::wrapAngle(m.angle) / kAngleUnit)) % 256));
            body.append(char(std::clamp(int(std::lround(m.quality * 100.0)), 0, 100)));
        }
        put16(body, 0); // no extended data
    }
    QByteArray out("FMR\0 20\0", 8);
    put32(out, quint32(kHeaderBytes + body.size()));
    put16(out, t.captureEquipment);
    put16(out, t.width);
    put16(out, t.height);
    put16(out, t.resolutionX);
    put16(out, t.resolutionY);
    out.append(char(t.views.size()));
    out.append(char(0));
    out.append(body);
    return out;
}

IsoTemplate readIsoTemplate(const QByteArray& data, const QString& source) {
    Reader in(data, source);
    if (in.bytes(4) != QByteArray("FMR\0", 4))
        in.fail(al::fp::FpText::tr("the magic bytes are not \"FMR\"."));
    if (in.bytes(4) != QByteArray(" 20\0", 4))
        in.fail(al::fp::FpText::tr("the version is not \" 20\" (ISO/IEC 19794-2:2005)."));
    const quint32 length = in.u32();
    if (length != quint32(data.size()))
        in.fail(al::fp::FpText::tr("the record length field says %1 bytes but the data has %2.")
                    .arg(length)
                    .arg(data.size()));
    IsoTemplate t;
    t.captureEquipment = in.u16();
    t.width = in.u16();
    t.height = in.u16();
    t.resolutionX = in.u16();
    t.resolutionY = in.u16();
    const int views = in.u8();
    in.skip(1);
    if (t.width == 0 || t.height == 0)
        in.fail(al::fp::FpText::tr("the image size is %1x%2.").arg(t.width).arg(t.height));
    if (t.resolutionX == 0 || t.resolutionY == 0)
        in.fail(al::fp::FpText::tr("the resolution is zero."));
    if (views == 0)
        in.fail(al::fp::FpText::tr("it has no finger view."));
    if (in.remaining() < views * (kViewHeaderBytes + kExtendedLengthBytes))
        in.fail(al::fp::FpText::tr("%1 finger views do not fit in %2 bytes.").arg(views).arg(in.remaining()));
    for (int i = 0; i < views; ++i)
        t.views.push_back(readView(in, t));
    if (in.remaining() != 0)
        in.fail(al::fp::FpText::tr("%1 bytes follow the last finger view.").arg(in.remaining()));
    return t;
}

IsoTemplate readIsoTemplateFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr("Cannot read the template %1; check the path.").arg(path));
    if (file.size() > 1'000'000)
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr("%1 is over 1 MB; it is not a minutiae template.").arg(path));
    return readIsoTemplate(file.readAll(), path);
}

IsoTemplate makeIsoTemplate(const FingerprintTruth& features, cv::Size imageSize, int fingerQuality) {
    IsoTemplate t;
    t.width = imageSize.width;
    t.height = imageSize.height;
    IsoFingerView v;
    v.quality = std::clamp(fingerQuality, 0, 100);
    // The format holds 255 minutiae; keep the best ones.
    v.minutiae = features.minutiae;
    std::stable_sort(v.minutiae.begin(), v.minutiae.end(),
                     [](const Minutia& a, const Minutia& b) { return a.quality > b.quality; });
    if (v.minutiae.size() > 255)
        v.minutiae.resize(255);
    t.views.push_back(std::move(v));
    return t;
}

} // namespace al::fp
