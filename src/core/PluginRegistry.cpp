// SPDX-License-Identifier: MIT
#include "attentionlens/PluginRegistry.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QStandardPaths>
#include <opencv2/core.hpp>
#include <opencv2/core/check.hpp>
#include <optional>
#include <utility>

namespace al {

namespace {

constexpr auto kIidPrefix = "org.attentionlens.AttentionPlugin/";

QString appDir() {
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

// Plugins are code: a relative folder must never mean "wherever the user happened to start us".
QString resolveDir(const QString& dir) {
    if (dir.trimmed().isEmpty())
        return {};
    if (QDir::isAbsolutePath(dir))
        return QDir::cleanPath(dir);
    const QString base = appDir();
    return base.isEmpty() ? QString() : QDir::cleanPath(base + QLatin1Char('/') + dir);
}

QString dirKey(const QString& dir) {
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? dir : canonical;
}

void fail(PluginRecord& rec, const QString& message) {
    rec.error = QCoreApplication::translate("al::PluginRegistry", "%1: %2")
                    .arg(QDir::toNativeSeparators(rec.path), message);
    rec.loaded = false;
}

void addNote(PluginRecord& rec, const QString& note) {
    rec.note = rec.note.isEmpty() ? note : rec.note + QLatin1Char(' ') + note;
}

std::optional<int> intField(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()))
        return std::nullopt;
    return v.toInt();
}

/// Checks IID, metadata fields and API version; fills id/name/version/api of rec.
bool checkMetadata(const QJsonObject& root, PluginRecord& rec) {
    const QString iid = root.value(QLatin1String("IID")).toString();
    const QString expected = QStringLiteral(AL_ATTENTION_PLUGIN_IID);
    if (iid != expected) {
        const char* text = iid.startsWith(QLatin1String(kIidPrefix))
                               ? QT_TRANSLATE_NOOP("al::PluginRegistry",
                                                   "implements plugin interface '%1', but this AttentionLens "
                                                   "expects '%2' — rebuild the plugin against this version")
                               : QT_TRANSLATE_NOOP("al::PluginRegistry",
                                                   "is a Qt plugin for '%1', not an AttentionLens plugin "
                                                   "(expected interface '%2')");
        fail(rec, QCoreApplication::translate("al::PluginRegistry", text).arg(iid, expected));
        return false;
    }
    const QJsonObject md = root.value(QLatin1String("MetaData")).toObject();
    rec.id = md.value(QLatin1String("id")).toString();
    rec.name = md.value(QLatin1String("name")).toString();
    rec.version = md.value(QLatin1String("version")).toString();
    const std::optional<int> major = intField(md, "apiMajor");
    const std::optional<int> minor = intField(md, "apiMinor");
    rec.apiMajor = major.value_or(-1);
    rec.apiMinor = minor.value_or(-1);
    QStringList missing;
    if (rec.id.isEmpty())
        missing << QStringLiteral("id");
    if (rec.name.isEmpty())
        missing << QStringLiteral("name");
    if (rec.version.isEmpty())
        missing << QStringLiteral("version");
    if (!major)
        missing << QStringLiteral("apiMajor");
    if (!minor)
        missing << QStringLiteral("apiMinor");
    if (!missing.isEmpty()) {
        fail(rec,
             QCoreApplication::translate("al::PluginRegistry",
                                         "the plugin metadata lacks %1 — add them to the plugin's JSON file")
                 .arg(missing.join(QLatin1String(", "))));
        return false;
    }
    QString error;
    QString note;
    if (!checkPluginApi(*major, *minor, &error, &note)) {
        fail(rec, error);
        return false;
    }
    if (!note.isEmpty())
        addNote(rec, note);
    return true;
}

using IdentifiedModels = std::vector<std::pair<QString, std::shared_ptr<const AttentionModel>>>;

/// Calls into the plugin; nothing thrown there may escape.
bool activate(PluginRecord& rec, QObject* instance, const PluginContext& context, IdentifiedModels& out) {
    auto* plugin = qobject_cast<AttentionPlugin*>(instance);
    if (!plugin) {
        fail(rec, QCoreApplication::translate(
                      "al::PluginRegistry",
                      "its root object does not implement al::AttentionPlugin — check Q_INTERFACES in "
                      "the plugin class"));
        return false;
    }
    QString failure;
    try {
        plugin->initialize(context);
        for (auto& model : plugin->models()) {
            if (model)
                out.emplace_back(model->id(), model);
            else
                addNote(rec, QCoreApplication::translate("al::PluginRegistry", "A null model was skipped."));
        }
        for (const QString& warning : plugin->warnings())
            addNote(rec, warning);
        return true;
    } catch (const Error& e) {
        failure = e.message();
    } catch (const cv::Exception& e) {
        failure = QString::fromStdString(e.what()).trimmed();
    } catch (const std::exception& e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QCoreApplication::translate("al::PluginRegistry", "unknown exception");
    }
    out.clear();
    fail(rec, QCoreApplication::translate("al::PluginRegistry", "initialisation failed: %1").arg(failure));
    return false;
}

} // namespace

