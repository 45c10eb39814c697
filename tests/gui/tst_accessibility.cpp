// SPDX-License-Identifier: MIT
// Keyboard and screen-reader access to the console's main screens: every control a person
// operates has a name an assistive technology can read (its own text, an accessible name, or a
// label whose buddy it is), and every menu action can be reached from the keyboard (a
// mnemonic in its menu, or a shortcut).

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RepairWizard.h"
#include "RestoreDialog.h"
#include "SeedFixtures.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// The controls under `root` that a person operates and no assistive technology could name.
QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->buddy())
            labelled.insert(l->buddy());
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractButton *>(w);
        // Qt's own parts (a toolbar's overflow button, a view's header) name themselves.
        if (w->objectName().startsWith(u"qt_"_s) || qobject_cast<QHeaderView *>(w))
            continue;
        if (!control || qobject_cast<QLineEdit *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the inner parts of a composite control
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty() && !labelled.contains(w) && w->accessibleName().isEmpty())
            out << (QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    return out;
}

// Menu actions without a mnemonic or a shortcut.
QStringList unreachableActions(QMenuBar *bar)
{
    QStringList out;
    for (QAction *top : bar->actions()) {
        if (!top->text().contains(u'&'))
            out << top->text();
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions())
            if (!a->isSeparator() && !a->text().contains(u'&') && a->shortcut().isEmpty())
                out << top->text() + u" → "_s + a->text();
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void mainWindow()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        const QStringList unreachable = unreachableActions(w.menuBar());
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u'\n')));
    }

    void connectionDialog()
    {
        gui::MemorySecretStore store;
        gui::ConnectionDialog d(&store, gui::ConnectionDialog::Purpose::Connect);
        d.show();
        const QStringList unnamed = unnamedControls(&d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void repairWizardAndRestoreDialog()
    {
        const QString db = m_dir.filePath(u"a11y.db"_s);
        QCOMPARE(test::createSqliteDatabase(
                     db, test::readFixture(u"seeds/001_sqlite_add_constraint/live.sql"_s)),
                 QString());
        gui::RepairWizardInput in;
        in.target = *ConnectionSpec::parse(u"sqlite:"_s + db);
        in.expectedSource = test::seedDir(u"001_sqlite_add_constraint"_s) + u"/expected.sql"_s;
        in.backupParent = m_dir.filePath(u"backups"_s);
        in.journalDirectory = m_dir.filePath(u"journal"_s);
        gui::RepairWizard w(in);
        w.show();
        // Every page's controls exist from the start; they are all checked at once.
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

        gui::RestoreDialog r(in.target);
        r.show();
        const QStringList unnamedRestore = unnamedControls(&r);
        QVERIFY2(unnamedRestore.isEmpty(), qPrintable(unnamedRestore.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
