// SPDX-License-Identifier: MIT
#include "OnnxPlugin.h"

#include "OnnxModel.h"
#include "OnnxSequenceModel.h"
#include "OnnxTextModel.h"

#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace {

// The sanity check of Adebayo et al. (NeurIPS 2018) needs the same network with re-initialised weights: a
// package's randomized.onnx is offered as its own model, "<id>.randomized", so every view and command can
// run it like the original.
std::optional<al::ModelPackage> randomizedPackage(const al::ModelPackage& package) {
    if (package.randomizedOnnxPath.isEmpty() || package.modality != al::Modality::Image)
        return std::nullopt;
    al::ModelPackage copy = package;
    copy.id = package.id + QStringLiteral(".randomized");
    copy.name = QCoreApplication::translate("al::Onnx", "%1 (randomised weights)").arg(package.name);
    copy.onnxPath = package.randomizedOnnxPath;
    copy.randomizedOnnxPath.clear();
    copy.stages.clear();
    return copy;
}

} // namespace

void AlOnnxPlugin::initialize(const al::PluginContext& context) {
    m_models.clear();
    m_warnings.clear();
    QSet<QString> ids;
    const QStringList dirs = context.modelDirs.isEmpty() ? al::modelSearchDirs() : context.modelDirs;
    for (const QString& dir : al::findModelPackageDirs(dirs)) {
        try {
            al::ModelPackage package = al::loadModelPackage(dir);
            std::optional<al::ModelPackage> randomized = randomizedPackage(package);
            std::shared_ptr<const al::AttentionModel> model;
            if (package.modality == al::Modality::Text)
                model = std::make_shared<al::onnx::OnnxTextModel>(std::move(package));
            else if (package.modality == al::Modality::Video)
                model = std::make_shared<al::onnx::OnnxSequenceModel>(std::move(package));
            else
                model = std::make_shared<al::onnx::OnnxModel>(std::move(package));
            if (ids.contains(model->id())) {
                m_warnings << QCoreApplication::translate("al::Onnx",
                                                          "Model package %1: id '%2' is already "
                                                          "provided by an earlier folder; skipped.")
                                  .arg(dir, model->id());
                continue;
            }
            ids.insert(model->id());
            m_models.push_back(std::move(model));
            if (randomized && !ids.contains(randomized->id)) {
                ids.insert(randomized->id);
                m_models.push_back(std::make_shared<al::onnx::OnnxModel>(std::move(*randomized)));
            }
        } catch (const al::Error& e) {
            m_warnings << e.message();
        } catch (const std::exception& e) {
            m_warnings << QCoreApplication::translate("al::Onnx", "Model package %1: %2")
                              .arg(dir, QString::fromLocal8Bit(e.what()));
        }
    }
}