bool checkPluginApi(int major, int minor, int hostMajor, int hostMinor, QString* error, QString* note) {
    auto setError = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (major < 0 || minor < 0)
        return setError(
            QCoreApplication::translate("al::PluginRegistry", "declares an invalid plugin API version %1.%2")
                .arg(major)
                .arg(minor));
    if (major != hostMajor) {
        return setError(QCoreApplication::translate(
                            "al::PluginRegistry",
                            "built for plugin API %1.x; this AttentionLens supports %2.x — rebuild the "
                            "plugin against this version")
                            .arg(major)
                            .arg(hostMajor));
    }
    if (minor > hostMinor) {
        return setError(QCoreApplication::translate(
                            "al::PluginRegistry",
                            "built for plugin API %1.%2, newer than this AttentionLens (%1.%3) — update "
                            "AttentionLens or rebuild the plugin against this version")
                            .arg(major)
                            .arg(minor)
                            .arg(hostMinor));
    }
    if (minor < hostMinor && note) {
        *note = QCoreApplication::translate(
                    "al::PluginRegistry",
                    "Built for the older plugin API %1.%2 (this AttentionLens: %1.%3); loaded, but "
                    "rebuilding the plugin is recommended.")
                    .arg(major)
                    .arg(minor)
                    .arg(hostMinor);
    }
    return true;
}

bool checkPluginApi(int major, int minor, QString* error, QString* note) {
    return checkPluginApi(major, minor, kPluginApiMajor, kPluginApiMinor, error, note);
}

struct PluginRegistry::Impl {
    struct Plugin {
        std::unique_ptr<QPluginLoader> loader; // nullptr for static plugins
        std::vector<std::shared_ptr<const AttentionModel>> models;
    };

    std::vector<PluginRecord> report;
    std::vector<Plugin> plugins;
    std::vector<std::shared_ptr<const AttentionModel>> models; // in load order
    QHash<QString, std::shared_ptr<const AttentionModel>> modelById;
    QHash<QString, QString> pluginOfModel; // model id -> plugin id
    QHash<QString, QString> pathOfPlugin;  // plugin id -> path of the copy that was loaded
    QSet<QString> seenFiles;

    ~Impl() { clear(); }

    void clear() {
        // Model objects live in plugin code: release them before the libraries go.
        modelById.clear();
        models.clear();
        for (Plugin& p : plugins)
            p.models.clear();
        for (Plugin& p : plugins) {
            if (p.loader)
                p.loader->unload();
        }
        plugins.clear();
        pluginOfModel.clear();
        pathOfPlugin.clear();
        seenFiles.clear();
        report.clear();
    }

    bool isDuplicate(PluginRecord& rec) const {
        const auto it = pathOfPlugin.constFind(rec.id);
        if (it == pathOfPlugin.cend())
            return false;
        fail(rec,
             QCoreApplication::translate("al::PluginRegistry",
                                         "plugin id '%1' is already provided by '%2'; this copy is skipped")
                 .arg(rec.id, QDir::toNativeSeparators(it.value())));
        return true;
    }

    void registerModels(PluginRecord& rec, IdentifiedModels&& found, Plugin& plugin) {
        for (auto& [id, model] : found) {
            if (id.isEmpty()) {
                addNote(rec, QCoreApplication::translate("al::PluginRegistry",
                                                         "A model without an id was skipped."));
                continue;
            }
            if (modelById.contains(id)) {
                addNote(rec,
                        QCoreApplication::translate("al::PluginRegistry",
                                                    "Model '%1' is already provided by plugin '%2'; skipped.")
                            .arg(id, pluginOfModel.value(id)));
                continue;
            }
            modelById.insert(id, model);
            pluginOfModel.insert(id, rec.id);
            models.push_back(model);
            plugin.models.push_back(model);
            rec.modelIds << id;
        }
        rec.loaded = true;
        pathOfPlugin.insert(rec.id, rec.path);
    }

