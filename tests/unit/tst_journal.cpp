// SPDX-License-Identifier: MIT
// The run journal: records written durably one line each, read back after a kill mid-write,
// interrupted runs found, and secrets never written.

#include "run/Journal.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        auto j = Journal::open(u"run-1"_s, dir.path());
        QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().toString()));
        QCOMPARE(j->path(), dir.filePath(u"run-1.jsonl"_s));
        QVERIFY(j->append(u"started"_s, {{u"db"_s, u"sqlite:/tmp/x.db"_s}}).ok());
        QVERIFY(
            j->append(u"backup"_s, {{u"bytes"_s, 12288}, {u"files"_s, QJsonArray{u"a"_s}}}).ok());
        QVERIFY(j->append(u"done"_s).ok());
        // Every append went through fsync before returning.
        QCOMPARE(j->syncCount(), 3);

        QFile f(j->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three records and the empty piece after the last '\n'
        QVERIFY(lines[0].startsWith("{\"ts\":\""));
        QVERIFY(lines[0].contains("\"run\":\"run-1\",\"event\":\"started\""));

        auto c = readJournal(j->path());
        QVERIFY(c.ok());
        QCOMPARE(c->records.size(), 3);
        QVERIFY(!c->tornTail);
        QVERIFY(c->problems.isEmpty());
        QCOMPARE(c->records[0].event, u"started"_s);
        QCOMPARE(c->records[0].run, u"run-1"_s);
        QCOMPARE(c->records[0].data[u"db"_s].toString(), u"sqlite:/tmp/x.db"_s);
        QCOMPARE(c->records[1].data[u"bytes"_s].toInt(), 12288);
        QVERIFY(c->records[0].ts.isValid());
        QCOMPARE(c->records[0].ts.timeSpec(), Qt::UTC);
        QVERIFY(c->records[0].ts <= c->records[2].ts);
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(c->records[2].ts) <= 0);
        QVERIFY(findUnfinishedRuns(dir.path()).isEmpty());
    }

    void reservedKeysAreNotOverwritten()
    {
        QTemporaryDir dir;
        auto j = Journal::open(u"r"_s, dir.path());
        QVERIFY(j->append(u"step"_s, {{u"event"_s, u"sneaky"_s}, {u"run"_s, u"other"_s}}).ok());
        auto c = readJournal(j->path());
        QCOMPARE(c->records.first().event, u"step"_s);
        QCOMPARE(c->records.first().run, u"r"_s);
        QCOMPARE(c->records.first().data[u"data.event"_s].toString(), u"sneaky"_s);
    }

    void tornLastLineIsTolerated()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto j = Journal::open(u"torn"_s, dir.path());
            QVERIFY(j->append(u"started"_s).ok());
            QVERIFY(j->append(u"apply_started"_s, {{u"step"_s, 1}}).ok());
            path = j->path();
        }
        // A kill in the middle of a write leaves half a line and no newline.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"ts\":\"2025-01-01T00:00:00.000Z\",\"run\":\"torn\",\"event\":\"step_do");
        }
        auto c = readJournal(path);
        QVERIFY(c.ok());
        QCOMPARE(c->records.size(), 2);
        QVERIFY(c->tornTail);
        QVERIFY(c->tornText.contains(u"step_do"_s));
        QVERIFY(c->problems.isEmpty());

        auto runs = findUnfinishedRuns(dir.path());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].runId, u"torn"_s);
        QVERIFY(runs[0].tornTail);
        QCOMPARE(runs[0].events, 2);
        QCOMPARE(runs[0].lastEvent.event, u"apply_started"_s);
        QCOMPARE(runs[0].lastEvent.data[u"step"_s].toInt(), 1);

        // Resuming the journal puts the next record on a line of its own.
        {
            auto j = Journal::open(u"torn"_s, dir.path());
            QVERIFY(j->append(u"rolled_back"_s).ok());
        }
        auto after = readJournal(path);
        QCOMPARE(after->records.size(), 3);
        QVERIFY(!after->tornTail);
        QCOMPARE(after->problems.size(), 1); // the torn line, now in the middle
        QCOMPARE(after->records.last().event, u"rolled_back"_s);
        QVERIFY(findUnfinishedRuns(dir.path()).isEmpty());
    }

    void unfinishedRuns()
    {
        QTemporaryDir dir;
        for (const auto &[id, last] :
             {std::pair{u"a-done"_s, u"done"_s}, std::pair{u"b-failed"_s, u"failed"_s},
              std::pair{u"c-rolled"_s, u"rolled_back"_s},
              std::pair{u"d-open"_s, u"backup_verified"_s},
              std::pair{u"e-open"_s, u"apply_started"_s}}) {
            auto j = Journal::open(id, dir.path());
            QVERIFY(j->append(u"started"_s).ok());
            QVERIFY(j->append(last).ok());
        }
        // Not a journal: ignored.
        QFile other(dir.filePath(u"notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        auto runs = findUnfinishedRuns(dir.path());
        QCOMPARE(runs.size(), 2);
        QStringList ids{runs[0].runId, runs[1].runId};
        ids.sort();
        QCOMPARE(ids, (QStringList{u"d-open"_s, u"e-open"_s}));
        for (const UnfinishedRun &r : runs) {
            QVERIFY(r.started.isValid());
            QVERIFY(!isTerminalJournalEvent(r.lastEvent.event));
        }
    }

    void secretsAreRedacted()
    {
        QTemporaryDir dir;
        auto j = Journal::open(u"secret"_s, dir.path());
        QVERIFY(
            j->append(u"connected"_s,
                      {{u"url"_s, u"postgresql://ops:hunter2@db.example/prod"_s},
                       {u"password"_s, u"s3cr3t-pw"_s},
                       {u"nested"_s, QJsonObject{{u"conninfo"_s, u"host=x password=tr0ub4dor"_s},
                                                 {u"list"_s, QJsonArray{u"PGPASSWORD=zzz9"_s}}}}})
                .ok());
        QFile f(j->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        for (const char *secret : {"hunter2", "s3cr3t-pw", "tr0ub4dor", "zzz9"})
            QVERIFY2(!text.contains(secret), secret);
        QVERIFY(text.contains("postgresql://ops:***@db.example/prod"));
        QVERIFY(text.contains("\"password\":\"***\""));
    }

    void defaultDirectoryFromEnvironment()
    {
        QTemporaryDir dir;
        qputenv("SCHEMAMEDIC_JOURNAL_DIR", dir.path().toUtf8());
        QCOMPARE(Journal::defaultDirectory(), dir.path());
        auto j = Journal::open();
        QVERIFY(j.ok());
        QVERIFY(j->path().startsWith(dir.path() + u'/'));
        QVERIFY(j->path().endsWith(u".jsonl"_s));
        QVERIFY(j->append(u"started"_s).ok());
        QCOMPARE(findUnfinishedRuns().size(), 1);
        qunsetenv("SCHEMAMEDIC_JOURNAL_DIR");
        QVERIFY(Journal::newRunId() != Journal::newRunId());
    }

    void unwritableDirectoryIsAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"plain"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto j = Journal::open(u"x"_s, dir.filePath(u"plain/sub"_s));
        QVERIFY(!j.ok());
        QVERIFY(j.error().message.contains(u"cannot be created"_s));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
