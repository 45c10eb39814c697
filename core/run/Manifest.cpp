// SPDX-License-Identifier: MIT
#include "Manifest.h"

#include "schema/Snapshot.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Manifest, the context the runtime looks up.
struct ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Manifest)
};

Error badManifest(const QString &dir, const QString &what)
{
    return makeError(
        ErrorKind::Input,
        ManifestText::tr("The backup manifest in %1 is not usable: %2.").arg(dir, what));
}

} // namespace

const BackupFile *BackupManifest::file(const QString &name) const
{
    for (const BackupFile &f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

QJsonObject manifestToJson(const BackupManifest &m)
{
    QJsonArray files;
    for (const BackupFile &f : m.files)
        files.append(QJsonObject{{u"name"_s, f.name},
                                 {u"size"_s, static_cast<double>(f.size)},
                                 {u"sha256"_s, f.sha256}});
    QJsonObject counts;
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it)
        counts.insert(it.key(), static_cast<double>(it.value()));
    QJsonObject tools;
    for (auto it = m.tools.cbegin(); it != m.tools.cend(); ++it)
        tools.insert(it.key(), it.value());
    tools.insert(u"schemamedic"_s, m.toolVersion);
    return QJsonObject{
        {u"format"_s, m.format},
        {u"created"_s, m.created.toUTC().toString(Qt::ISODateWithMs)},
        {u"source"_s, redactSecrets(m.source)},
        {u"engine"_s, dialectName(m.engine)},
        {u"database"_s, m.database},
        {u"serverVersion"_s, m.serverVersion},
        {u"serverVersionNumber"_s, m.serverVersionNumber},
        {u"tools"_s, tools},
        {u"files"_s, files},
        {u"rowCounts"_s, counts},
        {u"verification"_s, m.verification},
        {u"schema"_s, snapshotToJson(m.schema)},
    };
}

Result<BackupManifest> manifestFromJson(const QJsonObject &o)
{
    BackupManifest m;
    m.format = o[u"format"_s].toString();
    if (m.format != kBackupFormat)
        return makeError(
            ErrorKind::Input,
            ManifestText::tr("This is not a Schema Medic backup manifest (format \"%1\", expected "
                             "\"%2\").")
                .arg(m.format, kBackupFormat.toString()));
    m.created = QDateTime::fromString(o[u"created"_s].toString(), Qt::ISODateWithMs);
    m.source = o[u"source"_s].toString();
    const auto engine = dialectFromName(o[u"engine"_s].toString());
    if (!engine)
        return makeError(ErrorKind::Input,
                         ManifestText::tr("The backup manifest names an unknown engine \"%1\".")
                             .arg(o[u"engine"_s].toString()));
    m.engine = *engine;
    m.database = o[u"database"_s].toString();
    m.serverVersion = o[u"serverVersion"_s].toString();
    m.serverVersionNumber = o[u"serverVersionNumber"_s].toInt();
    const QJsonObject tools = o[u"tools"_s].toObject();
    for (auto it = tools.begin(); it != tools.end(); ++it) {
        if (it.key() == u"schemamedic")
            m.toolVersion = it.value().toString();
        else
            m.tools.insert(it.key(), it.value().toString());
    }
    const QJsonArray files = o[u"files"_s].toArray();
    if (files.isEmpty())
        return makeError(ErrorKind::Input, ManifestText::tr("The backup manifest lists no files."));
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        BackupFile bf;
        bf.name = f[u"name"_s].toString();
        bf.size = static_cast<qint64>(f[u"size"_s].toDouble(-1));
        bf.sha256 = f[u"sha256"_s].toString().toLower();
        // A manifest must not point outside its own folder.
        if (bf.name.isEmpty() || bf.name.contains(u'/') || bf.name.contains(u'\\') ||
            bf.name == u".." || bf.name == u"." || bf.sha256.size() != 64 || bf.size < 0)
            return makeError(
                ErrorKind::Input,
                ManifestText::tr("The backup manifest has a malformed file entry \"%1\".")
                    .arg(bf.name));
        m.files.append(bf);
    }
    const QJsonObject counts = o[u"rowCounts"_s].toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const std::optional<qint64> n = jsonInt64(it.value());
        if (!n || *n < 0)
            return makeError(ErrorKind::Input,
                             ManifestText::tr("The backup manifest has a malformed row count for "
                                              "\"%1\".")
                                 .arg(it.key()));
        m.rowCounts.insert(it.key(), *n);
    }
    m.verification = o[u"verification"_s].toObject();
    auto schema = snapshotFromJson(o[u"schema"_s].toObject());
    if (!schema)
        return makeError(
            ErrorKind::Input,
            ManifestText::tr("The schema snapshot in the backup manifest cannot be read."),
            schema.error().toString());
    m.schema = std::move(*schema);
    return m;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
}

