// SPDX-License-Identifier: MIT
#include "PgStatementSplitter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::PgStatementSplitter, the context the runtime
// looks up.
struct PgStatementSplitterText
{
    Q_DECLARE_TR_FUNCTIONS(sm::PgStatementSplitter)
};

// Byte offset → 1-based line, for a script of any size.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_starts.push_back(i + 1);
    }
    int lineAt(qsizetype offset) const
    {
        return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) -
                   m_starts.cbegin());
    }

private:
    std::vector<qsizetype> m_starts;
};

// A line whose first non-blank character is a backslash: psql runs it, the server never sees it.
struct MetaLine
{
    qsizetype offset = 0; // start of the line
    qsizetype end = 0;    // start of the next line
    QString command;      // "\connect", "\restrict" … (never its arguments: \restrict has a key)
    bool endOfCopyData = false; // the line is "\."
    bool inCopyData = false;    // part of a COPY … FROM stdin data block, not a command
};

std::vector<MetaLine> findMetaLines(const QByteArray &src)
{
    std::vector<MetaLine> out;
    qsizetype i = 0;
    const qsizetype n = src.size();
    while (i < n) {
        qsizetype eol = src.indexOf('\n', i);
        const qsizetype next = eol < 0 ? n : eol + 1;
        if (eol < 0)
            eol = n;
        qsizetype j = i;
        while (j < eol && (src[j] == ' ' || src[j] == '\t'))
            ++j;
        if (j < eol && src[j] == '\\') {
            qsizetype k = j + 1;
            while (k < eol && k - j < 40 && !std::isspace(static_cast<unsigned char>(src[k])))
                ++k;
            MetaLine m;
            m.offset = i;
            m.end = next;
            m.command = QString::fromUtf8(src.mid(j, k - j));
            m.endOfCopyData = src.mid(j, eol - j).trimmed() == "\\.";
            out.push_back(m);
        }
        i = next;
    }
    return out;
}

// Skips whitespace and comments (block comments nest in PostgreSQL) so that a statement's line
// is the line of its first word.
qsizetype skipTrivia(const QByteArray &s, qsizetype i, qsizetype end)
{
    while (i < end) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) {
            ++i;
        } else if (s[i] == '-' && i + 1 < end && s[i + 1] == '-') {
            while (i < end && s[i] != '\n')
                ++i;
        } else if (s[i] == '/' && i + 1 < end && s[i + 1] == '*') {
            int depth = 1;
            i += 2;
            while (i < end && depth > 0) {
                if (s[i] == '/' && i + 1 < end && s[i + 1] == '*') {
                    ++depth;
                    i += 2;
                } else if (s[i] == '*' && i + 1 < end && s[i + 1] == '/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else {
            break;
        }
    }
    return i;
}

struct Split
{
    std::vector<std::pair<qsizetype, qsizetype>> statements; // [start, end) in the script
    std::optional<QString> error;                            // libpg_query's scanner message
    qsizetype errorOffset = 0;
};

Split scan(const QByteArray &work, qsizetype from, qsizetype to)
{
    Split out;
    const QByteArray segment = work.mid(from, to - from);
    PgQuerySplitResult r = pg_query_split_with_scanner(segment.constData());
    if (r.error) {
        out.error = QString::fromUtf8(r.error->message);
        out.errorOffset = from + std::max(0, r.error->cursorpos - 1);
    } else {
        for (int i = 0; i < r.n_stmts; ++i)
            out.statements.emplace_back(from + r.stmts[i]->stmt_location,
                                        from + r.stmts[i]->stmt_location + r.stmts[i]->stmt_len);
    }
    pg_query_free_split_result(r);
    return out;
}

// The first words of a statement, for messages: "CREATE DATABASE", "ALTER USER".
QString leadingWords(const QByteArray &statement, int count)
{
    static const QRegularExpression word(uR"([A-Za-z_]+)"_s);
    QStringList words;
    auto it = word.globalMatch(QString::fromUtf8(statement.left(200)));
    while (it.hasNext() && words.size() < count)
        words << it.next().captured().toUpper();
    return words.join(u' ');
}

enum class Class {
    Plain,
    Begin,
    End,
    OwnerOrPrivilege,
    CopyFromStdin,
    CopyToStdout,
    Refused,
    Unparsed, // libpg_query cannot parse it: the server will say why
};

struct Classified
{
    Class kind = Class::Plain;
    QString refusal; // one sentence, after "file:line: "
};

Classified refusedGlobal(const QString &what)
{
    return {Class::Refused,
            PgStatementSplitterText::tr(
                "%1 is refused: databases, roles and tablespaces are global objects outside the "
                "scratch database the file is loaded into.")
                .arg(what)};
}

