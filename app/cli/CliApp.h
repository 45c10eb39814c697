// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace sm::cli {

// Parses the arguments, runs one command and returns its exit code (sm::ExitCode).
int run(const QStringList &arguments);

} // namespace sm::cli
