// SPDX-License-Identifier: MIT
#pragma once

// Logging: spdlog with a rotating file in the application data folder, stderr for the CLI,
// Qt's own messages routed in. Every line passes through redactSecrets() before any sink.

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>

template<> struct fmt::formatter<QString> : fmt::formatter<fmt::string_view>
{
    template<typename Ctx> auto format(const QString &s, Ctx &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

namespace sm::log {

struct Options
{
    bool toStderr = false; // the CLI's human-facing channel
    spdlog::level::level_enum stderrLevel = spdlog::level::warn;
    bool toFile = true; // the audit log
    QString directory;  // empty: SCHEMAMEDIC_LOG_DIR or AppDataLocation/logs
    spdlog::level::level_enum fileLevel = spdlog::level::debug;
};

// Installs the default logger (idempotent: a second call replaces the sinks).
void init(const Options &options);

// Adds a sink to the default logger (the GUI's log panel). Lines reaching it are redacted.
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
// Takes a sink added with addSink() out again (a log panel that is closing).
void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink);

// The file the audit log is written to, empty when there is none.
QString logFilePath();

// Routes qDebug/qWarning/… into spdlog.
void installQtMessageHandler();

} // namespace sm::log
