// SPDX-License-Identifier: MIT
// schemamedic: the desktop console (design §1). Everything but argument handling lives in
// the schemamedic_gui library.

#include "ComparisonView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "log/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// --lang must take effect before the other options' descriptions are translated.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SchemaMedic"_s);
    QCoreApplication::setApplicationName(u"schemamedic"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMAMEDIC_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Schema Medic"_s);
    QGuiApplication::setDesktopFileName(u"schemamedic"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/schemamedic.svg"_s));

    sm::gui::installTranslations(sm::gui::chooseLanguage(languageArgument(app.arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inspects and repairs database schemas."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
                                QCoreApplication::translate("main", "Open this database URL "
                                                                    "(sqlite:PATH or "
                                                                    "postgresql://…)."),
                                u"URL"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  QCoreApplication::translate("main", "User interface language "
                                                                      "(de, en)."),
                                  u"LANG"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Save a picture of the window to FILE once the "
                                            "schema is shown (or the error), then quit."),
        u"FILE"_s);
    const QCommandLineOption expected(
        u"expected"_s,
        QCoreApplication::translate("main", "Compare the database with this expected schema (a "
                                            ".sql DDL file, a .json snapshot or a URL) and show "
                                            "the differences."),
        u"SRC"_s);
    const QCommandLineOption view(
        u"view"_s,
        QCoreApplication::translate("main", "With --expected: show the differences' details or "
                                            "the plan (details, plan)."),
        u"VIEW"_s);
    parser.addOptions({db, lang, screenshot, expected, view});
    parser.process(app);

    sm::log::Options logOptions;
    logOptions.toStderr = true;
    sm::log::init(logOptions);
    sm::log::installQtMessageHandler();
    spdlog::info("schemamedic {} started", QCoreApplication::applicationVersion());

    sm::gui::MainWindow window;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        if (!parser.isSet(db)) {
            // Nothing to load: the picture is of the start page.
            QTimer::singleShot(200, &window, [&window, file] {
                QCoreApplication::exit(window.grab().save(file) ? 0 : 1);
            });
        }
        // With --expected the picture is of the differences, once they are on screen.
        const auto shown = parser.isSet(expected) ? &sm::gui::MainWindow::comparisonShown
                                                  : &sm::gui::MainWindow::schemaLoaded;
        QObject::connect(&window, shown, &window, [&window, file] {
            // Once more round the event loop so the tree has laid itself out.
            QTimer::singleShot(200, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                if (!saved)
                    QTextStream(stderr)
                        << QCoreApplication::translate("main", "Cannot write %1.").arg(file)
                        << u'\n';
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
        // On failure the picture is of the error message the operator sees; the exit code says 1.
        QObject::connect(&window, &sm::gui::MainWindow::comparisonFailed, &window,
                         [&window, file](const sm::Error &error) {
                             QTextStream(stderr) << error.toString() << u'\n';
                             QTimer::singleShot(200, &window, [&window, file] {
                                 QWidget *shown = QApplication::activeModalWidget();
                                 (shown ? shown : &window)->grab().save(file);
                                 QCoreApplication::exit(1);
                             });
                         });
        QObject::connect(&window, &sm::gui::MainWindow::loadFailed, &window,
                         [&window, file](const sm::Error &error) {
                             QTextStream(stderr) << error.toString() << u'\n';
                             QTimer::singleShot(200, &window, [&window, file] {
                                 QWidget *shown = QApplication::activeModalWidget();
                                 (shown ? shown : &window)->grab().save(file);
                                 QCoreApplication::exit(1);
                             });
                         });
    }
    window.show();
    if (parser.isSet(db))
        window.openUrl(parser.value(db));
    if (parser.isSet(expected)) {
        if (parser.value(view) == u"plan")
            QObject::connect(&window, &sm::gui::MainWindow::comparisonShown, &window,
                             [&window] { window.comparisonView()->showPlan(); });
        window.compareWith(parser.value(expected));
    }
    return QApplication::exec();
}
