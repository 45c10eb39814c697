// SPDX-License-Identifier: MIT
// A full run — inspect, diff, plan, repair with backup, report, restore — with the password
// given in the worst place an operator could put it (inside the URL), and then every log,
// journal, report, manifest, output and child-process argument list is searched for it.

#include "SeedFixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sm;

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordReachesNothingWeWrite()
    {
        SM_CREATE_PG_DATABASE(db, "secrets");
        const QString password = db.spec().password;
        QVERIFY(password.size() >= 8);
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(test::execScript(
                         *c, test::readFixture(u"seeds/000_annotations_user_id/live.sql"_s)),
                     QString());
        }
        QTemporaryDir dir;
        // pg_dump, pg_restore and psql through wrappers that record their argument lists.
        const QString bin = dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        const QString argvLog = dir.filePath(u"argv.log"_s);
        const QString realBin = [] {
            QDir d(u"/usr/lib/postgresql"_s);
            QStringList versions = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            return versions.isEmpty() ? QString() : d.filePath(versions.last() + u"/bin"_s);
        }();
        QVERIFY(QFile::exists(realBin + u"/pg_dump"_s));
        for (const QString &tool : {u"pg_dump"_s, u"pg_restore"_s, u"psql"_s}) {
            QFile f(bin + u'/' + tool);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                u"#!/bin/sh\nprintf '%s\\n' \"$0 $*\" >> '%1'\nenv | cut -d= -f1 >> '%1'\nexec '%2/%3' \"$@\"\n"_s
                    .arg(argvLog, realBin, tool)
                    .toUtf8());
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ExeOwner);
        }

        QUrl url(db.spec().redacted());
        url.setPassword(password);
        const QString urlWithPassword = url.toString();
        QVERIFY(urlWithPassword.contains(password));
        const QString scratch = urlWithPassword; // the scratch server is the same test server
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, dir.filePath(u"journal"_s));
        env.insert(u"SCHEMAMEDIC_LOG_DIR"_s, dir.filePath(u"logs"_s));
        env.insert(u"SCHEMAMEDIC_PG_BIN_DIR"_s, bin);
        env.insert(u"HOME"_s, dir.filePath(u"home"_s)); // settings and data folders land here too
        env.remove(u"PGPASSWORD"_s);

        QString output;
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SM_CLI_PATH), args);
            p.closeWriteChannel();
            p.waitForFinished(180000);
            output += QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        const QString expected = test::seedDir(u"000_annotations_user_id"_s) + u"/expected.sql"_s;
        QStringList allow;
        for (const char *h : {"data_loss", "cast_may_fail", "table_rewrite", "exclusive_lock",
                              "backward_incompatible", "blocks_writes"})
            allow << u"--allow-hazard"_s << QString::fromLatin1(h);

        QCOMPARE(run({u"inspect"_s, u"--db"_s, urlWithPassword, u"-v"_s}), 0);
        QCOMPARE(run({u"diff"_s, u"--db"_s, urlWithPassword, u"--expected"_s, expected,
                      u"--scratch"_s, scratch}),
                 1);
        QCOMPARE(run({u"plan"_s, u"--db"_s, urlWithPassword, u"--expected"_s, expected,
                      u"--scratch"_s, scratch, u"--format"_s, u"json"_s}),
                 0);
        const QString backup = dir.filePath(u"backup"_s);
        const int repaired = run(QStringList{u"repair"_s, u"--db"_s, urlWithPassword,
                                             u"--expected"_s, expected, u"--scratch"_s, scratch,
                                             u"--yes"_s, u"--backup-dir"_s, backup, u"-v"_s} +
                                 allow);
        QVERIFY2(repaired == 0, qPrintable(output.right(2000)));
        const QString journal = QRegularExpression(u"Journal: (\\S+)"_s).match(output).captured(1);
        QVERIFY(QFile::exists(journal));
        QCOMPARE(
            run({u"report"_s, u"--journal"_s, journal, u"--out"_s, dir.filePath(u"report.md"_s)}),
            0);
        QCOMPARE(run({u"restore"_s, u"--db"_s, urlWithPassword, u"--backup"_s, backup, u"--yes"_s}),
                 0);

        // Everything we wrote: journal, logs, backup manifest, report, settings under HOME,
        // the recorded argv of every pg_dump/pg_restore, and what the CLI printed.
        QVERIFY(QFile::exists(argvLog)); // the wrappers really ran
        QString everything = output;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".dump"_s) || path.startsWith(bin))
                continue; // the database's own content, and our wrapper scripts
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += QString::fromUtf8(f.readAll());
            ++files;
        }
        QVERIFY(files >= 5); // journal, log, manifest, report, argv log at least
        QVERIFY(everything.contains(u"pg_dump"_s));
        QVERIFY(everything.contains(u"psql"_s)); // the restore ran through its wrapper
        QVERIFY2(!everything.contains(password),
                 "the password reached a file, an output or an argv");
        QVERIFY(!everything.contains(u"PGPASSWORD"_s)); // nor through the environment
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
