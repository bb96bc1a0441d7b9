// SPDX-License-Identifier: MIT
#include "AppSetup.h"
#include "ErrorReporter.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "kiosk/KioskMain.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

struct Arguments {
    QString file;
    QString model;
    bool run = false;
    QStringList pluginDirs;
    QString language;
    bool kiosk = false;
    QString kioskConfig;
};

Arguments parseArguments(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("al::main", "See and explain attention maps of images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("al::main", "Image to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QCoreApplication::translate("al::main", "Model to select, by id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption run(
        QStringLiteral("run"),
        QCoreApplication::translate("al::main", "Run the model once the window is up."));
    const QCommandLineOption pluginDir(
        QStringLiteral("plugin-dir"),
        QCoreApplication::translate("al::main", "Extra plugin folder (repeatable)."), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("al::main", "Interface language: en or zh_CN."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("al::main",
                                    "Run as an unattended touch-screen exhibit (see docs/kiosk.md)."));
    const QCommandLineOption kioskConfig(
        QStringLiteral("kiosk-config"),
        QCoreApplication::translate("al::main", "Kiosk configuration INI file."), QStringLiteral("FILE"));
    parser.addOptions({model, run, pluginDir, lang, kiosk, kioskConfig});
    parser.process(app);

    Arguments args;
    args.file = parser.positionalArguments().value(0);
    args.model = parser.value(model);
    args.run = parser.isSet(run);
    args.pluginDirs = parser.values(pluginDir);
    args.language = parser.value(lang);
    args.kiosk = parser.isSet(kiosk) || parser.isSet(kioskConfig);
    args.kioskConfig = parser.value(kioskConfig);
    return args;
}

bool wantsHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    if (wantsHelpOrVersion(argc, argv)) {
        // --help and --version must work without a display, so no QApplication here.
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("attentionlens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(AL_APP_VERSION));
        parseArguments(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    al::setupApplication(app);
    const Arguments args = parseArguments(app);
    if (args.kiosk)
        return al::runKiosk(app, args.kioskConfig, args.pluginDirs);

    al::Settings settings;
    al::LanguageManager language;
    const QString lang = args.language.isEmpty() ? settings.language() : args.language;
    if (al::LanguageManager::supportedLanguages().contains(lang))
        language.setLanguage(lang);
    else
        qWarning("attentionlens: unknown language '%s'; use en or zh_CN.", qPrintable(lang));

    al::PluginRegistry registry;
    al::PluginRegistry::Options options;
    options.extraDirs = args.pluginDirs + settings.pluginDirs();
    registry.load(options);

    al::MainWindow window(registry, options, settings, language);
    window.show();
    if (!args.file.isEmpty())
        window.openFile(args.file);
    if (!args.model.isEmpty() && !window.selectModel(args.model)) {
        window.errorReporter()->report(
            QCoreApplication::translate("al::main", "Unknown model"),
            QCoreApplication::translate("al::main",
                                        "No loaded plugin offers the model “%1”. Tools ▸ Plugins… "
                                        "lists the available plugins and models.")
                .arg(args.model));
    }
    if (args.run)
        QTimer::singleShot(0, &window, &al::MainWindow::run);
    return app.exec();
}
