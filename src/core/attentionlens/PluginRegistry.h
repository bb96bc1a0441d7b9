// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace al {

/// One line of the plugin report.
struct PluginRecord {
    QString path;        ///< file path, or "static:<class name>" for static plugins
    QString id;          ///< from metadata; empty when unreadable
    QString name;
    QString version;
    int apiMajor = -1;
    int apiMinor = -1;
    bool isStatic = false;
    bool loaded = false;
    QString error;       ///< why it was refused or failed; empty when loaded
    QString note;        ///< non-fatal remarks (older minor API, duplicate model ids skipped)
    QStringList modelIds;
};

/// Discovers, validates and loads plugins; owns them and their models.
///
/// Search order (first hit of a plugin id wins, later duplicates are reported and skipped; a copy that was
/// refused or failed does not count as a hit, so a working copy further down still loads):
///  1. static plugins (QPluginLoader::staticInstances()), if enabled;
///  2. `extraDirs` (the `--plugin-dir` options), in the given order;
///  3. every folder in $ATTENTIONLENS_PLUGIN_PATH (':'-separated);
///  4. the user folder (QStandardPaths::AppDataLocation + "/plugins");
///  5. next to the binary: <appdir>/../plugins (build tree) and <appdir>/../lib/attentionlens/plugins (install);
///  6. the compiled-in install dir.
/// Relative folders are resolved against the application directory, never the current directory.
/// Metadata is read (QPluginLoader::metaData) and checked before load(): the IID must be
/// AL_ATTENTION_PLUGIN_IID and "MetaData" must hold id, name, version, apiMajor and apiMinor ("description"
/// is optional), with the API version accepted by checkPluginApi(). Only files with the platform's library
/// suffix are considered (QLibrary::isLibrary). Nothing here throws: every failure is a PluginRecord with an
/// error naming the file.
///
/// Threading: load() on one thread; the const accessors are safe from any thread after load() returns.
class PluginRegistry {
public:
    struct Options {
        QStringList extraDirs;
        bool useDefaultDirs = true; ///< steps 3-6 above
        bool useStaticPlugins = true;
        PluginContext context;
    };

    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    void load(const Options& options);

    /// The folders step 2-6 would search, in order, for the report.
    static QStringList searchDirs(const Options& options);

    const std::vector<PluginRecord>& report() const;
    std::vector<std::shared_ptr<const AttentionModel>> models() const;
    /// nullptr when unknown.
    std::shared_ptr<const AttentionModel> model(const QString& id) const;
    /// Plugin id of the plugin that provides the model, empty when unknown.
    QString pluginIdOf(const QString& modelId) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Checks a plugin's declared API version against kPluginApiMajor/kPluginApiMinor.
/// Returns false (and sets *error) for another major version, a newer minor version or a negative
/// version; returns true for a match, and also for an older minor version (then *note says so).
/// error and note may be nullptr; they are left untouched when there is nothing to say.
bool checkPluginApi(int major, int minor, QString* error, QString* note);
/// The same check against an explicit host version (testable with any host minor version).
bool checkPluginApi(int major, int minor, int hostMajor, int hostMinor, QString* error, QString* note);

/// Runs a model through the plugin boundary: resolves params, times the run, catches everything.
/// Throws only al::Error: a plugin's own al::Error passes through; cv::Exception, std::exception and
/// anything else become ErrorCode::PluginFailure naming the model. Validates the result (maps are
/// non-empty CV_32FC1, finite) and fills modelId, inputSize and elapsedMs.
ModelResult runModel(const AttentionModel& model, const ModelInput& input, const ParamValues& params,
                     const RunControl& control = RunControl());

} // namespace al