Classified classifyNode(const QString &node, const QJsonObject &body, const QByteArray &statement)
{
    static const QStringList globalNodes = {
        u"CreatedbStmt"_s,
        u"DropdbStmt"_s,
        u"AlterDatabaseStmt"_s,
        u"AlterDatabaseSetStmt"_s,
        u"AlterDatabaseRefreshCollStmt"_s,
        u"CreateTableSpaceStmt"_s,
        u"DropTableSpaceStmt"_s,
        u"AlterTableSpaceOptionsStmt"_s,
        u"CreateRoleStmt"_s,
        u"AlterRoleStmt"_s,
        u"AlterRoleSetStmt"_s,
        u"DropRoleStmt"_s,
    };
    static const QStringList globalObjects = {u"OBJECT_DATABASE"_s, u"OBJECT_TABLESPACE"_s,
                                              u"OBJECT_ROLE"_s};
    if (node == u"CopyStmt") {
        if (body.value(u"is_program"_s).toBool())
            return {
                Class::Refused,
                PgStatementSplitterText::tr(
                    "COPY … PROGRAM is refused: it would run a command on the database server.")};
        if (!body.value(u"filename"_s).toString().isEmpty())
            return {
                Class::Refused,
                PgStatementSplitterText::tr(
                    "COPY with a file on the database server is refused: it would reach outside "
                    "the scratch database (COPY … FROM stdin is fine).")};
        return {body.value(u"is_from"_s).toBool() ? Class::CopyFromStdin : Class::CopyToStdout, {}};
    }
    if (globalNodes.contains(node))
        return refusedGlobal(leadingWords(statement, 2));
    if (node == u"GrantRoleStmt")
        return refusedGlobal(PgStatementSplitterText::tr("Granting or revoking a role"));
    if (node == u"RenameStmt" && globalObjects.contains(body.value(u"renameType"_s).toString()))
        return refusedGlobal(leadingWords(statement, 2));
    if ((node == u"CommentStmt" || node == u"SecLabelStmt") &&
        globalObjects.contains(body.value(u"objtype"_s).toString()))
        return refusedGlobal(leadingWords(statement, node == u"CommentStmt" ? 3 : 5));
    if (node == u"AlterOwnerStmt")
        return globalObjects.contains(body.value(u"objectType"_s).toString())
                   ? refusedGlobal(leadingWords(statement, 2))
                   : Classified{Class::OwnerOrPrivilege, {}};
    if (node == u"AlterSystemStmt")
        return {Class::Refused,
                PgStatementSplitterText::tr(
                    "ALTER SYSTEM is refused: it would change the configuration of the whole "
                    "server.")};
    if (node == u"TransactionStmt") {
        const QString kind = body.value(u"kind"_s).toString();
        if (kind == u"TRANS_STMT_PREPARE" || kind == u"TRANS_STMT_COMMIT_PREPARED" ||
            kind == u"TRANS_STMT_ROLLBACK_PREPARED")
            return {Class::Refused, PgStatementSplitterText::tr(
                                        "%1 is refused: a prepared transaction outlives the "
                                        "scratch database and blocks its removal.")
                                        .arg(leadingWords(statement, 2))};
        if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START")
            return {Class::Begin, {}};
        if ((kind == u"TRANS_STMT_COMMIT" || kind == u"TRANS_STMT_ROLLBACK") &&
            !body.value(u"chain"_s).toBool())
            return {Class::End, {}};
        return {};
    }
    if (node == u"GrantStmt" || node == u"AlterDefaultPrivilegesStmt")
        return {Class::OwnerOrPrivilege, {}};
    if (node == u"AlterTableStmt") {
        const QJsonArray cmds = body.value(u"cmds"_s).toArray();
        const bool ownerOnly =
            !cmds.isEmpty() && std::all_of(cmds.begin(), cmds.end(), [](const QJsonValue &c) {
                return c[u"AlterTableCmd"_s][u"subtype"_s].toString() == u"AT_ChangeOwner";
            });
        return {ownerOnly ? Class::OwnerOrPrivilege : Class::Plain, {}};
    }
    if (node == u"VariableSetStmt") {
        const QString name = body.value(u"name"_s).toString();
        if (name == u"role" || name == u"session_authorization")
            return {Class::OwnerOrPrivilege, {}};
    }
    return {};
}

