// SPDX-License-Identifier: MIT
#include "OnnxPlugin.h"

#include "OnnxModel.h"

#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>

#include <QCoreApplication>
#include <QSet>

void AlOnnxPlugin::initialize(const al::PluginContext& context) {
    m_models.clear();
    m_warnings.clear();
    QSet<QString> ids;
    const QStringList dirs = context.modelDirs.isEmpty() ? al::modelSearchDirs() : context.modelDirs;
    for (const QString& dir : al::findModelPackageDirs(dirs)) {
        try {
            auto model = std::make_shared<al::onnx::OnnxModel>(al::loadModelPackage(dir));
            if (ids.contains(model->id())) {
                m_warnings << QCoreApplication::translate("al::Onnx",
                                                          "Model package %1: id '%2' is already "
                                                          "provided by an earlier folder; skipped.")
                                  .arg(dir, model->id());
                continue;
            }
            ids.insert(model->id());
            m_models.push_back(std::move(model));
        } catch (const al::Error& e) {
            m_warnings << e.message();
        } catch (const std::exception& e) {
            m_warnings << QCoreApplication::translate("al::Onnx", "Model package %1: %2")
                              .arg(dir, QString::fromLocal8Bit(e.what()));
        }
    }
}
