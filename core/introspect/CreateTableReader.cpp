// SPDX-License-Identifier: MIT
#include "CreateTableReader.h"

using namespace Qt::StringLiterals;

namespace sm::sqlite {
namespace {

enum class Tok {
    Word,   // bare identifier or keyword
    Quoted, // "…", `…`, […]
    String, // '…'
    Number,
    Blob, // x'…'
    Punct,
};

struct Token
{
    Tok kind = Tok::Punct;
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 0x7f;
}
bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit() || c == u'$';
}

// Splits SQL into tokens, dropping whitespace and comments. Every iteration consumes at least
// one character, so it ends on any input; an unterminated quote runs to the end and is reported.
QList<Token> tokenize(QStringView s, QString *error)
{
    QList<Token> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto closeQuote = [&](QChar close, bool doubling) {
        // i is on the opening quote; returns the index after the closing one.
        qsizetype j = i + 1;
        while (j < n) {
            if (s[j] == close) {
                if (doubling && j + 1 < n && s[j + 1] == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        if (error && error->isEmpty())
            *error = u"unterminated quote at offset %1"_s.arg(i);
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
            i = e < 0 ? n : e + 2; // SQLite accepts a comment left open at the end
            continue;
        }
        Token t;
        t.begin = i;
        if (c == u'\'') {
            t.kind = Tok::String;
            i = closeQuote(u'\'', true);
        } else if (c == u'"' || c == u'`') {
            t.kind = Tok::Quoted;
            i = closeQuote(c, true);
        } else if (c == u'[') {
            t.kind = Tok::Quoted;
            i = closeQuote(u']', false);
        } else if ((c == u'x' || c == u'X') && i + 1 < n && s[i + 1] == u'\'') {
            t.kind = Tok::Blob;
            ++i;
            i = closeQuote(u'\'', false);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && s[i + 1].isDigit())) {
            t.kind = Tok::Number;
            ++i;
            while (i < n) {
                const QChar d = s[i];
                if (d.isLetterOrNumber() || d == u'.' || d == u'_') {
                    ++i;
                } else if ((d == u'+' || d == u'-') && (s[i - 1] == u'e' || s[i - 1] == u'E') &&
                           !(s[t.begin] == u'0' && t.begin + 1 < n &&
                             (s[t.begin + 1] == u'x' || s[t.begin + 1] == u'X'))) {
                    ++i;
                } else {
                    break;
                }
            }
        } else if (isIdentStart(c)) {
            t.kind = Tok::Word;
            ++i;
            while (i < n && isIdentPart(s[i]))
                ++i;
        } else {
            t.kind = Tok::Punct;
            ++i;
        }
        t.end = i;
        out.append(t);
    }
    return out;
}

// A cursor over the tokens of one statement. Every accessor is bounds-checked: past the end
// it sees an empty Punct token, which matches nothing.
class Reader
{
public:
    Reader(QStringView sql, QString *error)
        : m_s(sql)
        , m_t(tokenize(sql, error))
    {}

    qsizetype size() const { return m_t.size(); }
    Token tok(qsizetype i) const { return i >= 0 && i < m_t.size() ? m_t[i] : Token{}; }
    QStringView textOf(qsizetype i) const
    {
        const Token t = tok(i);
        return m_s.mid(t.begin, t.end - t.begin);
    }
    bool isWord(qsizetype i, QStringView kw) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == Tok::Word &&
               textOf(i).compare(kw, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(qsizetype i, QChar c) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == Tok::Punct && m_s[m_t[i].begin] == c;
    }
    bool isName(qsizetype i) const
    {
        if (i < 0 || i >= m_t.size())
            return false;
        const Tok k = m_t[i].kind;
        return k == Tok::Word || k == Tok::Quoted || k == Tok::String;
    }
    // Source text of tokens [b, e), verbatim with inner comments and spacing.
    QString span(qsizetype b, qsizetype e) const
    {
        b = std::max<qsizetype>(b, 0);
        e = std::min(e, m_t.size());
        if (b >= e)
            return {};
        return m_s.mid(m_t[b].begin, m_t[e - 1].end - m_t[b].begin).toString();
    }
    // Source text strictly between two tokens (the inside of a parenthesised group).
    QString between(qsizetype open, qsizetype close) const
    {
        if (open < 0 || open >= m_t.size())
            return {};
        const qsizetype from = m_t[open].end;
        const qsizetype to = close < m_t.size() ? m_t[close].begin : m_s.size();
        return to > from ? m_s.mid(from, to - from).trimmed().toString() : QString();
    }
    // Index of the ')' that closes the '(' at `open`, or `limit` when it is never closed.
    qsizetype matching(qsizetype open, qsizetype limit) const
    {
        int depth = 0;
        limit = std::min(limit, m_t.size());
        for (qsizetype i = open; i < limit; ++i) {
            if (isPunct(i, u'('))
                ++depth;
            else if (isPunct(i, u')') && --depth == 0)
                return i;
        }
        return limit;
    }
    // Top-level comma-separated ranges of [b, e).
    QList<std::pair<qsizetype, qsizetype>> splitCommas(qsizetype b, qsizetype e) const
    {
        QList<std::pair<qsizetype, qsizetype>> out;
        int depth = 0;
        qsizetype start = b;
        e = std::min(e, m_t.size());
        for (qsizetype i = b; i < e; ++i) {
            if (isPunct(i, u'('))
                ++depth;
            else if (isPunct(i, u')'))
                depth = std::max(0, depth - 1);
            else if (depth == 0 && isPunct(i, u',')) {
                out.append({start, i});
                start = i + 1;
            }
        }
        if (start < e)
            out.append({start, e});
        return out;
    }
    QString name(qsizetype i) const { return isName(i) ? unquoteIdentifier(textOf(i)) : QString(); }
    QString upper(qsizetype i) const { return textOf(i).toString().toUpper(); }

private:
    QStringView m_s;
    QList<Token> m_t;
};

void fail(QString &error, const QString &why)
{
    if (error.isEmpty())
        error = why;
}

// Parses `ON CONFLICT <resolution>` at i; returns the index after it.
qsizetype readConflict(const Reader &r, qsizetype i, qsizetype e, QString *out)
{
    if (i + 2 < e && r.isWord(i, u"ON") && r.isWord(i + 1, u"CONFLICT")) {
        *out = r.upper(i + 2);
        return i + 3;
    }
    return i;
}

IndexedColumn readIndexedTerm(const Reader &r, qsizetype b, qsizetype e, bool *autoincrement)
{
    IndexedColumn c;
    c.text = r.span(b, e);
    if (e > b && r.isWord(e - 1, u"AUTOINCREMENT")) {
        if (autoincrement)
            *autoincrement = true;
        --e;
    }
    if (e > b && (r.isWord(e - 1, u"ASC") || r.isWord(e - 1, u"DESC"))) {
        c.descending = r.isWord(e - 1, u"DESC");
        --e;
    }
    if (e - b >= 2 && r.isWord(e - 2, u"COLLATE")) {
        c.collation = r.name(e - 1);
        e -= 2;
    }
    if (e - b == 1 && r.isName(b))
        c.name = r.name(b);
    else
        c.expression = r.span(b, e);
    return c;
}

// Parses "( term, … )" at `open`; returns the index after the ')'.
qsizetype readIndexedList(const Reader &r, qsizetype open, qsizetype e, QList<IndexedColumn> *out,
                          bool *autoincrement, QString &error)
{
    if (!r.isPunct(open, u'(')) {
        fail(error, u"expected ( at token %1"_s.arg(open));
        return open;
    }
    const qsizetype close = r.matching(open, e);
    if (close >= e)
        fail(error, u"unclosed ( at token %1"_s.arg(open));
    for (const auto &[b, end] : r.splitCommas(open + 1, close))
        out->append(readIndexedTerm(r, b, end, autoincrement));
    return close + 1;
}

QStringList namesOf(const QList<IndexedColumn> &terms)
{
    QStringList out;
    for (const IndexedColumn &t : terms)
        out << (t.name.isEmpty() ? t.expression : t.name);
    return out;
}

// Parses "REFERENCES parent [(cols)] [actions] [[NOT] DEFERRABLE …]" from `i` (on REFERENCES);
// returns the index after the last token it understood.
qsizetype readReferences(const Reader &r, qsizetype i, qsizetype e, ConstraintDef &c,
                         QString &error)
{
    c.kind = ConstraintKind::ForeignKey;
    ++i; // REFERENCES
    if (!r.isName(i)) {
        fail(error, u"expected a parent table after REFERENCES"_s);
        return i;
    }
    c.refTable = r.name(i++);
    if (r.isPunct(i, u'.') && r.isName(i + 1)) { // not SQLite grammar, but harmless to accept
        c.refTable = r.name(i + 1);
        i += 2;
    }
    if (r.isPunct(i, u'(')) {
        const qsizetype close = r.matching(i, e);
        if (close >= e)
            fail(error, u"unclosed parent column list"_s);
        for (const auto &[b, end] : r.splitCommas(i + 1, close))
            c.refColumns << (end - b == 1 ? r.name(b) : r.span(b, end));
        i = close + 1;
    }
    while (i < e) {
        if (r.isWord(i, u"ON") && (r.isWord(i + 1, u"DELETE") || r.isWord(i + 1, u"UPDATE"))) {
            QString action;
            qsizetype next = i + 2;
            if (r.isWord(next, u"SET") || r.isWord(next, u"NO")) {
                action = r.upper(next) + u' ' + r.upper(next + 1);
                next += 2;
            } else {
                action = r.upper(next);
                next += 1;
            }
            (r.isWord(i + 1, u"DELETE") ? c.onDelete : c.onUpdate) = action;
            i = next;
        } else if (r.isWord(i, u"MATCH") && r.isName(i + 1)) {
            c.match = r.upper(i + 1);
            i += 2;
        } else if (r.isWord(i, u"NOT") && r.isWord(i + 1, u"DEFERRABLE")) {
            c.deferrable = false;
            i += 2;
        } else if (r.isWord(i, u"DEFERRABLE")) {
            c.deferrable = true;
            ++i;
        } else if (r.isWord(i, u"INITIALLY")) {
            c.initiallyDeferred = r.isWord(i + 1, u"DEFERRED");
            i += 2;
        } else {
            break;
        }
    }
    // "NOT DEFERRABLE INITIALLY DEFERRED" is not deferred in SQLite.
    if (!c.deferrable)
        c.initiallyDeferred = false;
    return std::min(i, e);
}

// Parses one parenthesised group at `open` and stores its inside; returns the index after it.
qsizetype readGroup(const Reader &r, qsizetype open, qsizetype e, QString *inside, QString &error)
{
    if (!r.isPunct(open, u'(')) {
        fail(error, u"expected ( at token %1"_s.arg(open));
        return open + 1;
    }
    const qsizetype close = r.matching(open, e);
    if (close >= e)
        fail(error, u"unclosed ( at token %1"_s.arg(open));
    *inside = r.between(open, close);
    return close + 1;
}

bool startsColumnConstraint(const Reader &r, qsizetype i)
{
    static const char16_t *const kw[] = {u"CONSTRAINT", u"PRIMARY",   u"NOT",     u"NULL",
                                         u"UNIQUE",     u"CHECK",     u"DEFAULT", u"COLLATE",
                                         u"REFERENCES", u"GENERATED", u"AS"};
    for (const char16_t *k : kw)
        if (r.isWord(i, k))
            return true;
    return false;
}

ColumnDef readColumn(const Reader &r, qsizetype b, qsizetype e, QString &error)
{
    ColumnDef col;
    col.text = r.span(b, e);
    col.name = r.name(b);
    qsizetype i = b + 1;
    const qsizetype typeStart = i;
    while (i < e && !startsColumnConstraint(r, i)) {
        if (r.isPunct(i, u'('))
            i = std::min(r.matching(i, e) + 1, e);
        else
            ++i;
    }
    col.type = r.span(typeStart, i);

    QString pendingName;
    while (i < e) {
        const qsizetype start = i;
        if (r.isWord(i, u"CONSTRAINT")) {
            pendingName = r.name(i + 1);
            i += 2;
            continue;
        }
        ConstraintDef c;
        bool isConstraint = false;
        if (r.isWord(i, u"PRIMARY") && r.isWord(i + 1, u"KEY")) {
            isConstraint = true;
            c.kind = ConstraintKind::PrimaryKey;
            i += 2;
            IndexedColumn term;
            term.name = col.name;
            term.text = col.name;
            if (r.isWord(i, u"ASC") || r.isWord(i, u"DESC"))
                term.descending = r.isWord(i++, u"DESC");
            c.terms = {term};
            i = readConflict(r, i, e, &c.onConflict);
            if (r.isWord(i, u"AUTOINCREMENT")) {
                c.autoincrement = col.autoincrement = true;
                ++i;
            }
            col.primaryKey = true;
        } else if (r.isWord(i, u"NOT") && r.isWord(i + 1, u"NULL")) {
            col.notNull = true;
            QString ignored;
            i = readConflict(r, i + 2, e, &ignored);
        } else if (r.isWord(i, u"NULL")) {
            QString ignored;
            i = readConflict(r, i + 1, e, &ignored);
        } else if (r.isWord(i, u"UNIQUE")) {
            isConstraint = true;
            c.kind = ConstraintKind::Unique;
            IndexedColumn term;
            term.name = col.name;
            term.text = col.name;
            c.terms = {term};
            i = readConflict(r, i + 1, e, &c.onConflict);
            col.unique = true;
        } else if (r.isWord(i, u"CHECK")) {
            isConstraint = true;
            c.kind = ConstraintKind::Check;
            i = readGroup(r, i + 1, e, &c.checkExpr, error);
            i = readConflict(r, i, e, &c.onConflict);
        } else if (r.isWord(i, u"DEFAULT")) {
            qsizetype v = i + 1;
            if (r.isPunct(v, u'-') || r.isPunct(v, u'+'))
                ++v;
            if (r.isPunct(v, u'('))
                v = r.matching(v, e);
            if (v >= e) {
                fail(error, u"DEFAULT without a value"_s);
                v = e - 1;
            }
            col.defaultExpr = r.span(i + 1, v + 1);
            i = v + 1;
        } else if (r.isWord(i, u"COLLATE")) {
            col.collation = r.name(i + 1);
            i += 2;
        } else if (r.isWord(i, u"REFERENCES")) {
            isConstraint = true;
            i = readReferences(r, i, e, c, error);
            c.columns = {col.name};
        } else if (r.isWord(i, u"GENERATED") || r.isWord(i, u"AS")) {
            if (r.isWord(i, u"GENERATED")) {
                if (!r.isWord(i + 1, u"ALWAYS") || !r.isWord(i + 2, u"AS"))
                    fail(error, u"expected GENERATED ALWAYS AS"_s);
                i += 2;
            }
            col.generated = true;
            i = readGroup(r, i + 1, e, &col.generatedExpr, error);
            if (r.isWord(i, u"STORED") || r.isWord(i, u"VIRTUAL"))
                col.generatedStored = r.isWord(i++, u"STORED");
        } else {
            fail(error, u"unexpected \"%1\" in column %2"_s.arg(r.textOf(i), col.name));
            ++i;
        }
        i = std::max(i, start + 1); // progress whatever happened
        if (isConstraint) {
            c.name = pendingName;
            c.text = r.span(start, std::min(i, e));
            if (c.columns.isEmpty() && !c.terms.isEmpty())
                c.columns = namesOf(c.terms);
            col.constraints.append(c);
        }
        pendingName.clear();
    }
    return col;
}

bool startsTableConstraint(const Reader &r, qsizetype i)
{
    return r.isWord(i, u"CONSTRAINT") || r.isWord(i, u"PRIMARY") || r.isWord(i, u"UNIQUE") ||
           r.isWord(i, u"CHECK") || r.isWord(i, u"FOREIGN");
}

// One comma-separated item of table constraints; SQLite also accepts several without commas.
void readTableConstraints(const Reader &r, qsizetype b, qsizetype e, QList<ConstraintDef> *out,
                          QString &error)
{
    qsizetype i = b;
    QString pendingName;
    while (i < e) {
        if (r.isWord(i, u"CONSTRAINT")) {
            pendingName = r.name(i + 1);
            i += 2;
            continue;
        }
        const qsizetype start = i;
        ConstraintDef c;
        c.name = pendingName;
        pendingName.clear();
        if ((r.isWord(i, u"PRIMARY") && r.isWord(i + 1, u"KEY")) || r.isWord(i, u"UNIQUE")) {
            const bool pk = r.isWord(i, u"PRIMARY");
            c.kind = pk ? ConstraintKind::PrimaryKey : ConstraintKind::Unique;
            i = readIndexedList(r, i + (pk ? 2 : 1), e, &c.terms, &c.autoincrement, error);
            c.columns = namesOf(c.terms);
            i = readConflict(r, i, e, &c.onConflict);
        } else if (r.isWord(i, u"CHECK")) {
            c.kind = ConstraintKind::Check;
            i = readGroup(r, i + 1, e, &c.checkExpr, error);
            i = readConflict(r, i, e, &c.onConflict);
        } else if (r.isWord(i, u"FOREIGN") && r.isWord(i + 1, u"KEY")) {
            c.kind = ConstraintKind::ForeignKey;
            QList<IndexedColumn> local;
            i = readIndexedList(r, i + 2, e, &local, nullptr, error);
            c.columns = namesOf(local);
            if (r.isWord(i, u"REFERENCES"))
                i = readReferences(r, i, e, c, error);
            else
                fail(error, u"FOREIGN KEY without REFERENCES"_s);
        } else {
            fail(error, u"unexpected \"%1\" in a table constraint"_s.arg(r.textOf(i)));
            ++i;
            continue;
        }
        i = std::max(i, start + 1);
        c.text = r.span(start, std::min(i, e));
        out->append(c);
    }
}

// Reads "[schema.]name" at i; returns the index after it.
qsizetype readQualifiedName(const Reader &r, qsizetype i, QString *schema, QString *name)
{
    if (!r.isName(i))
        return i;
    if (r.isPunct(i + 1, u'.') && r.isName(i + 2)) {
        *schema = r.name(i);
        *name = r.name(i + 2);
        return i + 3;
    }
    *name = r.name(i);
    return i + 1;
}

qsizetype skipIfNotExists(const Reader &r, qsizetype i, bool *present = nullptr)
{
    const bool p = r.isWord(i, u"IF") && r.isWord(i + 1, u"NOT") && r.isWord(i + 2, u"EXISTS");
    if (present)
        *present = p;
    return p ? i + 3 : i;
}

// True when only an optional ';' remains from i.
bool atEnd(const Reader &r, qsizetype i)
{
    while (r.isPunct(i, u';'))
        ++i;
    return i >= r.size();
}

} // namespace

const ColumnDef *CreateTable::column(QStringView name) const
{
    for (const ColumnDef &c : columns)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QString unquoteIdentifier(QStringView token)
{
    if (token.size() < 2)
        return token.toString();
    const QChar open = token.front();
    QChar close;
    if (open == u'"' || open == u'`' || open == u'\'')
        close = open;
    else if (open == u'[')
        close = u']';
    else
        return token.toString();
    // An unterminated quote (garbage input) keeps everything after the opening quote.
    QStringView inner = token.back() == close ? token.mid(1, token.size() - 2) : token.mid(1);
    if (open == u'[')
        return inner.toString();
    QString out = inner.toString();
    out.replace(QString(2, close), QString(close));
    return out;
}

CreateTable readCreateTable(QStringView sql)
{
    CreateTable t;
    QString &error = t.error;
    const Reader r(sql, &error);
    qsizetype i = 0;
    if (!r.isWord(i++, u"CREATE")) {
        fail(error, u"not a CREATE statement"_s);
        return t;
    }
    if (r.isWord(i, u"TEMP") || r.isWord(i, u"TEMPORARY")) {
        t.temporary = true;
        ++i;
    }
    if (r.isWord(i, u"VIRTUAL")) {
        t.isVirtual = true;
        ++i;
    }
    if (!r.isWord(i++, u"TABLE")) {
        fail(error, u"not a CREATE TABLE statement"_s);
        return t;
    }
    i = skipIfNotExists(r, i, &t.ifNotExists);
    const qsizetype nameAt = i;
    i = readQualifiedName(r, i, &t.schema, &t.name);
    if (i == nameAt) {
        fail(error, u"table name missing"_s);
        return t;
    }

    if (t.isVirtual) {
        if (!r.isWord(i, u"USING") || !r.isName(i + 1)) {
            fail(error, u"USING module missing"_s);
            return t;
        }
        t.module = r.name(i + 1);
        i += 2;
        if (r.isPunct(i, u'(')) {
            const qsizetype close = r.matching(i, r.size());
            if (close >= r.size())
                fail(error, u"unclosed module arguments"_s);
            t.moduleArguments = r.between(i, close);
            i = close + 1;
        }
        if (!atEnd(r, i))
            fail(error, u"text after the module arguments"_s);
        t.complete = error.isEmpty();
        return t;
    }
    if (r.isWord(i, u"AS")) {
        t.asSelect = true;
        t.complete = error.isEmpty();
        return t;
    }
    if (!r.isPunct(i, u'(')) {
        fail(error, u"expected ( after the table name"_s);
        return t;
    }
    const qsizetype close = r.matching(i, r.size());
    if (close >= r.size())
        fail(error, u"the column list is not closed"_s);
    bool inConstraints = false;
    for (const auto &[b, e] : r.splitCommas(i + 1, close)) {
        if (startsTableConstraint(r, b))
            inConstraints = true;
        if (inConstraints) {
            if (!startsTableConstraint(r, b))
                fail(error, u"a column after the table constraints"_s);
            readTableConstraints(r, b, e, &t.constraints, error);
        } else {
            t.columns.append(readColumn(r, b, e, error));
        }
    }
    i = close + 1;
    // Table options: a comma-separated list of STRICT and WITHOUT ROWID.
    while (i < r.size() && !r.isPunct(i, u';')) {
        if (r.isWord(i, u"STRICT")) {
            t.strict = true;
            ++i;
        } else if (r.isWord(i, u"WITHOUT") && r.isWord(i + 1, u"ROWID")) {
            t.withoutRowid = true;
            i += 2;
        } else if (r.isPunct(i, u',')) {
            ++i;
        } else {
            fail(error, u"unexpected \"%1\" after the column list"_s.arg(r.textOf(i)));
            ++i;
        }
    }
    if (!atEnd(r, i))
        fail(error, u"text after the statement"_s);
    t.complete = error.isEmpty();
    return t;
}

CreateIndex readCreateIndex(QStringView sql)
{
    CreateIndex x;
    QString &error = x.error;
    const Reader r(sql, &error);
    qsizetype i = 0;
    if (!r.isWord(i++, u"CREATE")) {
        fail(error, u"not a CREATE statement"_s);
        return x;
    }
    if (r.isWord(i, u"UNIQUE")) {
        x.unique = true;
        ++i;
    }
    if (!r.isWord(i++, u"INDEX")) {
        fail(error, u"not a CREATE INDEX statement"_s);
        return x;
    }
    i = skipIfNotExists(r, i);
    QString schema;
    i = readQualifiedName(r, i, &schema, &x.name);
    if (!r.isWord(i++, u"ON") || !r.isName(i)) {
        fail(error, u"ON table missing"_s);
        return x;
    }
    x.table = r.name(i++);
    i = readIndexedList(r, i, r.size(), &x.columns, nullptr, error);
    if (r.isWord(i, u"WHERE")) {
        qsizetype end = r.size();
        while (end > i + 1 && r.isPunct(end - 1, u';'))
            --end;
        x.where = r.span(i + 1, end);
        if (x.where.isEmpty())
            fail(error, u"WHERE without a predicate"_s);
        i = end;
    }
    if (!atEnd(r, i))
        fail(error, u"text after the column list"_s);
    x.complete = error.isEmpty();
    return x;
}

CreateTrigger readCreateTrigger(QStringView sql)
{
    CreateTrigger x;
    QString &error = x.error;
    const Reader r(sql, &error);
    qsizetype i = 0;
    if (!r.isWord(i++, u"CREATE")) {
        fail(error, u"not a CREATE statement"_s);
        return x;
    }
    if (r.isWord(i, u"TEMP") || r.isWord(i, u"TEMPORARY"))
        ++i;
    if (!r.isWord(i++, u"TRIGGER")) {
        fail(error, u"not a CREATE TRIGGER statement"_s);
        return x;
    }
    i = skipIfNotExists(r, i);
    QString schema;
    i = readQualifiedName(r, i, &schema, &x.name);
    if (r.isWord(i, u"BEFORE") || r.isWord(i, u"AFTER")) {
        x.timing = r.upper(i++);
    } else if (r.isWord(i, u"INSTEAD") && r.isWord(i + 1, u"OF")) {
        x.timing = u"INSTEAD OF"_s;
        i += 2;
    }
    if (r.isWord(i, u"INSERT") || r.isWord(i, u"DELETE") || r.isWord(i, u"UPDATE")) {
        x.event = r.upper(i++);
    } else {
        fail(error, u"trigger event missing"_s);
        return x;
    }
    if (x.event == u"UPDATE" && r.isWord(i, u"OF")) {
        ++i;
        // Column names separated by commas, up to ON.
        while (i < r.size() && !r.isWord(i, u"ON")) {
            if (r.isName(i))
                x.updateOf << r.name(i);
            ++i;
        }
    }
    if (!r.isWord(i++, u"ON") || !r.isName(i)) {
        fail(error, u"ON table missing"_s);
        return x;
    }
    x.table = r.name(i);
    x.complete = error.isEmpty();
    return x;
}

} // namespace sm::sqlite
