// SPDX-License-Identifier: MIT
// The doctor command: explains, in plain words and with the fix, why a user's ONNX model will or will not run
// in AttentionLens (OpenCV 4.6 DNN), and which of its nodes look like attention.
#include "Cli.h"
#include "CommandParser.h"
#include "Commands.h"
#include "Output.h"
#include "QuietStderr.h"

#include "attentionlens/Error.h"
#include "attentionlens/OnnxInspect.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <opencv2/dnn.hpp>

namespace al::cli {

namespace {

struct Finding {
    bool error = false;
    QString message;
    QString fix;
};

/// The OpenCV 4.6 import rules measured for this project (docs/models.md, "Exporting your own model").
const QMap<QString, QString>& opFixes() {
    static const QMap<QString, QString> fixes{
        {QStringLiteral("Expand"),
         Cli::tr(
             "OpenCV 4.6 cannot import Expand (typical for a broadcast CLS token): use a constant 0/1 matrix "
             "and fold the CLS token into the position table.")},
        {QStringLiteral("LayerNormalization"),
         Cli::tr(
             "Write LayerNorm as a MatMul with a constant 1/D matrix (mean and variance) and fold gamma/beta "
             "into the next Linear layer.")},
        {QStringLiteral("Gather"),
         Cli::tr(
             "Gather on runtime token ids is not supported: build the one-hot matrix in the graph from float "
             "ids and multiply it with the embedding table.")},
        {QStringLiteral("Identity"), Cli::tr("Identity nodes from duplicated initializers confuse the "
                                             "importer: fold them (e.g. onnx-simplifier "
                                             "or export each constant once).")},
        {QStringLiteral("Einsum"), Cli::tr("Replace Einsum with MatMul/Transpose.")},
    };
    return fixes;
}

QString shapeText(const QJsonArray& dims) {
    QStringList parts;
    for (const QJsonValue& d : dims)
        parts << QString::number(d.toInt());
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString dimsText(const OnnxValueInfo& v) {
    QStringList parts;
    for (size_t i = 0; i < v.dims.size(); ++i)
        parts << (v.dims[i] >= 0 ? QString::number(v.dims[i])
                                 : v.symbolicDims.value(int(i), QStringLiteral("?")));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void staticChecks(const OnnxGraphInfo& g, std::vector<Finding>& findings) {
    if (g.opset != 11 && g.opset != 13)
        findings.push_back(
            {false, Cli::tr("Opset %1.").arg(g.opset),
             Cli::tr("OpenCV 4.6 imports opset 11 and 13 reliably: export with opset_version=11.")});
    if (g.inputs.size() != 1)
        findings.push_back({g.inputs.empty(), Cli::tr("The graph has %1 inputs.").arg(g.inputs.size()),
                            Cli::tr("AttentionLens feeds one image tensor [1, C, H, W].")});
    for (const OnnxValueInfo& in : g.inputs)
        if (in.dims.empty() || in.dims[0] != 1)
            findings.push_back({false,
                                Cli::tr("Input '%1' has batch dimension %2.").arg(in.name, dimsText(in)),
                                Cli::tr("OpenCV 4.6 runs batch 1 only (larger batches crash or are silently "
                                        "wrong): export with a fixed batch of 1.")});
    QMap<QString, int> counts;
    for (const OnnxNodeInfo& n : g.nodes)
        ++counts[n.opType];
    for (auto it = opFixes().begin(); it != opFixes().end(); ++it)
        if (counts.value(it.key()) > 0)
            findings.push_back(
                {false, Cli::tr("%1 %2 node(s).").arg(counts.value(it.key())).arg(it.key()), it.value()});
}

QJsonArray attentionCandidates(const OnnxGraphInfo& g, std::vector<Finding>& findings) {
    QStringList outputs;
    for (const OnnxValueInfo& o : g.outputs)
        outputs << o.name;
    QJsonArray out;
    for (const OnnxNodeInfo& n : g.nodes) {
        if (n.opType != QLatin1String("Softmax") && n.opType != QLatin1String("Sigmoid"))
            continue;
        const QString value = n.outputs.value(0);
        const bool exported = outputs.contains(value);
        out.append(
            QJsonObject{{"node", n.name}, {"op", n.opType}, {"output", value}, {"exported", exported}});
        if (!exported)
            findings.push_back(
                {false,
                 Cli::tr("%1 node '%2' (output '%3') looks like attention but is not a graph "
                         "output.")
                     .arg(n.opType, n.name, value),
                 Cli::tr("Add '%1' to the graph outputs (and export the pre-activation input too) "
                         "so AttentionLens can show it.")
                     .arg(value)});
    }
    return out;
}

// The zero input is really allocated and run: 2^28 floats (1 GiB) is the most the doctor tries.
constexpr qint64 kMaxTryValues = qint64(1) << 28;

std::vector<qint64> declaredShape(const OnnxGraphInfo& g, const QString& option,
                                  std::vector<Finding>& findings) {
    std::vector<qint64> shape;
    if (!option.isEmpty()) {
        for (const QString& part : option.split(QLatin1Char(',')))
            shape.push_back(parsePositiveInteger(QStringLiteral("input-shape"), part));
        return shape;
    }
    if (g.inputs.empty())
        return {};
    for (size_t i = 0; i < g.inputs[0].dims.size(); ++i) {
        const qint64 d = g.inputs[0].dims[i];
        if (d > 0)
            shape.push_back(d);
        else if (i == 0)
            shape.push_back(1);
        else {
            findings.push_back(
                {true, Cli::tr("Input dimension %1 is symbolic, so the model cannot be tried.").arg(i),
                 Cli::tr("Pass --input-shape N,C,H,W.")});
            return {};
        }
    }
    return shape;
}

// Empty when the model cannot or must not be tried; a shape too large for one int per dimension or for
// memory is a finding, never silently truncated or allocated.
std::vector<int> runShape(const OnnxGraphInfo& g, const QString& option, std::vector<Finding>& findings) {
    const std::vector<qint64> shape = declaredShape(g, option, findings);
    double total = 1.0;
    QStringList text;
    for (qint64 d : shape) {
        total *= double(d);
        text << QString::number(d);
    }
    if (!shape.empty() && total > double(kMaxTryValues)) {
        findings.push_back({true,
                            Cli::tr("The input shape [%1] has %2 values, too large to try (the limit is %3).")
                                .arg(text.join(QStringLiteral(", ")))
                                .arg(total, 0, 'g', 4)
                                .arg(kMaxTryValues),
                            Cli::tr("Pass a smaller --input-shape N,C,H,W.")});
        return {};
    }
    return std::vector<int>(shape.begin(), shape.end()); // every dimension fits: each is <= the total
}

QJsonArray tryOpenCv(const QString& path, const OnnxGraphInfo& g, const std::vector<int>& shape,
                     std::vector<Finding>& findings) {
    QJsonArray results;
    cv::dnn::Net net;
    try {
        const QuietStderr quiet;
        net = cv::dnn::readNetFromONNX(path.toStdString());
    } catch (const cv::Exception& e) {
        findings.push_back(
            {true, Cli::tr("OpenCV cannot import the model: %1").arg(QString::fromStdString(e.err)),
             Cli::tr("See the findings above and docs/models.md, \"Exporting your own model\".")});
        return results;
    }
    if (shape.empty())
        return results;
    std::vector<cv::String> names;
    for (const OnnxValueInfo& o : g.outputs)
        names.push_back(o.name.toStdString());
    try {
        const QuietStderr quiet;
        net.setInput(cv::Mat(int(shape.size()), shape.data(), CV_32F, cv::Scalar(0)));
        std::vector<cv::Mat> outs;
        net.forward(outs, names);
        for (size_t i = 0; i < outs.size() && i < names.size(); ++i) {
            QJsonArray dims;
            for (int d = 0; d < outs[i].dims; ++d)
                dims.append(outs[i].size[d]);
            const bool finite = cv::checkRange(outs[i]);
            results.append(QJsonObject{
                {"output", QString::fromStdString(names[i])}, {"shape", dims}, {"finite", finite}});
            if (!finite)
                findings.push_back(
                    {true,
                     Cli::tr("Output '%1' is not finite on a zero input.")
                         .arg(QString::fromStdString(names[i])),
                     Cli::tr("Check for divisions by a variance or norm without an epsilon.")});
        }
    } catch (const cv::Exception& e) {
        findings.push_back(
            {true,
             Cli::tr("OpenCV imported the model but a forward pass failed: %1")
                 .arg(QString::fromStdString(e.err)),
             Cli::tr("Check the input shape (--input-shape) and the export rules in docs/models.md.")});
    }
    return results;
}

} // namespace

int doctorCommand(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("doctor"),
        Cli::tr("Check whether an ONNX model can run in AttentionLens, list the nodes that look "
                "like attention, and explain every problem with its fix."),
        QStringLiteral("MODEL.onnx"));
    parser.addPositional(QStringLiteral("model"), Cli::tr("The ONNX file."), QStringLiteral("MODEL.onnx"));
    parser.addOption(QCommandLineOption(QStringLiteral("input-shape"),
                                        Cli::tr("Shape of the dummy input, e.g. 1,3,224,224."),
                                        QStringLiteral("N,C,H,W")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Write the findings as JSON."),
                                        QStringLiteral("FILE")));
    if (!parser.parse(args, 1))
        return kExitOk;
    if (parser.positionalArguments().isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("doctor: name the ONNX file to check."));
    const QString path = parser.positionalArguments().first();
    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("json"))) // an empty value is refused, not silently ignored
        checkOutputPath(QStringLiteral("json"), jsonPath, false);
    // Compared canonically too, so a symlink or a second path to the model is caught.
    const QFileInfo jsonInfo(jsonPath), modelInfo(path);
    if (parser.isSet(QStringLiteral("json")) &&
        (jsonInfo.absoluteFilePath() == modelInfo.absoluteFilePath() ||
         (!jsonInfo.canonicalFilePath().isEmpty() &&
          jsonInfo.canonicalFilePath() == modelInfo.canonicalFilePath())))
        throw Error(ErrorCode::BadInput, Cli::tr("--%1 '%2' would overwrite the input; choose another path.")
                                             .arg(QStringLiteral("json"), jsonPath));

