// SPDX-License-Identifier: MIT
#include "attentionlens/ModelTypes.h"

#include "EnumNames.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QMetaType>
#include <algorithm>
#include <cmath>

namespace al {

namespace {

// A QVariant as the user typed it, for messages.
QString shown(const QVariant& value) {
    if (value.metaType().id() == QMetaType::Double)
        return QString::number(value.toDouble());
    return value.toString();
}

QString rangeText(const ParamSpec& spec) {
    const bool hasMin = spec.minimum.isValid();
    const bool hasMax = spec.maximum.isValid();
    if (hasMin && hasMax)
        return QStringLiteral("[%1, %2]").arg(shown(spec.minimum), shown(spec.maximum));
    if (hasMin)
        return QCoreApplication::translate("al::ModelTypes", "at least %1").arg(shown(spec.minimum));
    return QCoreApplication::translate("al::ModelTypes", "at most %1").arg(shown(spec.maximum));
}

[[noreturn]] void throwWrongType(const ParamSpec& spec, const QVariant& value, const QString& expected) {
    throw Error(ErrorCode::BadInput,
                QCoreApplication::translate("al::ModelTypes", "Parameter '%1' expects %2, got '%3'.")
                    .arg(spec.name, expected, shown(value)));
}

bool isNumericType(const QVariant& v) {
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

std::optional<double> toNumber(const QVariant& value) {
    bool ok = false;
    double d = 0.0;
    if (isNumericType(value))
        d = value.toDouble(&ok);
    else if (value.metaType().id() == QMetaType::QString || value.metaType().id() == QMetaType::QByteArray)
        d = value.toString().trimmed().toDouble(&ok); // QString::toDouble is locale-independent
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

QVariant toInt(const ParamSpec& spec, const QVariant& value) {
    const QString integerText = QCoreApplication::translate("al::ModelTypes", "an integer");
    if (value.metaType().id() == QMetaType::QString) {
        bool ok = false;
        const int i = value.toString().trimmed().toInt(&ok);
        if (!ok)
            throwWrongType(spec, value, integerText);
        return i;
    }
    const std::optional<double> d = toNumber(value);
    // 3.0 from a spin box is fine; 3.5 is not silently truncated.
    if (!d || std::trunc(*d) != *d || std::abs(*d) > 2147483647.0)
        throwWrongType(spec, value, integerText);
    return static_cast<int>(*d);
}

QVariant toDouble(const ParamSpec& spec, const QVariant& value) {
    const std::optional<double> d = toNumber(value);
    if (!d)
        throwWrongType(spec, value, QCoreApplication::translate("al::ModelTypes", "a number"));
    return *d;
}

QVariant toBool(const ParamSpec& spec, const QVariant& value) {
    const int type = value.metaType().id();
    if (type == QMetaType::Bool)
        return value.toBool();
    if (isNumericType(value)) {
        const double d = value.toDouble();
        if (d == 0.0 || d == 1.0)
            return d == 1.0;
    } else if (type == QMetaType::QString) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
            s == QLatin1String("on"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") ||
            s == QLatin1String("off"))
            return false;
    }
    throwWrongType(spec, value,
                   QCoreApplication::translate("al::ModelTypes", "true or false (also 1/0, yes/no, on/off)"));
}

QVariant toChoice(const ParamSpec& spec, const QVariant& value) {
    const QString s = value.toString().trimmed();
    if (!spec.choices.contains(s)) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ModelTypes", "Parameter '%1' must be one of %2, got '%3'.")
                .arg(spec.name, spec.choices.join(QLatin1String(", ")), shown(value)));
    }
    return s;
}

void checkRange(const ParamSpec& spec, const QVariant& converted, const QVariant& given) {
    const double v = converted.toDouble();
    const bool belowMin = spec.minimum.isValid() && v < spec.minimum.toDouble();
    const bool aboveMax = spec.maximum.isValid() && v > spec.maximum.toDouble();
    if (belowMin || aboveMax) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ModelTypes", "Parameter '%1' = %2 is out of range; allowed: %3.")
                .arg(spec.name, shown(given), rangeText(spec)));
    }
}

QVariant convert(const ParamSpec& spec, const QVariant& value) {
    QVariant out;
    switch (spec.type) {
    case ParamSpec::Type::Int:
        out = toInt(spec, value);
        break;
    case ParamSpec::Type::Double:
        out = toDouble(spec, value);
        break;
    case ParamSpec::Type::Bool:
        return toBool(spec, value);
    case ParamSpec::Type::Choice:
        return toChoice(spec, value);
    }
    checkRange(spec, out, value);
    return out;
}

} // namespace

namespace {
constexpr detail::EnumNames<Modality, 4> kModalityNames{{
    {Modality::Image, "image"},
    {Modality::Video, "video"},
    {Modality::Text, "text"},
    {Modality::Fingerprint, "fingerprint"},
}};
} // namespace

QString toString(Modality modality) {
    return detail::nameOf(kModalityNames, modality);
}

std::optional<Modality> modalityFromString(const QString& name) {
    return detail::valueOf(kModalityNames, name);
}

QString toString(ParamSpec::Type type) {
    switch (type) {
    case ParamSpec::Type::Int:
        return QStringLiteral("int");
    case ParamSpec::Type::Double:
        return QStringLiteral("double");
    case ParamSpec::Type::Bool:
        return QStringLiteral("bool");
    case ParamSpec::Type::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

ParamValues resolveParams(const std::vector<ParamSpec>& schema, const ParamValues& given) {
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const bool known =
            std::any_of(schema.begin(), schema.end(), [&](const ParamSpec& s) { return s.name == it.key(); });
        if (known)
            continue;
        QStringList names;
        for (const ParamSpec& s : schema)
            names << s.name;
        const QString list = names.isEmpty() ? QCoreApplication::translate("al::ModelTypes", "(none)")
                                             : names.join(QLatin1String(", "));
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ModelTypes", "Unknown parameter '%1' for this model; known: %2")
                .arg(it.key(), list));
    }
    ParamValues out;
    for (const ParamSpec& spec : schema) {
        const auto it = given.constFind(spec.name);
        if (it != given.cend())
            out.insert(spec.name, convert(spec, it.value()));
        else if (spec.defaultValue.isValid())
            out.insert(spec.name, convert(spec, spec.defaultValue));
    }
    return out;
}

ParamValues parseParamAssignments(const std::vector<ParamSpec>& schema, const QStringList& assignments) {
    ParamValues given;
    for (const QString& assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? assignment.left(eq).trimmed() : QString();
        if (key.isEmpty()) {
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate("al::ModelTypes",
                                                    "Malformed parameter assignment '%1'; expected "
                                                    "name=value, e.g. sigma=2.5")
                            .arg(assignment));
        }
        given.insert(key, assignment.mid(eq + 1).trimmed());
    }
    return resolveParams(schema, given);
}

const AttentionMap* ModelResult::finalMap() const {
    for (const AttentionMap& m : maps) {
        if (m.isFinal)
            return &m;
    }
    return maps.empty() ? nullptr : &maps.front();
}

const AttentionMap* ModelResult::map(const QString& name) const {
    for (const AttentionMap& m : maps) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

} // namespace al