    void loadStatic(const PluginContext& context) {
        const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
        QSet<QtPluginInstanceFunction> seen;
        for (const QStaticPlugin& sp : statics) {
            // Qt 6 imports a qt_add_plugin(STATIC) target on its own when it is linked, so an explicit
            // Q_IMPORT_PLUGIN registers the same plugin a second time; that is one plugin, not a duplicate.
            if (seen.contains(sp.instance))
                continue;
            seen.insert(sp.instance);
            const QJsonObject root = sp.metaData();
            // A static Qt (embedded builds) also links Qt's own plugins; only ours belong in the report.
            if (!root.value(QLatin1String("IID")).toString().startsWith(QLatin1String(kIidPrefix)))
                continue;
            PluginRecord rec;
            rec.isStatic = true;
            rec.path = QStringLiteral("static:") + root.value(QLatin1String("className")).toString();
            if (checkMetadata(root, rec) && !isDuplicate(rec)) {
                IdentifiedModels found;
                if (activate(rec, sp.instance(), context, found)) {
                    plugins.push_back(Plugin{});
                    registerModels(rec, std::move(found), plugins.back());
                }
            }
            report.push_back(std::move(rec));
        }
    }

    void loadFile(const QString& path, const PluginContext& context) {
        PluginRecord rec;
        rec.path = path;
        auto loader = std::make_unique<QPluginLoader>(path);
        const QJsonObject root = loader->metaData();
        if (root.isEmpty()) {
            fail(rec, QCoreApplication::translate(
                          "al::PluginRegistry",
                          "not a Qt plugin, or the file is damaged (%1) — remove it from the plugin "
                          "folder")
                          .arg(loader->errorString()));
        } else if (checkMetadata(root, rec) && !isDuplicate(rec)) {
            if (!loader->load()) {
                fail(rec, QCoreApplication::translate(
                              "al::PluginRegistry",
                              "could not be loaded: %1 — check that it was built against this "
                              "AttentionLens and that its libraries are installed")
                              .arg(loader->errorString()));
            } else {
                IdentifiedModels found;
                if (activate(rec, loader->instance(), context, found)) {
                    plugins.push_back(Plugin{std::move(loader), {}});
                    registerModels(rec, std::move(found), plugins.back());
                } else {
                    loader->unload();
                }
            }
        }
        report.push_back(std::move(rec));
    }

    void loadDir(const QString& dir, const PluginContext& context) {
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& fi : entries) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            // The same file may be reachable twice (overlapping folders, versioned symlinks).
            const QString key =
                fi.canonicalFilePath().isEmpty() ? fi.absoluteFilePath() : fi.canonicalFilePath();
            if (seenFiles.contains(key))
                continue;
            seenFiles.insert(key);
            loadFile(fi.absoluteFilePath(), context);
        }
    }
};

PluginRegistry::PluginRegistry() : d(std::make_unique<Impl>()) {}

PluginRegistry::~PluginRegistry() = default;

QStringList PluginRegistry::searchDirs(const Options& options) {
    QStringList candidates = options.extraDirs;
    if (options.useDefaultDirs) {
        candidates << qEnvironmentVariable("ATTENTIONLENS_PLUGIN_PATH")
                          .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!appData.isEmpty())
            candidates << appData + QStringLiteral("/plugins");
        if (!appDir().isEmpty())
            candidates << QStringLiteral("../plugins") << QStringLiteral("../lib/attentionlens/plugins");
        candidates << QStringLiteral(AL_INSTALL_PLUGIN_DIR);
    }
    QStringList dirs;
    QSet<QString> keys;
    for (const QString& candidate : std::as_const(candidates)) {
        const QString dir = resolveDir(candidate);
        if (dir.isEmpty() || keys.contains(dirKey(dir)))
            continue;
        keys.insert(dirKey(dir));
        dirs << dir;
    }
    return dirs;
}

void PluginRegistry::load(const Options& options) {
    d->clear();
    if (options.useStaticPlugins)
        d->loadStatic(options.context);
    const QStringList dirs = searchDirs(options);
    for (const QString& dir : dirs)
        d->loadDir(dir, options.context);
}

