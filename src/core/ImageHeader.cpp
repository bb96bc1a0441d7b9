// SPDX-License-Identifier: MIT
// Header parsing for the loader's size check: only the few bytes that carry the dimensions are read, so a
// huge or hostile file is refused before any decoder allocates memory for it.
#include "ImageHeaderDetail.h"
#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>

namespace al {

namespace {

// Thrown inside the parsers, turned into an al::Error naming the file at the public boundary.
struct Truncated {};
struct Malformed {
    QString reason;
};

// About 64 KiB: room for one full JPEG APP1 (EXIF) segment or a commented PNM header, plus the small reads.
constexpr qint64 kReadBudget = 72 * 1024;
constexpr qint64 kPnmHeaderBytes = 64 * 1024;

// Bounded random access to the file: every read is counted against the budget.
class Source {
public:
    explicit Source(QFile& file) : m_file(file), m_size(file.size()) {}

    qint64 size() const { return m_size; }

    QByteArray read(qint64 offset, qint64 count) {
        if (offset < 0 || count < 0 || offset + count > m_size)
            throw Truncated{};
        m_used += count;
        if (m_used > kReadBudget)
            throw Malformed{QCoreApplication::translate("al::ImageHeader", "the header is larger than %1 KiB")
                                .arg(kReadBudget / 1024)};
        if (!m_file.seek(offset))
            throw Truncated{};
        QByteArray bytes = m_file.read(count);
        if (bytes.size() != count)
            throw Truncated{};
        return bytes;
    }

