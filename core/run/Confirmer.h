// SPDX-License-Identifier: MIT
#pragma once

// How core/ asks a human before something destructive: each front end (terminal, dialog,
// test) implements it. core/ never reads stdin or shows a window itself.

#include <QString>
#include <QStringList>

namespace sm {

struct ConfirmRequest
{
    QString action;       // "restore", "repair"
    QString databaseName; // what the operator types when requireTypedName is set
    QString summary;      // several lines: what will happen, what will be lost
    QStringList hazards;  // hazard names (design §4.4) of what is asked for; empty for a restore
    bool requireTypedName = true;
};

class Confirmer
{
public:
    virtual ~Confirmer() = default;
    // True only when the operator agreed (and typed the name when asked to).
    virtual bool confirm(const ConfirmRequest &request) = 0;
};

} // namespace sm