Classified classify(const QByteArray &statement)
{
    PgQueryParseResult r = pg_query_parse(statement.constData());
    if (r.error) {
        pg_query_free_parse_result(r);
        return {Class::Unparsed, {}};
    }
    const QByteArray tree(r.parse_tree);
    pg_query_free_parse_result(r);
    // Most statements need only their node's name; the JSON tree of a big CREATE TABLE is
    // read in full only for the few kinds whose fields decide.
    static const QByteArrayList detailed = {"CopyStmt",       "TransactionStmt", "RenameStmt",
                                            "AlterOwnerStmt", "AlterTableStmt",  "VariableSetStmt",
                                            "CommentStmt",    "SecLabelStmt"};
    const qsizetype at = tree.indexOf("\"stmt\":{\"");
    if (at >= 0 && !tree.contains("},{\"stmt\":")) {
        const qsizetype start = at + 9;
        const QByteArray node = tree.mid(start, tree.indexOf('"', start) - start);
        if (!detailed.contains(node))
            return classifyNode(QString::fromLatin1(node), {}, statement);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(tree);
    Classified out;
    for (const QJsonValue &s : doc.object().value(u"stmts"_s).toArray()) {
        const QJsonObject stmt = s[u"stmt"_s].toObject();
        if (stmt.isEmpty())
            continue;
        const Classified c =
            classifyNode(stmt.begin().key(), stmt.begin().value().toObject(), statement);
        if (c.kind == Class::Refused)
            return c;
        out = c;
    }
    return out;
}

// CREATE FUNCTION … BEGIN ATOMIC … END (PostgreSQL 14) has semicolons in its body that the
// scanner takes for ends of statements; psql and pg_dump know better, and so must we.
bool mayHaveAtomicBody(const QByteArray &statement)
{
    static const QRegularExpression routine(
        uR"(^\s*create\s+(or\s+replace\s+)?(function|procedure)\b[\s\S]*\bbegin\s+atomic\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return routine.match(QString::fromUtf8(statement)).hasMatch();
}

bool startsWithEnd(const QByteArray &work, qsizetype from, qsizetype to)
{
    const qsizetype i = skipTrivia(work, from, to);
    return to - i >= 3 && qstrnicmp(work.constData() + i, "end", 3) == 0 &&
           (to - i == 3 ||
            !(std::isalnum(static_cast<unsigned char>(work[i + 3])) || work[i + 3] == '_'));
}

Error scanError(const QString &file, const LineIndex &lines, const QByteArray &work,
                const QString &message, qsizetype offset)
{
    QString what;
    if (message.startsWith(u"unterminated dollar-quoted string")) {
        static const QRegularExpression tag(uR"(^\$[A-Za-z_0-9]*\$)"_s);
        const QString closing = tag.match(QString::fromUtf8(work.mid(offset, 64))).captured();
        what = PgStatementSplitterText::tr(
                   "a dollar-quoted string opened here is never closed (%1 is missing).")
                   .arg(closing.isEmpty() ? u"$$"_s : closing);
    } else if (message.startsWith(u"unterminated quoted identifier")) {
        what = PgStatementSplitterText::tr(
            "a quoted identifier opened here is never closed (a \" is missing).");
    } else if (message.startsWith(u"unterminated /* comment")) {
        what = PgStatementSplitterText::tr(
            "a /* comment opened here is never closed (*/ is missing).");
    } else if (message.startsWith(u"unterminated")) {
        what =
            PgStatementSplitterText::tr("a string opened here is never closed (a ' is missing).");
    } else {
        what = PgStatementSplitterText::tr("the SQL cannot be split into statements: %1.")
                   .arg(message.section(u'\n', 0, 0).section(u" at or near"_s, 0, 0));
    }
    qsizetype eol = work.indexOf('\n', offset);
    if (eol < 0)
        eol = work.size();
    return makeError(ErrorKind::Input, u"%1:%2: "_s.arg(file).arg(lines.lineAt(offset)) + what,
                     QString::fromUtf8(work.mid(offset, std::min<qsizetype>(eol - offset, 300))));
}

PgStatementKind kindOf(Class c)
{
    switch (c) {
    case Class::Begin:
        return PgStatementKind::BeginTransaction;
    case Class::End:
        return PgStatementKind::EndTransaction;
    case Class::OwnerOrPrivilege:
        return PgStatementKind::OwnerOrPrivilege;
    default:
        return PgStatementKind::Plain;
    }
}

} // namespace

Result<PgScript> splitPostgresScript(const QString &sql, const QString &file)
{
    if (sql.contains(QChar(0)))
        return makeError(ErrorKind::Input, PgStatementSplitterText::tr(
                                               "%1 contains a NUL character; it is not SQL text.")
                                               .arg(file));
    const QByteArray src = sql.toUtf8();
    const LineIndex lines(src);
    const qsizetype n = src.size();

    // Meta-command lines become blanks, so offsets and line numbers stay those of the file.
    std::vector<MetaLine> metas = findMetaLines(src);
    QByteArray work = src;
    for (const MetaLine &m : metas)
        for (qsizetype i = m.offset; i < m.end; ++i)
            if (work[i] != '\n' && work[i] != '\r')
                work[i] = ' ';
    std::vector<size_t> dataEnds; // indexes into metas of the "\." lines
    for (size_t i = 0; i < metas.size(); ++i)
        if (metas[i].endOfCopyData)
            dataEnds.push_back(i);

    PgScript script;
    std::vector<std::pair<int, QString>> warnings;
    auto at = [&](qsizetype offset) { return u"%1:%2: "_s.arg(file).arg(lines.lineAt(offset)); };

    // The script is read in segments that end at a "\." line: the data of a COPY … FROM stdin
    // can hold anything (quotes, dollar signs), so it must never reach the scanner's view of
    // what follows it.
    qsizetype pos = 0;
    size_t nextEnd = 0;
    while (pos < n) {
        while (nextEnd < dataEnds.size() && metas[dataEnds[nextEnd]].offset < pos)
            ++nextEnd;
        const qsizetype segmentEnd =
            nextEnd < dataEnds.size() ? metas[dataEnds[nextEnd]].offset : n;
        const qsizetype afterSegment = nextEnd < dataEnds.size() ? metas[dataEnds[nextEnd]].end : n;

        Split split = scan(work, pos, segmentEnd);
        std::optional<Error> pending;
        if (split.error) {
            // Either the script is broken there, or that is COPY data: the statements before
            // the error decide.
            pending = scanError(file, lines, work, *split.error, split.errorOffset);
            split = scan(work, pos, split.errorOffset);
            if (split.error)
                return scanError(file, lines, work, *split.error, split.errorOffset);
        }

        bool copyData = false;
        for (size_t i = 0; i < split.statements.size(); ++i) {
            const qsizetype start =
                skipTrivia(work, split.statements[i].first, split.statements[i].second);
            qsizetype end = split.statements[i].second;
            if (start >= end)
                continue;
            QByteArray text = work.mid(start, end - start);
            Classified c = classify(text);
            if (c.kind == Class::Unparsed && mayHaveAtomicBody(text)) {
                // The body ends with the first piece that starts with END: one parse, so a
                // broken function cannot make the split quadratic.
                for (size_t j = i + 1; j < split.statements.size(); ++j) {
                    if (!startsWithEnd(work, split.statements[j].first, split.statements[j].second))
                        continue;
                    const QByteArray longer = work.mid(start, split.statements[j].second - start);
                    const Classified lc = classify(longer);
                    if (lc.kind != Class::Unparsed) {
                        text = longer;
                        c = lc;
                        end = split.statements[j].second;
                        i = j;
                    }
                    break;
                }
            }
            switch (c.kind) {
            case Class::Refused:
                return makeError(ErrorKind::Input, at(start) + c.refusal,
                                 QString::fromUtf8(text.left(300)));
            case Class::CopyToStdout:
                warnings.emplace_back(lines.lineAt(start),
                                      at(start) + PgStatementSplitterText::tr(
                                                      "skipped COPY … TO STDOUT: it only prints "
                                                      "data."));
                continue;
            case Class::CopyFromStdin: {
                warnings.emplace_back(lines.lineAt(start),
                                      at(start) + PgStatementSplitterText::tr(
                                                      "skipped COPY … FROM stdin and its data "
                                                      "(data is not schema)."));
                // psql reads the data from the line after the one that ends the statement, up
                // to the "\." line (or the end of the file).
                const qsizetype eol = work.indexOf('\n', end);
                const qsizetype dataStart = eol < 0 ? n : eol + 1;
                auto m =
                    std::lower_bound(metas.begin(), metas.end(), dataStart,
                                     [](const MetaLine &l, qsizetype o) { return l.offset < o; });
                for (; m != metas.end() && m->offset < afterSegment; ++m)
                    m->inCopyData = true;
                pos = afterSegment;
                copyData = true;
                break;
            }
            default:
                script.statements.append(
                    PgStatement{QString::fromUtf8(text), lines.lineAt(start), kindOf(c.kind)});
                continue;
            }
            break; // COPY data: the rest of the segment is data
        }
        if (copyData)
            continue;
        if (pending)
            return *pending;
        pos = afterSegment; // a "\." with no COPY before it is one more skipped command
    }

    for (const MetaLine &m : metas)
        if (!m.inCopyData)
            warnings.emplace_back(
                lines.lineAt(m.offset),
                at(m.offset) +
                    PgStatementSplitterText::tr("skipped the psql command %1").arg(m.command));
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &w : warnings)
        script.warnings << std::move(w.second);
    return script;
}

} // namespace sm
