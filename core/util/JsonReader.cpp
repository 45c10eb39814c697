// SPDX-License-Identifier: MIT
#include "JsonReader.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::JsonReader, the context the runtime looks
// up.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(sm::JsonReader)
};

// Strings this short are looked up in the table of those already read before a new QString is
// made: names, types and keywords repeat; definitions and expressions rarely do.
constexpr qsizetype kShareUpTo = 48;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

uchar byteAt(const char *p)
{
    return static_cast<uchar>(*p);
}

// QString::fromUtf8() drops a byte-order mark at the start of what it converts; inside a JSON
// string U+FEFF is a character like any other (found by fuzz/fuzz_snapshot: a string whose
// BOM followed an escape lost it on the second read).
QString fromUtf8(QByteArrayView utf8)
{
    static constexpr QByteArrayView kBom("\xEF\xBB\xBF");
    if (!utf8.startsWith(kBom))
        return QString::fromUtf8(utf8);
    QString out;
    while (utf8.startsWith(kBom)) {
        out += QChar(0xFEFF);
        utf8 = utf8.sliced(3);
    }
    return out + QString::fromUtf8(utf8);
}

bool validUtf8(const char *from, const char *to)
{
    // One sequence starting at `from`: the shortest form only, no surrogates, at most U+10FFFF.
    const uchar lead = byteAt(from);
    int length = 0;
    uchar low = 0x80, high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return false;
    }
    if (to - from < length)
        return false;
    if (byteAt(from + 1) < low || byteAt(from + 1) > high)
        return false;
    for (int i = 2; i < length; ++i)
        if ((byteAt(from + i) & 0xC0) != 0x80)
            return false;
    return true;
}

} // namespace

JsonReader::JsonReader(QByteArrayView utf8, bool shareStrings)
    : m_begin(utf8.data())
    , m_p(utf8.data())
    , m_end(utf8.data() + utf8.size())
    , m_shareStrings(shareStrings)
{
    // A byte-order mark, as editors on Windows write one; QJsonDocument accepts it too.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        m_p += 3;
}

void JsonReader::fail(qsizetype at, const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_errorOffset = at;
    m_error = why;
}

void JsonReader::skipSpace()
{
    // An indented snapshot is a third spaces: step over them eight at a time.
    static constexpr char kEightSpaces[] = "        ";
    while (m_end - m_p >= 8 && std::memcmp(m_p, kEightSpaces, 8) == 0)
        m_p += 8;
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

JsonReader::Kind JsonReader::peek()
{
    if (m_failed)
        return Kind::Invalid;
    skipSpace();
    if (m_p == m_end) {
        fail(m_p - m_begin, JsonText::tr("the document ends where a value was expected"));
        return Kind::Invalid;
    }
    switch (*m_p) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        if (*m_p == '-' || isDigit(*m_p))
            return Kind::Number;
        fail(m_p - m_begin, JsonText::tr("a value was expected"));
        return Kind::Invalid;
    }
}

bool JsonReader::open(bool object)
{
    if (peek() != (object ? Kind::Object : Kind::Array))
        return false;
    if (m_levels.size() >= kMaxDepth) {
        fail(m_p - m_begin,
             JsonText::tr("the document is nested deeper than %1 levels").arg(kMaxDepth));
        return false;
    }
    m_levels.push_back(Level{object ? '{' : '[', false});
    ++m_p;
    return true;
}

bool JsonReader::enterObject()
{
    return open(true);
}

bool JsonReader::enterArray()
{
    return open(false);
}

bool JsonReader::separator(char close)
{
    if (m_failed)
        return false;
    if (m_levels.empty() || m_levels.back().bracket != (close == '}' ? '{' : '[')) {
        fail(m_p - m_begin, JsonText::tr("the reader was used out of order"));
        return false;
    }
    skipSpace();
    if (m_p == m_end) {
        fail(m_p - m_begin, close == '}' ? JsonText::tr("an object is not closed")
                                         : JsonText::tr("an array is not closed"));
        return false;
    }
    Level &level = m_levels.back();
    if (*m_p == close) {
        ++m_p;
        m_levels.pop_back();
        return false;
    }
    if (level.any) {
        if (*m_p != ',') {
            fail(m_p - m_begin, close == '}' ? JsonText::tr("a ',' or '}' was expected")
                                             : JsonText::tr("a ',' or ']' was expected"));
            return false;
        }
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            fail(m_p - m_begin, JsonText::tr("a value is missing after a ','"));
            return false;
        }
    }
    level.any = true;
    return true;
}

bool JsonReader::nextKey(QByteArrayView *key)
{
    if (!separator('}'))
        return false;
    if (m_p == m_end || *m_p != '"') {
        fail(m_p - m_begin, JsonText::tr("a name in double quotes was expected"));
        return false;
    }
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return false;
    if (escaped) {
        m_keyScratch = decode(raw, true).toUtf8();
        raw = m_keyScratch;
    }
    *key = raw;
    skipSpace();
    if (m_p == m_end || *m_p != ':') {
        fail(m_p - m_begin, JsonText::tr("a ':' was expected after a name"));
        return false;
    }
    ++m_p;
    return true;
}

bool JsonReader::nextElement()
{
    return separator(']');
}

