// SPDX-License-Identifier: MIT
#include "ExpectedSource.h"

#include "db/Connection.h"
#include "introspect/Introspector.h"
#include "schema/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::ExpectedSource, the context the runtime looks
// up.
struct ExpectedSourceText
{
    Q_DECLARE_TR_FUNCTIONS(sm::ExpectedSource)
};

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"sqlite:"_s, Qt::CaseInsensitive) ||
           s.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           s.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

constexpr qint64 kMaxDdlBytes = 256LL * 1024 * 1024;

} // namespace

Result<SourceKind> classifySource(const QString &source)
{
    if (source.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         ExpectedSourceText::tr("No expected schema was given; pass a .sql file, a "
                                                ".json snapshot or a database URL."));
    if (looksLikeUrl(source))
        return SourceKind::Connection;
    const QFileInfo info(source);
    if (!info.exists())
        return makeError(
            ErrorKind::Input,
            ExpectedSourceText::tr("The expected schema %1 does not exist.").arg(source));
    if (info.isDir())
        return makeError(ErrorKind::Input, ExpectedSourceText::tr(
                                               "The expected schema %1 is a directory, not a file.")
                                               .arg(source));
    const QString suffix = info.suffix().toLower();
    if (suffix == u"json")
        return SourceKind::Snapshot;
    if (suffix == u"sql" || suffix == u"ddl")
        return SourceKind::DdlFile;
    QFile f(source);
    if (f.open(QIODevice::ReadOnly) && f.peek(64).trimmed().startsWith('{'))
        return SourceKind::Snapshot;
    return SourceKind::DdlFile;
}

Result<QString> readDdlFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Input,
                         ExpectedSourceText::tr("The DDL file %1 cannot be read.").arg(path),
                         f.errorString());
    if (f.size() > kMaxDdlBytes)
        return makeError(
            ErrorKind::Input,
            ExpectedSourceText::tr("The DDL file %1 is larger than 256 MiB; that is not a schema.")
                .arg(path));
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorKind::Input,
                         ExpectedSourceText::tr("The DDL file %1 is empty.").arg(path));
    if (bytes.contains('\0'))
        return makeError(
            ErrorKind::Input,
            ExpectedSourceText::tr("The DDL file %1 is a binary file, not SQL text.").arg(path));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(ErrorKind::Input,
                         ExpectedSourceText::tr(
                             "The DDL file %1 is not UTF-8 text; convert it (for example with "
                             "iconv) and try again.")
                             .arg(path));
    return text;
}

Result<ExpectedSchema> loadExpected(const QString &source, const ExpectedOptions &options)
{
    auto kind = classifySource(source);
    if (!kind)
        return kind.error();
    switch (*kind) {
    case SourceKind::Snapshot: {
        auto s = loadSnapshotFile(source);
        if (!s)
            return s.error();
        if (s->dialect != options.dialect)
            return makeError(
                ErrorKind::Input,
                ExpectedSourceText::tr(
                    "The snapshot %1 describes a %2 database, but the live database "
                    "is %3.")
                    .arg(source, dialectName(s->dialect), dialectName(options.dialect)));
        return ExpectedSchema{*s, source, {}};
    }
    case SourceKind::Connection: {
        auto spec = ConnectionSpec::parse(source);
        if (!spec)
            return spec.error();
        if (spec->dialect != options.dialect)
            return makeError(
                ErrorKind::Input,
                ExpectedSourceText::tr("The expected database is %1, but the live database is %2.")
                    .arg(dialectName(spec->dialect), dialectName(options.dialect)));
        auto conn = Connection::open(*spec, AccessMode::ReadOnly);
        if (!conn)
            return conn.error();
        IntrospectOptions io;
        io.schemas = options.schemas;
        io.progress = options.progress;
        io.cancelled = options.cancelled;
        auto s = introspect(*conn, io);
        if (!s)
            return s.error();
        return ExpectedSchema{*s, spec->redacted(), {}};
    }
    case SourceKind::DdlFile: {
        auto text = readDdlFile(source);
        if (!text)
            return text.error();
        const QString name = QFileInfo(source).fileName();
        return options.dialect == Dialect::Sqlite ? loadSqliteDdl(*text, name)
                                                  : loadPostgresDdl(*text, name, options);
    }
    }
    return makeError(ErrorKind::Internal, ExpectedSourceText::tr("Unknown source kind."));
}

} // namespace sm
