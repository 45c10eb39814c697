// SPDX-License-Identifier: MIT
// schemamedic-cli: the headless front end over the same core as the console (design §4.2).

#include "CliApp.h"

#include <QCoreApplication>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaMedic"));
    QCoreApplication::setApplicationName(QStringLiteral("schemamedic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMAMEDIC_VERSION));
    const int code = sm::cli::run(QCoreApplication::arguments());
    // The worker threads (introspection's helper connections) end here, before the exit
    // handlers: libpq's OpenSSL keeps per-thread state that its own exit handler frees, and a
    // pooled thread that ended after it freed that state a second time (AddressSanitizer:
    // double-free in __nptl_deallocate_tsd, once in a restore under the asan preset).
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
