// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Schema Medic"));
    label.show();
    return QApplication::exec();
}
