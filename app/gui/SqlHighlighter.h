// SPDX-License-Identifier: MIT
#pragma once

// SQL syntax highlighting for plans and definitions: keywords, string literals, quoted
// identifiers, numbers and comments (-- to the end of the line, /* … */ across lines).

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sm::gui {

class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlHighlighter)

public:
    explicit SqlHighlighter(QTextDocument *parent);
    ~SqlHighlighter() override;

    // The formats, exposed for tests.
    QTextCharFormat keywordFormat() const { return m_keyword; }
    QTextCharFormat stringFormat() const { return m_string; }
    QTextCharFormat commentFormat() const { return m_comment; }
    QTextCharFormat identifierFormat() const { return m_identifier; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_identifier;
    QTextCharFormat m_numberFormat;
};

} // namespace sm::gui
