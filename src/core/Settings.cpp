// SPDX-License-Identifier: MIT
#include "attentionlens/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <array>
#include <utility>

namespace al {

namespace {

// Every key of the settings file; nothing else in the code base spells one.
constexpr auto kRecentFiles = "files/recent";
constexpr auto kLanguage = "ui/language";
constexpr auto kLastModel = "model/last";
constexpr auto kViewMode = "view/mode";
constexpr auto kPluginDirs = "plugins/extraDirs";
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kNormalization = "render/normalization";
constexpr auto kPercentileLow = "render/percentileLow";
constexpr auto kPercentileHigh = "render/percentileHigh";
constexpr auto kFixedMin = "render/fixedMin";
constexpr auto kFixedMax = "render/fixedMax";
constexpr auto kColormap = "render/colormap";
constexpr auto kAlpha = "render/alpha";
constexpr auto kUpsampling = "render/upsampling";
constexpr auto kThreshold = "render/threshold";
constexpr auto kThresholdValue = "render/thresholdValue";
constexpr auto kContour = "render/contour";

// Heatmap.h has no string form for ViewMode; these names only live in the settings file.
constexpr std::array<std::pair<ViewMode, const char*>, 4> kViewModes{{
    {ViewMode::Original, "original"},
    {ViewMode::Overlay, "overlay"},
    {ViewMode::SideBySide, "side-by-side"},
    {ViewMode::MapOnly, "map-only"},
}};

QString key(const char* k) {
    return QString::fromLatin1(k);
}

QString normalisedPath(const QString& path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

double readDouble(const QSettings& s, const char* k, double fallback) {
    bool ok = false;
    const double v = s.value(key(k), fallback).toDouble(&ok);
    return ok ? v : fallback;
}

QString systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool isSupportedLanguage(const QString& language) {
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

} // namespace

Settings::Settings() : m_settings(QStringLiteral("AttentionLens"), QStringLiteral("AttentionLens")) {}

Settings::Settings(const QString& iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QStringList Settings::recentFiles() const {
    QStringList files = m_settings.value(key(kRecentFiles)).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString& path) {
    if (path.trimmed().isEmpty())
        return;
    const QString normalised = normalisedPath(path);
    QStringList files = recentFiles();
    files.removeIf([&](const QString& f) { return normalisedPath(f) == normalised; });
    files.prepend(normalised);
    m_settings.setValue(key(kRecentFiles), files.mid(0, kMaxRecentFiles));
}

void Settings::clearRecentFiles() {
    m_settings.remove(key(kRecentFiles));
}

QString Settings::language() const {
    const QString stored = m_settings.value(key(kLanguage)).toString();
    return isSupportedLanguage(stored) ? stored : systemLanguage();
}

void Settings::setLanguage(const QString& language) {
    if (isSupportedLanguage(language))
        m_settings.setValue(key(kLanguage), language);
}

QString Settings::lastModel() const {
    return m_settings.value(key(kLastModel)).toString();
}

void Settings::setLastModel(const QString& id) {
    m_settings.setValue(key(kLastModel), id);
}

RenderOptions Settings::renderOptions() const {
    const RenderOptions defaults;
    RenderOptions o;
    o.normalization = normalizationFromString(m_settings.value(key(kNormalization)).toString())
                          .value_or(defaults.normalization);
    o.colormap = colormapFromString(m_settings.value(key(kColormap)).toString()).value_or(defaults.colormap);
    o.upsampling =
        upsamplingFromString(m_settings.value(key(kUpsampling)).toString()).value_or(defaults.upsampling);
    o.percentileLow = readDouble(m_settings, kPercentileLow, defaults.percentileLow);
    o.percentileHigh = readDouble(m_settings, kPercentileHigh, defaults.percentileHigh);
    // A hand-edited file must not start the app with a range the renderer rejects.
    if (!(o.percentileLow >= 0.0 && o.percentileLow < o.percentileHigh && o.percentileHigh <= 100.0)) {
        o.percentileLow = defaults.percentileLow;
        o.percentileHigh = defaults.percentileHigh;
    }
    o.fixedMin = readDouble(m_settings, kFixedMin, defaults.fixedMin);
    o.fixedMax = readDouble(m_settings, kFixedMax, defaults.fixedMax);
    if (!(o.fixedMax > o.fixedMin)) {
        o.fixedMin = defaults.fixedMin;
        o.fixedMax = defaults.fixedMax;
    }
    o.alpha = readDouble(m_settings, kAlpha, defaults.alpha);
    if (!(o.alpha >= 0.0 && o.alpha <= 1.0))
        o.alpha = defaults.alpha;
    o.threshold = m_settings.value(key(kThreshold), defaults.threshold).toBool();
    o.thresholdValue = readDouble(m_settings, kThresholdValue, defaults.thresholdValue);
    if (!(o.thresholdValue >= 0.0 && o.thresholdValue <= 1.0))
        o.thresholdValue = defaults.thresholdValue;
    o.contour = m_settings.value(key(kContour), defaults.contour).toBool();
    return o;
}

void Settings::setRenderOptions(const RenderOptions& o) {
    m_settings.setValue(key(kNormalization), toString(o.normalization));
    m_settings.setValue(key(kPercentileLow), o.percentileLow);
    m_settings.setValue(key(kPercentileHigh), o.percentileHigh);
    m_settings.setValue(key(kFixedMin), o.fixedMin);
    m_settings.setValue(key(kFixedMax), o.fixedMax);
    m_settings.setValue(key(kColormap), toString(o.colormap));
    m_settings.setValue(key(kAlpha), o.alpha);
    m_settings.setValue(key(kUpsampling), toString(o.upsampling));
    m_settings.setValue(key(kThreshold), o.threshold);
    m_settings.setValue(key(kThresholdValue), o.thresholdValue);
    m_settings.setValue(key(kContour), o.contour);
}

ViewMode Settings::viewMode() const {
    const QString stored = m_settings.value(key(kViewMode)).toString();
    for (const auto& [mode, name] : kViewModes) {
        if (stored == QLatin1String(name))
            return mode;
    }
    return ViewMode::Overlay;
}

void Settings::setViewMode(ViewMode mode) {
    for (const auto& [m, name] : kViewModes) {
        if (m == mode)
            m_settings.setValue(key(kViewMode), QString::fromLatin1(name));
    }
}

QStringList Settings::pluginDirs() const {
    return m_settings.value(key(kPluginDirs)).toStringList();
}

void Settings::setPluginDirs(const QStringList& dirs) {
    m_settings.setValue(key(kPluginDirs), dirs);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(key(kGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(key(kGeometry), geometry);
}

QByteArray Settings::windowState() const {
    return m_settings.value(key(kState)).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    m_settings.setValue(key(kState), state);
}

void Settings::sync() {
    m_settings.sync();
}

} // namespace al