    QByteArray readUpTo(qint64 offset, qint64 count) {
        return read(offset, std::min(count, m_size - offset));
    }

private:
    QFile& m_file;
    qint64 m_size;
    qint64 m_used = 0;
};

quint8 u8(const QByteArray& b, int i) {
    if (i < 0 || i >= b.size())
        throw Truncated{};
    return static_cast<quint8>(b[i]);
}
quint32 be16(const QByteArray& b, int i) {
    return (u8(b, i) << 8) | u8(b, i + 1);
}
quint32 be32(const QByteArray& b, int i) {
    return (be16(b, i) << 16) | be16(b, i + 2);
}
quint32 le16(const QByteArray& b, int i) {
    return u8(b, i) | (u8(b, i + 1) << 8);
}
quint32 le24(const QByteArray& b, int i) {
    return le16(b, i) | (u8(b, i + 2) << 16);
}
quint32 le32(const QByteArray& b, int i) {
    return le16(b, i) | (le16(b, i + 2) << 16);
}

ImageHeader make(const char* format, qint64 width, qint64 height) {
    if (width <= 0 || height <= 0 || width > INT32_MAX || height > INT32_MAX)
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the header gives invalid dimensions %1 x %2")
                .arg(width)
                .arg(height)};
    return {QString::fromLatin1(format), static_cast<int>(width), static_cast<int>(height)};
}

ImageHeader parsePng(Source& src) {
    const QByteArray b = src.read(0, 24);
    if (b.mid(12, 4) != "IHDR")
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the PNG does not start with an IHDR chunk")};
    return make("png", be32(b, 16), be32(b, 20));
}

bool isStartOfFrame(quint8 m) {
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

// Walks the JPEG marker segments from `pos`, calling `visit(marker, segmentOffset, length)` for each segment
// with a length field, until visit returns true or the scan data starts.
void walkJpeg(Source& src, const std::function<bool(quint8, qint64, quint32)>& visit) {
    qint64 pos = 2;
    for (int segments = 0; segments < 4096; ++segments) {
        // Stray bytes between segments break the standard but decoders skip them; so do we (within budget).
        while (u8(src.read(pos, 1), 0) != 0xFF)
            ++pos;
        quint8 marker = 0xFF;
        while (marker == 0xFF) // fill bytes may pad any marker
            marker = u8(src.read(++pos, 1), 0);
        ++pos;
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // stand-alone markers have no length
        if (marker == 0xD9 || marker == 0xDA)
            throw Malformed{QCoreApplication::translate(
                "al::ImageHeader", "the JPEG has no frame header before its image data")};
        const quint32 length = be16(src.read(pos, 2), 0);
        if (length < 2)
            throw Malformed{
                QCoreApplication::translate("al::ImageHeader", "a JPEG segment has an invalid length")};
        if (visit(marker, pos, length))
            return;
        pos += length;
    }
    throw Malformed{QCoreApplication::translate("al::ImageHeader",
                                                "the JPEG has too many segments before its frame header")};
}

ImageHeader parseJpeg(Source& src) {
    std::optional<ImageHeader> header;
    walkJpeg(src, [&](quint8 marker, qint64 pos, quint32) {
        if (!isStartOfFrame(marker))
            return false;
        const QByteArray b = src.read(pos + 2, 5); // precision, height, width
        header = make("jpeg", be16(b, 3), be16(b, 1));
        return true;
    });
    return *header;
}

ImageHeader parseBmp(Source& src) {
    const QByteArray b = src.read(0, 18);
    const quint32 dibSize = le32(b, 14);
    if (dibSize == 12) { // BITMAPCOREHEADER: unsigned 16-bit dimensions
        const QByteArray core = src.read(18, 4);
        return make("bmp", le16(core, 0), le16(core, 2));
    }
    if (dibSize < 40)
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the BMP has an unknown info header of %1 bytes")
                .arg(dibSize)};
    const QByteArray info = src.read(18, 8);
    const auto width = static_cast<qint32>(le32(info, 0));
    const auto height = static_cast<qint32>(le32(info, 4)); // negative: stored top-down
    return make("bmp", width, std::abs(static_cast<qint64>(height)));
}

using ReadFn = std::function<QByteArray(qint64, qint64)>;

struct TiffValue {
    quint32 value = 0;
    qint64 valueOffset = 0; ///< where the value field starts, in the reader's offsets
    bool bigEndian = false;
};

// The SHORT or LONG value of a single-valued tag in the first IFD of a TIFF structure.
std::optional<TiffValue> tiffTag(const ReadFn& read, quint16 wanted) {
    const QByteArray head = read(0, 8);
    const bool little = head.startsWith("II*");
    if (!little && !head.startsWith(QByteArray("MM\0*", 4)))
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the TIFF byte-order mark is invalid")};
    auto get16 = [little](const QByteArray& b, int i) { return little ? le16(b, i) : be16(b, i); };
    auto get32 = [little](const QByteArray& b, int i) { return little ? le32(b, i) : be32(b, i); };
    const qint64 ifd = get32(head, 4);
    const quint32 count = get16(read(ifd, 2), 0);
    if (count > 1024)
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the TIFF directory has %1 entries").arg(count)};
    const QByteArray entries = read(ifd + 2, static_cast<qint64>(count) * 12);
    for (quint32 i = 0; i < count; ++i) {
        const int at = static_cast<int>(i) * 12;
        if (get16(entries, at) != wanted)
            continue;
        const quint32 type = get16(entries, at + 2);
        if (get32(entries, at + 4) != 1 || (type != 3 && type != 4))
            return std::nullopt;
        // A SHORT sits left-justified in the 4-byte value field.
        const quint32 value = type == 3 ? get16(entries, at + 8) : get32(entries, at + 8);
        return TiffValue{value, ifd + 2 + at + 8, !little};
    }
    return std::nullopt;
}

ImageHeader parseTiff(Source& src) {
    const ReadFn read = [&src](qint64 offset, qint64 count) { return src.read(offset, count); };
    const auto width = tiffTag(read, 256);  // ImageWidth
    const auto height = tiffTag(read, 257); // ImageLength
    if (!width || !height)
        throw Malformed{
            QCoreApplication::translate("al::ImageHeader", "the TIFF has no ImageWidth/ImageLength tags")};
    return make("tiff", width->value, height->value);
}

ImageHeader parseWebp(Source& src) {
    const QByteArray b = src.read(0, 30);
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8 ") {
        if (u8(b, 23) != 0x9D || u8(b, 24) != 0x01 || u8(b, 25) != 0x2A)
            throw Malformed{
                QCoreApplication::translate("al::ImageHeader", "the WebP VP8 start code is missing")};
        return make("webp", le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
    }
    if (chunk == "VP8L") {
        if (u8(b, 20) != 0x2F)
            throw Malformed{
                QCoreApplication::translate("al::ImageHeader", "the WebP lossless signature is missing")};
        const quint32 bits = le32(b, 21);
        return make("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8X")
        return make("webp", static_cast<qint64>(le24(b, 24)) + 1, static_cast<qint64>(le24(b, 27)) + 1);
    throw Malformed{QCoreApplication::translate("al::ImageHeader", "the WebP has an unknown first chunk")};
}

ImageHeader parsePnm(Source& src) {
    const QByteArray b = src.readUpTo(0, kPnmHeaderBytes);
    int i = 2;
    auto nextNumber = [&]() -> qint64 {
        for (;;) { // whitespace and '#' comments may appear between any two tokens
            const char c = static_cast<char>(u8(b, i));
            if (c == '#') {
                while (u8(b, i) != '\n' && u8(b, i) != '\r')
                    ++i;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
                ++i;
            } else {
                break;
            }
        }
        qint64 value = 0;
        int digits = 0;
        for (char c = static_cast<char>(u8(b, i)); c >= '0' && c <= '9'; c = static_cast<char>(u8(b, ++i))) {
            value = value * 10 + (c - '0');
            if (++digits > 10)
                throw Malformed{
                    QCoreApplication::translate("al::ImageHeader", "the PNM dimensions are too long")};
        }
        if (digits == 0)
            throw Malformed{
                QCoreApplication::translate("al::ImageHeader", "the PNM header has no dimensions")};
        return value;
    };
    const qint64 width = nextNumber();
    const qint64 height = nextNumber();
    return make("pnm", width, height);
}

ImageHeader parseHeader(Source& src) {
    const QByteArray magic = src.readUpTo(0, 16);
    if (magic.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return parsePng(src);
    if (magic.startsWith(QByteArray("\xFF\xD8\xFF", 3)))
        return parseJpeg(src);
    if (magic.startsWith("BM"))
        return parseBmp(src);
    if (magic.startsWith("II*") || magic.startsWith(QByteArray("MM\0*", 4)))
        return parseTiff(src);
    if (magic.startsWith("RIFF") && magic.mid(8, 4) == "WEBP")
        return parseWebp(src);
    if (magic.size() >= 3 && magic[0] == 'P' && magic[1] >= '1' && magic[1] <= '6')
        return parsePnm(src);
    throw Malformed{QCoreApplication::translate("al::ImageHeader",
                                                "it is not a PNG, JPEG, BMP, TIFF, WebP or PNM image")};
}

std::optional<TiffValue> jpegOrientation(Source& src) {
    std::optional<TiffValue> orientation;
    walkJpeg(src, [&](quint8 marker, qint64 pos, quint32 length) {
        if (isStartOfFrame(marker))
            return true; // EXIF must precede the frame
        if (marker != 0xE1 || length < 16)
            return false;
        const QByteArray segment = src.read(pos + 2, length - 2);
        if (!segment.startsWith(QByteArray("Exif\0\0", 6)))
            return false;
        const QByteArray tiff = segment.mid(6);
        const ReadFn read = [&tiff](qint64 offset, qint64 count) {
            if (offset < 0 || count < 0 || offset + count > tiff.size())
                throw Truncated{};
            return tiff.mid(static_cast<int>(offset), static_cast<int>(count));
        };
        orientation = tiffTag(read, 274);
        if (orientation) // offsets inside the EXIF TIFF structure -> file offsets
            orientation->valueOffset += pos + 2 + 6;
        return true;
    });
    return orientation;
}

} // namespace

namespace detail {

ExifOrientation readExifOrientation(const QString& path, const QString& format) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Source src(file);
    std::optional<TiffValue> tag;
    try {
        if (format == QLatin1String("jpeg")) {
            tag = jpegOrientation(src);
        } else if (format == QLatin1String("tiff")) {
            const ReadFn read = [&src](qint64 offset, qint64 count) { return src.read(offset, count); };
            tag = tiffTag(read, 274);
        }
    } catch (const Truncated&) {
    } catch (const Malformed&) {
    }
    if (!tag)
        return {};
    ExifOrientation result;
    result.value = tag->value >= 1 && tag->value <= 8 ? static_cast<int>(tag->value) : 1;
    result.valueOffset = tag->valueOffset;
    result.bigEndian = tag->bigEndian;
    return result;
}

} // namespace detail

ImageHeader readImageHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ImageHeader", "Cannot open the image file '%1': %2.")
                        .arg(path, file.errorString()));
    }
    Source src(file);
    try {
        return parseHeader(src);
    } catch (const Truncated&) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ImageHeader",
                        "The image file '%1' is truncated: its header is incomplete. Check that "
                        "the file was copied completely.")
                        .arg(path));
    } catch (const Malformed& m) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ImageHeader", "Cannot read the image file '%1': %2.")
                        .arg(path, m.reason));
    }
}

} // namespace al
