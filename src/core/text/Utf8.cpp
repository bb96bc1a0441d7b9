// SPDX-License-Identifier: MIT
// Strict UTF-8 (RFC 3629): the first invalid byte is reported with its offset, so the user can find it.
#include "attentionlens/Error.h"
#include "attentionlens/Tokenizer.h"

#include <QCoreApplication>

namespace al {
namespace {

/// Length of the valid sequence at `i`, or 0 when it is invalid (RFC 3629, section 4 table).
int validSequenceLength(const unsigned char* s, qsizetype i, qsizetype n) {
    const unsigned char b = s[i];
    if (b < 0x80)
        return 1;
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0)
            lo = 0xA0; // overlong
        if (b == 0xED)
            hi = 0x9F; // UTF-16 surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0)
            lo = 0x90; // overlong
        if (b == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (int k = 2; k < len; ++k)
        if (s[i + k] < 0x80 || s[i + k] > 0xBF)
            return 0;
    return len;
}

} // namespace

QString decodeUtf8Strict(const QByteArray& bytes, const QString& what) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int len = validSequenceLength(s, i, n);
        if (len == 0)
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate("al::Tokenizer",
                                                    "%1 is not valid UTF-8 (byte %2 at offset %3); save it "
                                                    "as UTF-8 and try again.")
                            .arg(what)
                            .arg(QStringLiteral("0x%1").arg(int(s[i]), 2, 16, QLatin1Char('0')))
                            .arg(i));
        i += len;
    }
    const bool bom = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF;
    return QString::fromUtf8(bom ? bytes.mid(3) : bytes);
}

} // namespace al
