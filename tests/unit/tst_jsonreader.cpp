// SPDX-License-Identifier: MIT
// JsonReader, the pull reader snapshots are read with: it must take what QJsonDocument takes
// (snapshots were written and read with QJsonDocument before it), read the same values, and
// refuse what is not JSON with an offset and a reason.

#include "util/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using sm::JsonReader;

namespace {

// The document as JsonReader reads it, as a QJsonValue (Undefined where it failed).
QJsonValue toValue(JsonReader &r)
{
    switch (r.peek()) {
    case JsonReader::Kind::Object: {
        QJsonObject o;
        r.enterObject();
        QByteArrayView key;
        while (r.nextKey(&key)) {
            const QString name = QString::fromUtf8(key);
            o.insert(name, toValue(r));
        }
        return o;
    }
    case JsonReader::Kind::Array: {
        QJsonArray a;
        r.enterArray();
        while (r.nextElement())
            a.append(toValue(r));
        return a;
    }
    case JsonReader::Kind::String:
        return r.string();
    case JsonReader::Kind::Number: {
        const std::optional<double> d = r.number();
        return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Undefined);
    }
    case JsonReader::Kind::Bool:
        return r.boolean();
    case JsonReader::Kind::Null:
        r.skip();
        return QJsonValue(QJsonValue::Null);
    case JsonReader::Kind::Invalid:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

struct Read
{
    bool ok = false;
    QJsonValue value;
    qsizetype offset = -1;
    QString error;
};

Read readAll(const QByteArray &json)
{
    JsonReader r(json);
    Read out;
    out.value = toValue(r);
    out.ok = r.finish();
    out.offset = r.errorOffset();
    out.error = r.errorString();
    return out;
}

QJsonValue qtValue(const QJsonDocument &d)
{
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return QJsonValue(QJsonValue::Undefined);
}

// Equal as JSON values. Numbers compare as doubles: QJsonDocument keeps a whole number as a
// 64-bit integer where JsonReader gives a double (snapshots write 64-bit values as strings).
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!same(x.at(i), y.at(i)))
                return false;
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!same(it.value(), y.value(it.key())))
                return false;
        return true;
    }
    return a == b;
}

