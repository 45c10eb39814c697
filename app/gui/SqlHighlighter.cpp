// SPDX-License-Identifier: MIT
#include "SqlHighlighter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

enum BlockState { Normal = 0, InBlockComment = 1 };

const QStringList &keywords()
{
    static const QStringList words = {
        u"ABORT"_s,        u"ACTION"_s,       u"ADD"_s,        u"AFTER"_s,    u"ALL"_s,
        u"ALTER"_s,        u"ALWAYS"_s,       u"AND"_s,        u"AS"_s,       u"ASC"_s,
        u"BEFORE"_s,       u"BEGIN"_s,        u"BETWEEN"_s,    u"BY"_s,       u"CASCADE"_s,
        u"CASE"_s,         u"CAST"_s,         u"CHECK"_s,      u"COLLATE"_s,  u"COLUMN"_s,
        u"COMMIT"_s,       u"CONCURRENTLY"_s, u"CONSTRAINT"_s, u"CREATE"_s,   u"DEFAULT"_s,
        u"DEFERRABLE"_s,   u"DELETE"_s,       u"DESC"_s,       u"DISTINCT"_s, u"DO"_s,
        u"DROP"_s,         u"EACH"_s,         u"ELSE"_s,       u"END"_s,      u"EXCLUDE"_s,
        u"EXECUTE"_s,      u"EXISTS"_s,       u"FOR"_s,        u"FOREIGN"_s,  u"FROM"_s,
        u"FUNCTION"_s,     u"GENERATED"_s,    u"GROUP"_s,      u"HAVING"_s,   u"IDENTITY"_s,
        u"IF"_s,           u"IMMEDIATE"_s,    u"IN"_s,         u"INCLUDE"_s,  u"INDEX"_s,
        u"INSERT"_s,       u"INSTEAD"_s,      u"INTO"_s,       u"IS"_s,       u"JOIN"_s,
        u"KEY"_s,          u"LEFT"_s,         u"LIKE"_s,       u"LIMIT"_s,    u"LOCAL"_s,
        u"MATERIALIZED"_s, u"NO"_s,           u"NOT"_s,        u"NULL"_s,     u"OF"_s,
        u"OFF"_s,          u"ON"_s,           u"OR"_s,         u"ORDER"_s,    u"OWNED"_s,
        u"PRAGMA"_s,       u"PRIMARY"_s,      u"REFERENCES"_s, u"RENAME"_s,   u"REPLACE"_s,
        u"RESTRICT"_s,     u"RETURNS"_s,      u"ROLLBACK"_s,   u"ROW"_s,      u"SELECT"_s,
        u"SEQUENCE"_s,     u"SET"_s,          u"STORED"_s,     u"STRICT"_s,   u"TABLE"_s,
        u"TEMP"_s,         u"TEMPORARY"_s,    u"THEN"_s,       u"TO"_s,       u"TRIGGER"_s,
        u"TYPE"_s,         u"UNIQUE"_s,       u"UPDATE"_s,     u"USING"_s,    u"VALID"_s,
        u"VALIDATE"_s,     u"VALUES"_s,       u"VIEW"_s,       u"WHEN"_s,     u"WHERE"_s,
        u"WITH"_s,         u"WITHOUT"_s,      u"ROWID"_s,      u"ENUM"_s,     u"DOMAIN"_s,
    };
    return words;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
    , m_keywords(u"\\b(?:"_s + keywords().join(u'|') + u")\\b"_s,
                 QRegularExpression::CaseInsensitiveOption)
    , m_number(u"\\b\\d+(?:\\.\\d+)?\\b"_s)
{
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0x99));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x0a, 0x6e, 0x31));
    m_comment.setForeground(QColor(0x6a, 0x6a, 0x6a));
    m_comment.setFontItalic(true);
    m_identifier.setForeground(QColor(0x8a, 0x3b, 0x12));
    m_numberFormat.setForeground(QColor(0x8a, 0x1f, 0x7a));
}

SqlHighlighter::~SqlHighlighter() = default;

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    for (auto it = m_number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_numberFormat);
    }

    // Strings, quoted identifiers and comments in one left-to-right pass, so that "--" inside a
    // string is not a comment and a quote inside a comment opens nothing.
    setCurrentBlockState(Normal);
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (previousBlockState() == InBlockComment) {
        const qsizetype end = text.indexOf(u"*/"_s);
        if (end < 0) {
            setFormat(0, int(n), m_comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, int(end + 2), m_comment);
        i = end + 2;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'-' && i + 1 < n && text.at(i + 1) == u'-') {
            setFormat(int(i), int(n - i), m_comment);
            return;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                setFormat(int(i), int(n - i), m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            // A doubled quote is the quote itself: 'it''s', "say ""hi""".
            qsizetype j = i + 1;
            while (j < n) {
                if (text.at(j) == c) {
                    if (j + 1 < n && text.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            setFormat(int(i), int(end - i), c == u'\'' ? m_string : m_identifier);
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace sm::gui
