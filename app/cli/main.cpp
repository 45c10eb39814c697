// SPDX-License-Identifier: MIT
// schemamedic-cli: the headless front end over the same core as the console (design §4.2).

#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaMedic"));
    QCoreApplication::setApplicationName(QStringLiteral("schemamedic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMAMEDIC_VERSION));
    return sm::cli::run(QCoreApplication::arguments());
}
