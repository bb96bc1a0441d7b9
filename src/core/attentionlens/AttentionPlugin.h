// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// The plugin API of AttentionLens. A plugin is a Qt plugin (a QObject subclass with Q_PLUGIN_METADATA)
/// that implements al::AttentionPlugin; the interface itself has no QObject base so that it stays small and
/// can be implemented by anything. See docs/plugins.md.

#include "attentionlens/ModelTypes.h"
#include "attentionlens/RunControl.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>
#include <memory>
#include <vector>

namespace al {

/// Plugin API version. A plugin whose metadata declares another major version is refused; one with an
/// older minor version is loaded with a note; a newer minor version is refused.
inline constexpr int kPluginApiMajor = 1;
inline constexpr int kPluginApiMinor = 0;

/// One attention model.
///
/// Threading: every method is const and re-entrant; run() may be called from several worker threads at
/// once and must not touch GUI objects. Ownership: models are owned by their plugin through shared_ptr and
/// stay valid while the PluginRegistry that loaded them lives.
class AttentionModel {
public:
    virtual ~AttentionModel() = default;

    /// Stable machine id, unique across plugins: "saliency.spectral-residual".
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    /// One or two sentences for the UI and `models --json`.
    virtual QString description() const = 0;
    virtual QList<Modality> modalities() const = 0;
    virtual std::vector<ParamSpec> parameters() const = 0;

    /// Runs the model. `params` were resolved against parameters() (all present, typed, in range).
    /// Reports progress and honours cancellation through `control`. Throws al::Error on bad input or
    /// cancellation; any other exception is turned into ErrorCode::PluginFailure by the caller.
    virtual ModelResult run(const ModelInput& input, const ParamValues& params,
                            const RunControl& control) const = 0;
};

/// Information a plugin may use when it is loaded (e.g. where model packages live).
struct PluginContext {
    QStringList modelDirs; ///< folders that hold model packages, most specific first
};

/// The interface a plugin's root object implements.
class AttentionPlugin {
public:
    virtual ~AttentionPlugin() = default;

    /// Called once after loading, before models(). May throw al::Error; the plugin is then reported as failed.
    virtual void initialize(const PluginContext& context) { (void)context; }
    /// The models this plugin offers. Called after initialize().
    virtual std::vector<std::shared_ptr<const AttentionModel>> models() const = 0;
    /// Non-fatal problems found while initialising (e.g. a model package that failed validation and was
    /// skipped), one translated sentence each naming the file; shown in the plugin report.
    virtual QStringList warnings() const { return {}; }
};

} // namespace al

#define AL_ATTENTION_PLUGIN_IID "org.attentionlens.AttentionPlugin/1.0"
Q_DECLARE_INTERFACE(al::AttentionPlugin, AL_ATTENTION_PLUGIN_IID)
