// SPDX-License-Identifier: MIT
#include "SqliteRebuild.h"

#include "introspect/CreateTableReader.h"

using namespace Qt::StringLiterals;

namespace sm::sqlite {
namespace {

bool identStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 0x7f;
}
bool identPart(QChar c)
{
    return identStart(c) || c.isDigit() || c == u'$';
}

bool isWord(QStringView sql, const SqlToken &t, QStringView word)
{
    return t.kind == SqlToken::Kind::Word &&
           sql.mid(t.begin, t.end - t.begin).compare(word, Qt::CaseInsensitive) == 0;
}

bool isPunct(QStringView sql, const SqlToken &t, QChar c)
{
    return t.kind == SqlToken::Kind::Punct && t.end - t.begin == 1 && sql[t.begin] == c;
}

// Index of the first token of the table name, or -1.
qsizetype tableNameToken(QStringView sql, const QList<SqlToken> &tokens)
{
    qsizetype i = 0;
    if (tokens.isEmpty() || !isWord(sql, tokens[0], u"CREATE"))
        return -1;
    ++i;
    while (i < tokens.size() &&
           (isWord(sql, tokens[i], u"TEMP") || isWord(sql, tokens[i], u"TEMPORARY") ||
            isWord(sql, tokens[i], u"VIRTUAL")))
        ++i;
    if (i >= tokens.size() || !isWord(sql, tokens[i], u"TABLE"))
        return -1;
    ++i;
    if (i + 2 < tokens.size() && isWord(sql, tokens[i], u"IF") &&
        isWord(sql, tokens[i + 1], u"NOT") && isWord(sql, tokens[i + 2], u"EXISTS"))
        i += 3;
    if (i >= tokens.size() || tokens[i].kind == SqlToken::Kind::Punct)
        return -1;
    return i;
}

// The last token of a possibly qualified name that starts at `i`.
qsizetype nameEnd(QStringView sql, const QList<SqlToken> &tokens, qsizetype i)
{
    if (i + 2 < tokens.size() && isPunct(sql, tokens[i + 1], u'.') &&
        tokens[i + 2].kind != SqlToken::Kind::Punct)
        return i + 2;
    return i;
}

} // namespace

QList<SqlToken> tokenizeSql(QStringView s)
{
    QList<SqlToken> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto close = [&](qsizetype from, QChar q, bool doubling) {
        qsizetype j = from + 1;
        while (j < n) {
            if (s[j] == q) {
                if (doubling && j + 1 < n && s[j + 1] == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            while (i < n && s[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            const qsizetype e = s.indexOf(u"*/", i + 2);
            i = e < 0 ? n : e + 2;
            continue;
        }
        SqlToken t;
        t.begin = i;
        if (c == u'\'') {
            t.kind = SqlToken::Kind::String;
            i = close(i, u'\'', true);
        } else if (c == u'"' || c == u'`') {
            t.kind = SqlToken::Kind::Quoted;
            i = close(i, c, true);
        } else if (c == u'[') {
            t.kind = SqlToken::Kind::Quoted;
            i = close(i, u']', false);
        } else if (identStart(c)) {
            t.kind = SqlToken::Kind::Word;
            while (i < n && identPart(s[i]))
                ++i;
        } else if (c.isDigit()) {
            t.kind = SqlToken::Kind::Number;
            while (i < n && (s[i].isLetterOrNumber() || s[i] == u'.' || s[i] == u'_'))
                ++i;
        } else {
            t.kind = SqlToken::Kind::Punct;
            ++i;
        }
        t.end = i;
        out.append(t);
    }
    return out;
}

std::optional<QString> renameCreateTable(const QString &createSql, const QString &quotedName)
{
    const QList<SqlToken> tokens = tokenizeSql(createSql);
    const qsizetype first = tableNameToken(createSql, tokens);
    if (first < 0)
        return std::nullopt;
    const qsizetype last = nameEnd(createSql, tokens, first);
    QString out = createSql;
    out.replace(tokens[first].begin, tokens[last].end - tokens[first].begin, quotedName);
    return out;
}

std::optional<QString> extendCreateTable(const QString &createSql, const QStringList &columnDefs,
                                         const QStringList &constraintDefs)
{
    if (columnDefs.isEmpty() && constraintDefs.isEmpty())
        return createSql;
    const QList<SqlToken> tokens = tokenizeSql(createSql);
    const qsizetype first = tableNameToken(createSql, tokens);
    if (first < 0)
        return std::nullopt;
    qsizetype i = nameEnd(createSql, tokens, first) + 1;
    if (i >= tokens.size() || !isPunct(createSql, tokens[i], u'('))
        return std::nullopt;
    // Walk the definition list: commas at depth 1 separate its elements; the first element that
    // starts with a table-constraint key word ends the columns.
    int depth = 0;
    qsizetype columnsEnd = -1; // offset where the column definitions end
    qsizetype closeAt = -1;
    bool elementStart = false;
    for (; i < tokens.size(); ++i) {
        const SqlToken &t = tokens[i];
        if (elementStart && depth == 1 && columnsEnd < 0) {
            for (const auto kw : {u"CONSTRAINT", u"PRIMARY", u"UNIQUE", u"CHECK", u"FOREIGN"})
                if (isWord(createSql, t, QStringView(kw)) &&
                    isPunct(createSql, tokens[i - 1], u',')) {
                    columnsEnd = tokens[i - 1].begin; // the comma before it
                    break;
                }
        }
        elementStart = false;
        if (isPunct(createSql, t, u'(')) {
            ++depth;
            elementStart = depth == 1;
        } else if (isPunct(createSql, t, u')')) {
            if (--depth == 0) {
                closeAt = t.begin;
                break;
            }
        } else if (depth == 1 && isPunct(createSql, t, u',')) {
            elementStart = true;
        }
    }
    if (closeAt < 0)
        return std::nullopt;
    if (columnsEnd < 0)
        columnsEnd = closeAt;
    QString out = createSql;
    // The later offset first, so that the earlier one stays valid.
    if (!constraintDefs.isEmpty())
        out.insert(closeAt, u", "_s + constraintDefs.join(u", "_s));
    if (!columnDefs.isEmpty())
        out.insert(columnsEnd, u", "_s + columnDefs.join(u", "_s));
    return out;
}

QSet<QString> mentionedNames(QStringView sql)
{
    QSet<QString> out;
    for (const SqlToken &t : tokenizeSql(sql)) {
        if (t.kind == SqlToken::Kind::Word)
            out.insert(sql.mid(t.begin, t.end - t.begin).toString().toLower());
        else if (t.kind == SqlToken::Kind::Quoted)
            out.insert(unquoteIdentifier(sql.mid(t.begin, t.end - t.begin)).toLower());
    }
    return out;
}

} // namespace sm::sqlite
