// SPDX-License-Identifier: MIT
#pragma once

// Which language the console speaks, and loading its catalogues (ours from the resource,
// Qt's own from the system) onto the application.

#include <QString>

namespace sm::gui {

// --lang wins, then SCHEMAMEDIC_LANG, then the system locale ("de_DE", "en_US", …).
QString chooseLanguage(const QString &fromCommandLine);

// Replaces the translators this function installed before with those for `language`.
// Returns true when the UI speaks that language afterwards: English needs no catalogue,
// any other language needs ours.
bool installTranslations(const QString &language);

} // namespace sm::gui
