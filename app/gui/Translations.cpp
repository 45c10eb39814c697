// SPDX-License-Identifier: MIT
#include "Translations.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// The core's tr() helpers are free functions that call translate("sm::Connection", …), but
// lupdate files their strings under the enclosing namespace ("sm"). For a core context with
// no entry, walk up the namespace chain ("sm::cli::X" → "sm::cli" → "sm") before giving up.
class CatalogueTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || context == nullptr || qstrncmp(context, "sm::", 4) != 0)
            return text;
        QByteArray outer(context);
        for (qsizetype pos = outer.lastIndexOf("::"); pos > 0 && text.isEmpty();
             pos = outer.lastIndexOf("::")) {
            outer.truncate(pos);
            text = QTranslator::translate(outer.constData(), sourceText, disambiguation, n);
        }
        return text;
    }
};

std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

// The translator belongs to the application object; installed() only remembers it.
bool add(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<CatalogueTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed().emplace_back(translator.release());
    return true;
}

} // namespace

QString chooseLanguage(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString env = qEnvironmentVariable("SCHEMAMEDIC_LANG");
    if (!env.isEmpty())
        return env;
    return QLocale::system().name();
}

bool installTranslations(const QString &language)
{
    for (const QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            t->deleteLater();
        }
    }
    installed().clear();

    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English is the source language; its catalogue only holds the plural forms.
        add(QLocale(QLocale::English), u"schemamedic"_s, u":/i18n"_s);
        return true;
    }
    const bool ours = add(locale, u"schemamedic"_s, u":/i18n"_s);
    if (!ours) {
        spdlog::info("no translation for {}; the console stays in English", language);
        return false;
    }
    // Qt's own strings (standard buttons, file dialog); absent on some systems, which is fine.
    add(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace sm::gui