const std::vector<PluginRecord>& PluginRegistry::report() const {
    return d->report;
}

std::vector<std::shared_ptr<const AttentionModel>> PluginRegistry::models() const {
    return d->models;
}

std::shared_ptr<const AttentionModel> PluginRegistry::model(const QString& id) const {
    return d->modelById.value(id);
}

QString PluginRegistry::pluginIdOf(const QString& modelId) const {
    return d->pluginOfModel.value(modelId);
}

namespace {

QString typeName(const cv::Mat& m) {
    return QString::fromStdString(cv::typeToString(m.type()));
}

void checkInput(const QString& modelId, const QList<Modality>& modalities, const ModelInput& input) {
    // A video frame is an image: image models also run on the frames of the video workspace.
    const bool accepted = modalities.contains(input.modality) ||
                          (input.modality == Modality::Video && modalities.contains(Modality::Image));
    if (!accepted) {
        QStringList names;
        for (Modality m : modalities)
            names << toString(m);
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::PluginRegistry",
                                                "Model '%1' does not take %2 input; it takes: %3.")
                        .arg(modelId, toString(input.modality), names.join(u", ")));
    }
    switch (input.modality) {
    case Modality::Image:
    case Modality::Video:
    case Modality::Fingerprint: {
        const int wanted = input.modality == Modality::Fingerprint ? CV_8UC1 : CV_8UC3;
        if (input.image.empty()) {
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "al::PluginRegistry", "Model '%1' needs an image, but the input image is empty.")
                            .arg(modelId));
        }
        if (input.image.type() != wanted) {
            throw Error(
                ErrorCode::BadInput,
                QCoreApplication::translate("al::PluginRegistry", "Model '%1' needs a %2 image, got %3.")
                    .arg(modelId, QString::fromStdString(cv::typeToString(wanted)), typeName(input.image)));
        }
        break;
    }
    case Modality::Text:
        if (input.text.trimmed().isEmpty())
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate("al::PluginRegistry",
                                                    "Model '%1' needs text, but the input is empty.")
                            .arg(modelId));
        break;
    }
}

void validateMaps(const QString& modelId, const ModelResult& result) {
    for (const AttentionMap& m : result.maps) {
        QString problem;
        if (m.data.empty())
            problem = QCoreApplication::translate("al::PluginRegistry", "map '%1' is empty").arg(m.name);
        else if (m.data.type() != CV_32FC1)
            problem =
                QCoreApplication::translate("al::PluginRegistry", "map '%1' has type %2, expected CV_32FC1")
                    .arg(m.name, typeName(m.data));
        else if (!cv::checkRange(m.data))
            problem =
                QCoreApplication::translate("al::PluginRegistry", "map '%1' contains NaN or infinite values")
                    .arg(m.name);
        if (!problem.isEmpty())
            throw Error(ErrorCode::PluginFailure,
                        QCoreApplication::translate("al::PluginRegistry", "Model '%1' failed: %2")
                            .arg(modelId, problem));
    }
}

} // namespace

ModelResult runModel(const AttentionModel& model, const ModelInput& input, const ParamValues& params,
                     const RunControl& control) {
    QString id = QStringLiteral("?");
    ModelResult result;
    double elapsedMs = 0.0;
    QString failure;
    try {
        id = model.id();
        const ParamValues resolved = resolveParams(model.parameters(), params);
        checkInput(id, model.modalities(), input);
        QElapsedTimer timer;
        timer.start();
        result = model.run(input, resolved, control);
        elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    } catch (const Error&) {
        throw; // bad input, cancellation: the plugin (or we) already said what to do
    } catch (const cv::Exception& e) {
        failure = QCoreApplication::translate("al::PluginRegistry", "OpenCV error: %1")
                      .arg(QString::fromStdString(e.what()).trimmed());
    } catch (const std::exception& e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QCoreApplication::translate("al::PluginRegistry", "unknown exception");
    }
    if (!failure.isEmpty())
        throw Error(
            ErrorCode::PluginFailure,
            QCoreApplication::translate("al::PluginRegistry", "Model '%1' failed: %2").arg(id, failure));
    validateMaps(id, result);
    result.modelId = id;
    result.inputSize = input.modality == Modality::Text ? cv::Size() : input.image.size();
    result.elapsedMs = elapsedMs;
    return result;
}

} // namespace al