// The strings of a flat array, as the reader gives them; nullopt when it fails.
std::optional<QStringList> stringsOf(const QByteArray &json, bool share)
{
    JsonReader r(json, share);
    if (!r.enterArray())
        return std::nullopt;
    QStringList got;
    while (r.nextElement())
        got << r.string();
    if (!r.finish())
        return std::nullopt;
    return got;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQJsonDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray(
            "{\"a\": 1, \"b\": [true, false, null], \"c\": \"x\"}");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \r\n\t{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : { } , \"c\" : [ ] } \n");
        QTest::newRow("numbers") << QByteArray("[0, -0, 12, -3.25, 1e5, 1E+2, 2.5e-3, 1e300]");
        QTest::newRow("past 2^53") << QByteArray("[9007199254740993, -9223372036854775808]");
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\", \"\\u00e9\\u4e2d\"]");
        QTest::newRow("surrogate pair") << QByteArray("[\"\\ud83d\\ude00\"]");
        QTest::newRow("lone surrogate kept") << QByteArray("[\"\\ud800\", \"x\\udc00y\"]");
        QTest::newRow("NUL escape") << QByteArray("[\"a\\u0000b\"]");
        QTest::newRow("raw UTF-8") << QByteArray("[\"Stra\xc3\x9f"
                                                 "e \xe4\xb8\xad \xf0\x9f\x98\x80\"]");
        QTest::newRow("control character taken") << QByteArray("[\"a\x01\tb\"]");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
        QTest::newRow("duplicate key, last wins") << QByteArray("{\"a\": 1, \"a\": 2}");
        QTest::newRow("escaped key") << QByteArray("{\"na\\u006de\": \"k\"}");
        QTest::newRow("1024 levels") << nested(1024);
    }

    void readsWhatQJsonDocumentReads()
    {
        QFETCH(QByteArray, json);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const Read ours = readAll(json);
        QVERIFY2(ours.ok, qPrintable(u"at %1: %2"_s.arg(ours.offset).arg(ours.error)));
        QVERIFY2(same(ours.value, qtValue(doc)),
                 QJsonDocument(QJsonArray{ours.value}).toJson(QJsonDocument::Compact).constData());
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("offset"); // where the reader says it went wrong
        QTest::addColumn<bool>("qtRefuses");   // QJsonDocument refuses it too
        QTest::newRow("empty") << QByteArray("") << qsizetype(0) << true;
        QTest::newRow("not closed") << QByteArray("{\"a\": 1") << qsizetype(7) << true;
        QTest::newRow("missing comma") << QByteArray("[1 2]") << qsizetype(3) << true;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << qsizetype(3) << true;
        QTest::newRow("trailing comma in object")
            << QByteArray("{\"a\":1,}") << qsizetype(7) << true;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << qsizetype(1) << true;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << qsizetype(5) << true;
        QTest::newRow("leading zero") << QByteArray("[01]") << qsizetype(2) << true;
        QTest::newRow("bare minus") << QByteArray("[-]") << qsizetype(1) << true;
        QTest::newRow("beyond a double") << QByteArray("[1e400]") << qsizetype(1) << true;
        QTest::newRow("misspelt literal") << QByteArray("[nul]") << qsizetype(1) << true;
        QTest::newRow("short \\u") << QByteArray("[\"\\u12\"]") << qsizetype(2) << true;
        QTest::newRow("string not closed") << QByteArray("[\"abc") << qsizetype(1) << true;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << qsizetype(2) << true;
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\x80\"]") << qsizetype(2) << true;
        QTest::newRow("UTF-8 surrogate")
            << QByteArray("[\"\xed\xa0\x80\"]") << qsizetype(2) << true;
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("[\"\xf4\x90\x80\x80\"]") << qsizetype(2) << true;
        QTest::newRow("truncated UTF-8") << QByteArray("[\"\xe4\xb8") << qsizetype(2) << true;
        QTest::newRow("text after the end") << QByteArray("{} x") << qsizetype(3) << true;
        QTest::newRow("two documents") << QByteArray("{}{}") << qsizetype(2) << true;
        QTest::newRow("1025 levels") << nested(1025) << qsizetype(1024) << true;
        // Stricter than QJsonDocument, as RFC 8259 is: a snapshot we wrote never has these.
        QTest::newRow("fraction without digits") << QByteArray("[1.]") << qsizetype(1) << false;
        QTest::newRow("unknown escape") << QByteArray("[\"\\x\"]") << qsizetype(2) << false;
        QTest::newRow("fraction without integer") << QByteArray("[.5]") << qsizetype(1) << false;
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, offset);
        QFETCH(bool, qtRefuses);
        QJsonParseError err{};
        QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error != QJsonParseError::NoError, qtRefuses);
        const Read ours = readAll(json);
        QVERIFY(!ours.ok);
        QCOMPARE(ours.offset, offset);
        QVERIFY(!ours.error.isEmpty());
        QVERIFY(!ours.error.contains(u'\n'));
    }

    // Every snapshot of the fuzz corpus (hand-written, seeds, crashes found) reads to the same
    // value, or is refused by both.
    void corpusReadsAsQJsonDocumentDoes()
    {
        const QDir dir(QStringLiteral(SM_FUZZ_CORPUS "/snapshot"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray json = f.readAll();
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
            const Read ours = readAll(json);
            QVERIFY2(ours.ok == (err.error == QJsonParseError::NoError), qPrintable(name));
            if (ours.ok)
                QVERIFY2(same(ours.value, qtValue(doc)), qPrintable(name));
        }
    }

    // U+FEFF inside a string is a character like any other. QString::fromUtf8() drops it at the
    // start of what it converts, and so does QJsonDocument at the start of a string without
    // escapes: a snapshot string whose BOM followed an escape lost it on its second read (found
    // by fuzz/fuzz_snapshot, fuzz/corpus/snapshot/crash_bom_after_escape.json).
    void keepsByteOrderMarksInsideStrings()
    {
        const QByteArray json = "[\"\xEF\xBB\xBF"
                                "a\", \"\\n\xEF\xBB\xBF\xEF\xBB\xBF"
                                "b\", \"\xEF\xBB\xBF\"]";
        const QChar bom(0xFEFF);
        for (bool share : {false, true})
            QCOMPARE(stringsOf(json, share),
                     (QStringList{bom + u"a"_s, u"\n"_s + bom + bom + u"b"_s, QString(bom)}));
    }

    void skipsAnyValue()
    {
        const QByteArray json = "{\"skip\": {\"a\": [1, {\"b\": [[], {}, \"x\\\"y\"]}, null], "
                                "\"c\": true}, \"keep\": \"k\"}";
        JsonReader r(json);
        QVERIFY(r.enterObject());
        QByteArrayView key;
        QString kept;
        int keys = 0;
        while (r.nextKey(&key)) {
            ++keys;
            if (key == "keep")
                kept = r.string();
            else
                r.skip();
        }
        QVERIFY(r.finish());
        QCOMPARE(keys, 2);
        QCOMPARE(kept, u"k"_s);
    }

    // A value the caller did not take is an error, not silently the next member.
    void aValueLeftUnreadIsAnError()
    {
        JsonReader r(QByteArrayView("{\"a\": 1, \"b\": 2}"));
        QVERIFY(r.enterObject());
        QByteArrayView key;
        QVERIFY(r.nextKey(&key));
        QVERIFY(!r.nextKey(&key)); // "1" was not read
        QVERIFY(r.failed());
        QVERIFY(!r.finish());
    }

    void sharedStringsShareTheirText()
    {
        const QByteArray json =
            "[\"integer\", \"integer\", \"a longer text that is not shared, past forty-eight "
            "bytes\", \"a longer text that is not shared, past forty-eight bytes\"]";
        for (bool share : {false, true}) {
            const std::optional<QStringList> read = stringsOf(json, share);
            QVERIFY(read.has_value());
            const QStringList &got = *read;
            QCOMPARE(got.size(), 4);
            QCOMPARE(got[0], got[1]);
            QCOMPARE(got[2], got[3]);
            QCOMPARE(got[0].constData() == got[1].constData(), share);
            QVERIFY(got[2].constData() != got[3].constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
