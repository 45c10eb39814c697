// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sm {

// Source strings use Qt's "%n table(s)" numerus form so translators get every plural form;
// without a translation loaded (English), resolve "(s)" here instead of printing it.
inline QString englishPlural(QString translated, int n)
{
    translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    translated.replace(QStringLiteral("need(s)"),
                       n == 1 ? QStringLiteral("needs") : QStringLiteral("need"));
    return translated;
}

} // namespace sm