bool JsonReader::scanString(QByteArrayView *raw, bool *escaped)
{
    const char *start = ++m_p; // after the opening quote
    *escaped = false;
    while (m_p < m_end) {
        const uchar c = byteAt(m_p);
        if (c == '"') {
            *raw = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (m_end - m_p < 2) {
                ++m_p;
                break;
            }
            const char e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6 || hexValue(m_p[2]) < 0 || hexValue(m_p[3]) < 0 ||
                    hexValue(m_p[4]) < 0 || hexValue(m_p[5]) < 0) {
                    fail(m_p - m_begin, JsonText::tr("a \\u escape needs four hex digits"));
                    return false;
                }
                m_p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                       e == 'r' || e == 't') {
                m_p += 2;
            } else {
                fail(m_p - m_begin, JsonText::tr("an unknown escape sequence in a string"));
                return false;
            }
        } else if (c >= 0x80) {
            if (!validUtf8(m_p, m_end)) {
                fail(m_p - m_begin, JsonText::tr("a string is not valid UTF-8"));
                return false;
            }
            m_p += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        } else {
            // Control characters are taken as they are, as QJsonDocument takes them.
            ++m_p;
        }
    }
    fail(start - 1 - m_begin, JsonText::tr("a string is not closed"));
    return false;
}

QString JsonReader::decode(QByteArrayView raw, bool escaped)
{
    if (!escaped) {
        if (!m_shareStrings || raw.size() > kShareUpTo)
            return fromUtf8(raw);
        auto it = m_shared.constFind(raw);
        if (it != m_shared.cend())
            return it.value();
        QString s = fromUtf8(raw);
        m_shared.insert(raw, s);
        return s;
    }
    // scanString() checked every escape. \u escapes go in as UTF-16 code units, so a pair makes
    // one character and a lone surrogate stays what it was (QJsonDocument keeps it too, and
    // writes it back as the same escape).
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += fromUtf8(QByteArrayView(run, p - run));
        if (p == end)
            break;
        const char e = p[1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(char16_t((hexValue(p[2]) << 12) | (hexValue(p[3]) << 8) |
                                  (hexValue(p[4]) << 4) | hexValue(p[5])));
            p += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        p += 2;
    }
    return out;
}

QString JsonReader::string()
{
    if (peek() != Kind::String) {
        fail(m_p - m_begin, JsonText::tr("a string was expected"));
        return {};
    }
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return {};
    return decode(raw, escaped);
}

bool JsonReader::literal(const char *word, qsizetype length)
{
    if (m_end - m_p < length || QByteArrayView(m_p, length) != QByteArrayView(word, length)) {
        fail(m_p - m_begin, JsonText::tr("a value was expected"));
        return false;
    }
    m_p += length;
    return true;
}

bool JsonReader::boolean()
{
    if (peek() != Kind::Bool) {
        fail(m_p - m_begin, JsonText::tr("true or false was expected"));
        return false;
    }
    if (*m_p == 't')
        return literal("true", 4);
    literal("false", 5);
    return false;
}

bool JsonReader::scanNumber(QByteArrayView *text)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char *start = m_p;
    const char *p = m_p;
    auto digits = [&] {
        const char *from = p;
        while (p < m_end && isDigit(*p))
            ++p;
        return p > from;
    };
    bool ok = true;
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0')
        ++p;
    else
        ok = digits();
    if (ok && p < m_end && *p == '.') {
        ++p;
        ok = digits();
    }
    if (ok && p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        ok = digits();
    }
    if (!ok) {
        fail(start - m_begin, JsonText::tr("a number is not written as JSON writes numbers"));
        return false;
    }
    *text = QByteArrayView(start, p - start);
    m_p = p;
    return true;
}

std::optional<double> JsonReader::number()
{
    if (peek() != Kind::Number) {
        fail(m_p - m_begin, JsonText::tr("a number was expected"));
        return std::nullopt;
    }
    const char *start = m_p;
    QByteArrayView text;
    if (!scanNumber(&text))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        // Beyond a double (1e400), as QJsonDocument refuses it.
        fail(start - m_begin, JsonText::tr("a number is too large"));
        return std::nullopt;
    }
    return value;
}

void JsonReader::skip()
{
    const size_t depth = m_levels.size();
    QByteArrayView key;
    do {
        if (m_levels.size() > depth) {
            // Inside a container skip() opened: move to its next member, or close it.
            const bool more = m_levels.back().bracket == '{' ? nextKey(&key) : nextElement();
            if (!more)
                continue;
        }
        switch (peek()) {
        case Kind::Object:
            enterObject();
            break;
        case Kind::Array:
            enterArray();
            break;
        case Kind::String: {
            QByteArrayView raw;
            bool escaped = false;
            scanString(&raw, &escaped);
            break;
        }
        case Kind::Number:
            number();
            break;
        case Kind::Bool:
            boolean();
            break;
        case Kind::Null:
            literal("null", 4);
            break;
        case Kind::Invalid:
            return;
        }
    } while (!m_failed && m_levels.size() > depth);
}

bool JsonReader::finish()
{
    if (m_failed)
        return false;
    if (!m_levels.empty()) {
        fail(m_p - m_begin, JsonText::tr("the reader was used out of order"));
        return false;
    }
    skipSpace();
    if (m_p != m_end)
        fail(m_p - m_begin, JsonText::tr("there is more text after the end of the document"));
    return !m_failed;
}

} // namespace sm