    const OnnxGraphInfo g = inspectOnnx(path);
    std::vector<Finding> findings;
    staticChecks(g, findings);
    const QJsonArray candidates = attentionCandidates(g, findings);
    const std::vector<int> shape = runShape(g, parser.value(QStringLiteral("input-shape")), findings);
    const QJsonArray outputs = tryOpenCv(path, g, shape, findings);
    const bool ok = std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return f.error; });

    out() << Cli::tr("Model:   %1 (opset %2, %3 nodes, producer %4)")
                 .arg(path)
                 .arg(g.opset)
                 .arg(g.nodes.size())
                 .arg(g.producer)
          << '\n';
    for (const OnnxValueInfo& in : g.inputs)
        out() << Cli::tr("Input:   %1 %2").arg(in.name, dimsText(in)) << '\n';
    for (const QJsonValue& o : outputs)
        out() << Cli::tr("Output:  %1 %2")
                     .arg(o[QStringLiteral("output")].toString(),
                          shapeText(o[QStringLiteral("shape")].toArray()))
              << '\n';
    for (const QJsonValue& c : candidates)
        out() << Cli::tr("Attention candidate: %1 '%2' -> %3%4")
                     .arg(c[QStringLiteral("op")].toString(), c[QStringLiteral("node")].toString(),
                          c[QStringLiteral("output")].toString(),
                          c[QStringLiteral("exported")].toBool() ? Cli::tr(" (exported)") : QString())
              << '\n';
    QJsonArray jsonFindings;
    for (const Finding& f : findings) {
        out() << (f.error ? Cli::tr("ERROR: ") : Cli::tr("warning: ")) << f.message << '\n'
              << Cli::tr("  fix: ") << f.fix << '\n';
        jsonFindings.append(
            QJsonObject{{"severity", f.error ? "error" : "warning"}, {"message", f.message}, {"fix", f.fix}});
    }
    out() << (ok ? Cli::tr("Result:  the model runs in AttentionLens.")
                 : Cli::tr("Result:  the model does not run yet."))
          << '\n';
    if (!jsonPath.isEmpty()) {
        OutputBatch batch;
        batch.add(jsonPath, QJsonDocument(QJsonObject{{"file", path},
                                                      {"opset", g.opset},
                                                      {"ok", ok},
                                                      {"attentionCandidates", candidates},
                                                      {"outputs", outputs},
                                                      {"findings", jsonFindings}})
                                .toJson());
        batch.commit();
    }
    return ok ? kExitOk : kExitUsage;
}

} // namespace al::cli
