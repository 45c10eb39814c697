// SPDX-License-Identifier: MIT
#include "Log.h"

#include "db/ConnectionSpec.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace sm::log {
namespace {

// Redacts every message before it reaches the sinks behind it, so no sink can leak a secret.
class RedactingSink final : public spdlog::sinks::dist_sink_mt
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const QString text =
            QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const QString clean = redactSecrets(text);
        if (clean == text) {
            spdlog::sinks::dist_sink_mt::sink_it_(msg);
            return;
        }
        const QByteArray utf8 = clean.toUtf8();
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(utf8.constData(), static_cast<size_t>(utf8.size()));
        spdlog::sinks::dist_sink_mt::sink_it_(copy);
    }
};

std::shared_ptr<RedactingSink> g_root;
QString g_logFile;
std::mutex g_mutex;

} // namespace

void init(const Options &options)
{
    std::lock_guard lock(g_mutex);
    auto root = std::make_shared<RedactingSink>();
    g_logFile.clear();
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(options.stderrLevel);
        err->set_pattern("%^%l%$: %v");
        root->add_sink(err);
    }
    if (options.toFile) {
        QString dir = options.directory;
        if (dir.isEmpty())
            dir = qEnvironmentVariable("SCHEMAMEDIC_LOG_DIR");
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
        if (QDir().mkpath(dir)) {
            g_logFile = QDir(dir).filePath(u"schemamedic.log"_s);
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    g_logFile.toStdString(), 5 * 1024 * 1024, 5);
                file->set_level(options.fileLevel);
                file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%t] %v");
                root->add_sink(file);
            } catch (const spdlog::spdlog_ex &) {
                g_logFile.clear(); // no audit file is better than no tool; stderr still works
            }
        }
    }
    g_root = root;
    auto logger = std::make_shared<spdlog::logger>("schemamedic", g_root);
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    std::lock_guard lock(g_mutex);
    if (g_root)
        g_root->add_sink(std::move(sink));
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink)
{
    std::lock_guard lock(g_mutex);
    if (g_root)
        g_root->remove_sink(sink);
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_logFile;
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        switch (type) {
        case QtDebugMsg:
            spdlog::debug("qt: {}", msg);
            break;
        case QtInfoMsg:
            spdlog::info("qt: {}", msg);
            break;
        case QtWarningMsg:
            spdlog::warn("qt: {}", msg);
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            spdlog::error("qt: {}", msg);
            break;
        }
    });
}

} // namespace sm::log
