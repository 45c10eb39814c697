// SPDX-License-Identifier: MIT
#pragma once

// A pull reader for JSON text: the caller walks objects and arrays and takes the values it
// wants straight into its own types, so a large document (a snapshot of 10,000 tables) is never
// held twice. QJsonDocument builds the whole tree first, and on this machine the memory it
// touches costs more than parsing does.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace sm {

class JsonReader final
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object, Invalid };

    // `utf8` must outlive the reader. Short strings that occur again come back as the same
    // shared QString when `shareStrings` is set (column names and types repeat thousands of
    // times in a schema).
    explicit JsonReader(QByteArrayView utf8, bool shareStrings = false);

    // The kind of the next value, without taking it; Invalid once an error has occurred.
    Kind peek();

    // Object: enterObject() takes '{' (false, taking nothing, when the next value is not an
    // object); then each nextKey() takes a key and its ':' and the caller takes the value
    // (or skip()s it); nextKey() is false after the closing '}'.
    bool enterObject();
    bool nextKey(QByteArrayView *key);
    // Array: likewise, nextElement() is true while an element follows.
    bool enterArray();
    bool nextElement();

    QString string();               // the next value, which must be a string
    bool boolean();                 // … true or false
    std::optional<double> number(); // … a number (nullopt when it does not fit a double)
    void skip();                    // any value, however nested

    // True when only whitespace is left and nothing failed; else records the error.
    bool finish();

    bool failed() const { return m_failed; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorString() const { return m_error; }

    static constexpr int kMaxDepth = 1024; // as QJsonDocument

private:
    void fail(qsizetype at, const QString &why);
    void skipSpace();
    bool separator(char close); // before an element or key: ',' or the closing bracket
    bool open(bool object);
    bool literal(const char *word, qsizetype length);
    bool scanString(QByteArrayView *raw, bool *escaped); // position after the closing quote
    QString decode(QByteArrayView raw, bool escaped);
    bool scanNumber(QByteArrayView *text);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    bool m_shareStrings;
    bool m_failed = false;
    qsizetype m_errorOffset = -1;
    QString m_error;
    // One entry per open bracket: '{' or '[', and whether a member was read already.
    struct Level
    {
        char bracket;
        bool any;
    };
    std::vector<Level> m_levels;
    QByteArray m_keyScratch;
    QHash<QByteArrayView, QString> m_shared;
};

} // namespace sm