Status writeManifest(const BackupManifest &m, const QString &dir)
{
    const QString path = QDir(dir).filePath(kManifestFileName.toString());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Input,
                         ManifestText::tr("The backup manifest %1 cannot be written.").arg(path),
                         f.errorString());
    f.write(QJsonDocument(manifestToJson(m)).toJson(QJsonDocument::Indented));
    // QSaveFile fsyncs the temporary file before renaming it over the target.
    if (!f.commit())
        return makeError(ErrorKind::Input,
                         ManifestText::tr("The backup manifest %1 cannot be written.").arg(path),
                         f.errorString());
    syncDirectory(dir);
    return {};
}

Result<BackupManifest> readManifest(const QString &dir)
{
    const QString path = QDir(dir).filePath(kManifestFileName.toString());
    QFile f(path);
    if (!f.exists())
        return makeError(
            ErrorKind::Input,
            ManifestText::tr("%1 is not a Schema Medic backup: it has no manifest.json.").arg(dir));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Input,
                         ManifestText::tr("The backup manifest %1 cannot be read.").arg(path),
                         f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (doc.isNull() || !doc.isObject())
        return badManifest(dir, pe.errorString());
    return manifestFromJson(doc.object());
}

Result<QString> sha256OfFile(const QString &path, const std::function<void(qint64)> &progress,
                             const std::function<bool()> &cancelled)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Input, ManifestText::tr("%1 cannot be read.").arg(path),
                         f.errorString());
    // libcrypto rather than QCryptographicHash: with the CPU's SHA extensions it hashes 1.7 GB/s
    // here against Qt 6.4's 0.2 GB/s, and every backup and restore hashes the whole archive
    // (bench/ANALYSIS.md).
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                      &EVP_MD_CTX_free);
    auto failed = [&] {
        return makeError(ErrorKind::Internal,
                         ManifestText::tr("The SHA-256 of %1 could not be computed.").arg(path),
                         QString::fromLatin1(ERR_error_string(ERR_get_error(), nullptr)));
    };
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return failed();
    qint64 done = 0;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), chunk.constData(), size_t(n)) != 1)
            return failed();
        done += n;
        if (progress)
            progress(done);
        if (cancelled && cancelled())
            return makeError(ErrorKind::Input,
                             ManifestText::tr("Checking %1 was cancelled.").arg(path));
    }
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Input, ManifestText::tr("%1 cannot be read.").arg(path),
                         f.errorString());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return failed();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}

Result<QMap<QString, qint64>> countRows(Connection &connection, const Schema &schema)
{
    QStringList names;
    for (const Table &t : schema.tables)
        if (t.kind == TableKind::Table || t.kind == TableKind::PartitionedTable)
            names << t.qualifiedName();
    QMap<QString, qint64> counts;
    // Batched: a UNION ALL of count(*) per table, a hundred tables per statement.
    constexpr qsizetype kBatch = 100;
    for (qsizetype start = 0; start < names.size(); start += kBatch) {
        QStringList parts;
        QVariantList binds;
        const qsizetype end = std::min(names.size(), start + kBatch);
        for (qsizetype i = start; i < end; ++i) {
            const Table *t = schema.table(names.at(i));
            const QString from = connection.dialect() == Dialect::Sqlite
                                     ? quoteIdentifier(t->name)
                                     : quoteIdentifier(t->schema) + u'.' + quoteIdentifier(t->name);
            parts << u"SELECT %1, count(*) FROM %2"_s.arg(i).arg(from);
        }
        auto q = connection.query(parts.join(u" UNION ALL "_s));
        if (!q)
            return q.error();
        while (q->next())
            counts.insert(names.at(q->value(0).toInt()), q->value(1).toLongLong());
    }
    return counts;
}

} // namespace sm
