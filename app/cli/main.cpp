// SPDX-License-Identifier: MIT
// schemamedic-cli: the headless front end over the same core as the console (design §4.2).

#include "CliApp.h"
#include "util/Heap.h"

#include <QCoreApplication>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    // A command runs and exits, and at 10,000 tables its models are millions of small
    // allocations: 2 MB pages spare it tens of thousands of page faults (util/Heap.h).
    sm::reserveHeapInLargePages();
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
