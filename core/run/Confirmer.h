// SPDX-License-Identifier: MIT
#pragma once

// How core/ asks a human before something destructive: each front end (terminal, dialog,
// test) implements it. core/ never reads stdin or shows a window itself.

#include <QString>

namespace sm {

struct ConfirmRequest
{
    QString action;       // "restore", "repair"
    QString databaseName; // what the operator types when requireTypedName is set
    QString summary;      // several lines: what will happen, what will be lost
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
