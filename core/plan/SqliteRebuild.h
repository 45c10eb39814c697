// SPDX-License-Identifier: MIT
#pragma once

// Text surgery the SQLite planner needs on stored CREATE text: give a CREATE TABLE another name,
// add kept column and constraint definitions to it, and find which names a view or trigger
// mentions. Token-based, so quotes, comments and string literals are never mistaken for names.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sm::sqlite {

struct SqlToken
{
    enum class Kind { Word, Quoted, String, Number, Punct };
    Kind kind = Kind::Punct;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Whitespace and comments dropped; never fails (an unterminated quote runs to the end).
QList<SqlToken> tokenizeSql(QStringView sql);

// The CREATE TABLE text with the table name (and any schema qualifier) replaced by
// `quotedName`; nullopt when the text does not start like a CREATE TABLE statement.
std::optional<QString> renameCreateTable(const QString &createSql, const QString &quotedName);

// Adds column definitions after the last column and constraint definitions before the closing
// parenthesis of a CREATE TABLE text; nullopt when the column list cannot be found.
std::optional<QString> extendCreateTable(const QString &createSql, const QStringList &columnDefs,
                                         const QStringList &constraintDefs);

// Every identifier the text mentions (bare words and quoted names), folded to lower case. Key
// words are included; callers compare against names, so an extra word only over-approximates.
QSet<QString> mentionedNames(QStringView sql);

} // namespace sm::sqlite
