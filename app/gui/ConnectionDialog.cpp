// SPDX-License-Identifier: MIT
#include "ConnectionDialog.h"

#include "db/Connection.h"
#include "log/Log.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// Tests that were cancelled still run until libpq gives up (connect_timeout); a pool of their
// own keeps them from starving the schema loader or the next test.
QThreadPool *testPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(8);
        pool->setExpiryTimeout(5000);
    }
    return pool;
}

} // namespace

ConnectionDialog::ConnectionDialog(SecretStore *secrets, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::Connect ? tr("Connect to a database")
                                               : tr("Connection profile"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(purpose == Purpose::Connect
                                   ? tr("optional: a name saves this as a profile")
                                   : tr("e.g. prod-annotations"));
    m_engine = new QComboBox(this);
    m_engine->setObjectName(u"engine"_s);
    m_engine->addItem(u"PostgreSQL"_s, static_cast<int>(Dialect::Postgres));
    m_engine->addItem(tr("SQLite file"), static_cast<int>(Dialect::Sqlite));

    m_host = new QLineEdit(u"localhost"_s, this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("host name, address or socket directory"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslMode"_s);
    m_sslMode->addItem(tr("libpq default (prefer)"), QString());
    for (const QString &mode :
         {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode, mode);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"connectTimeout"_s);
    m_timeout->setRange(2, 600); // libpq treats anything under 2 s as 2 s
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));

    m_fileRow = new QWidget(this);
    m_path = new QLineEdit(m_fileRow);
    m_path->setObjectName(u"sqlitePath"_s);
    m_path->setAccessibleName(tr("SQLite database file"));
    m_path->setPlaceholderText(tr("/path/to/database.db"));
    auto *browse = new QPushButton(tr("&Browse…"), m_fileRow);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::chooseFile);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(browse);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Engine:"), m_engine);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(tr("&SSL mode:"), m_sslMode);
    m_form->addRow(tr("Connect &timeout:"), m_timeout);
    m_form->addRow(tr("&File:"), m_fileRow);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; border: 1px "
                                  "solid #e0b84c; padding: 4px; border-radius: 3px; }"_s);
    m_keychainNote->hide();

    auto *note = new QLabel(tr("Schema Medic connects read-only: testing or connecting changes "
                               "nothing. Passwords are never written to its settings."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_status = new QLabel(this);
    m_status->setObjectName(u"testStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(u"testDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->hide();

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testButton"_s);
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::onTestClicked);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(purpose == Purpose::Connect ? tr("&Connect read-only")
                                                            : tr("&Save profile"),
                                QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    auto *statusText = new QVBoxLayout;
    statusText->addWidget(m_status);
    statusText->addWidget(m_details);
    statusRow->addLayout(statusText, 1);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addStretch();
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(note);
    layout->addLayout(statusRow);
    layout->addStretch();
    layout->addLayout(buttonRow);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onEngineChanged);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::availabilityChanged, this,
                &ConnectionDialog::updateKeychainNote);
        if (m_secrets->availability() == SecretStore::Availability::Unknown)
            m_secrets->probe();
    }
    onEngineChanged();
    updateKeychainNote();
    setMinimumWidth(480);
}

ConnectionDialog::~ConnectionDialog()
{
    m_password->clear();
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_originalName = p.name;
    m_originalRemember = p.rememberPassword;
    m_name->setText(p.name);
    m_engine->setCurrentIndex(m_engine->findData(static_cast<int>(p.engine)));
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    const int ssl = m_sslMode->findData(p.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_timeout->setValue(p.connectTimeout);
    m_remember->setChecked(p.rememberPassword);
    m_path->setText(p.sqlitePath);
    m_password->clear();
    m_passwordTyped = false;
    onEngineChanged();
    readSavedPassword();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.engine = static_cast<Dialect>(m_engine->currentData().toInt());
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.connectTimeout = m_timeout->value();
    p.rememberPassword = m_remember->isEnabled() && m_remember->isChecked();
    const QString path = m_path->text().trimmed();
    p.sqlitePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    return p;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

ConnectionSpec ConnectionDialog::spec() const
{
    return profile().spec(password());
}

void ConnectionDialog::focusPassword()
{
    m_password->setFocus();
}

QString ConnectionDialog::statusText() const
{
    return m_status->text();
}

void ConnectionDialog::onEngineChanged()
{
    const bool pg = static_cast<Dialect>(m_engine->currentData().toInt()) == Dialect::Postgres;
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
                       static_cast<QWidget *>(m_sslMode), static_cast<QWidget *>(m_timeout)})
        m_form->setRowVisible(w, pg);
    m_form->setRowVisible(m_fileRow, !pg);
    updateKeychainNote();
    m_status->clear();
    m_details->hide();
    adjustSize();
}

void ConnectionDialog::updateKeychainNote()
{
    const bool pg = static_cast<Dialect>(m_engine->currentData().toInt()) == Dialect::Postgres;
    const bool unavailable =
        !m_secrets || m_secrets->availability() == SecretStore::Availability::Unavailable;
    m_remember->setEnabled(!unavailable);
    if (unavailable) {
        m_remember->setChecked(false);
        m_keychainNote->setText(m_secrets ? m_secrets->unavailableMessage()
                                          : SecretStore::noKeychainMessage());
        m_keychainNote->setToolTip(m_secrets ? m_secrets->unavailableDetails() : QString());
    }
    m_keychainNote->setVisible(pg && unavailable);
}

void ConnectionDialog::readSavedPassword()
{
    const ConnectionProfile p = profile();
    if (!m_secrets || p.engine != Dialect::Postgres || !p.rememberPassword)
        return;
    const QString key = p.secretKey();
    m_secrets->read(key, this, [this, key](const SecretResult &r) {
        // The fields may have changed since: only fill the password for the same server.
        if (profile().secretKey() != key || m_passwordTyped)
            return;
        if (r.ok()) {
            m_password->setText(r.password);
            m_password->setToolTip(tr("From the system keychain."));
        } else if (r.status == SecretResult::Status::NotFound) {
            showStatus(Tone::Neutral, tr("No password is saved for this connection: enter it."));
            m_password->setFocus();
        } else if (r.status == SecretResult::Status::Failed) {
            showStatus(Tone::Bad, r.message, r.details);
            m_password->setFocus();
        } else {
            m_password->setFocus(); // unavailable: the note says so
        }
    });
}

QString ConnectionDialog::validate() const
{
    const ConnectionProfile p = profile();
    if (m_purpose == Purpose::EditProfile && p.name.isEmpty())
        return tr("Give the profile a name.");
    if (!p.name.isEmpty() && p.name != m_originalName && m_takenNames.contains(p.name))
        return tr("A profile named \"%1\" already exists.").arg(p.name);
    if (p.engine == Dialect::Sqlite) {
        if (p.sqlitePath.isEmpty())
            return tr("Choose the SQLite database file.");
        return {};
    }
    if (p.host.isEmpty())
        return tr("Enter the server's host name or address.");
    if (p.database.isEmpty())
        return tr("Enter the name of the database.");
    return {};
}

void ConnectionDialog::showStatus(Tone tone, const QString &text, const QString &details)
{
    QString color;
    QString mark;
    switch (tone) {
    case Tone::Good:
        color = u"#1e6b2e"_s;
        mark = u"✔ "_s;
        break;
    case Tone::Bad:
        color = u"#a61b1b"_s;
        mark = u"✖ "_s;
        break;
    case Tone::Neutral:
        break;
    }
    m_status->setStyleSheet(color.isEmpty() ? QString() : u"QLabel { color: %1; }"_s.arg(color));
    m_status->setText(text.isEmpty() ? QString() : mark + text);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

void ConnectionDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_busy->setVisible(testing);
    m_test->setText(testing ? tr("Cancel &test") : tr("&Test"));
}

void ConnectionDialog::onTestClicked()
{
    if (m_testing)
        cancelTest();
    else
        startTest();
}

void ConnectionDialog::startTest()
{
    if (m_testing)
        cancelTest();
    if (const QString problem = validate(); !problem.isEmpty()) {
        showStatus(Tone::Bad, problem);
        Q_EMIT testFinished(false, problem);
        return;
    }
    const ConnectionSpec target = spec();
    const int generation = ++m_testGeneration;
    setTesting(true);
    showStatus(Tone::Neutral,
               target.dialect == Dialect::Sqlite
                   ? tr("Opening %1 read-only…").arg(target.path)
                   : tr("Connecting to %1:%2 read-only…").arg(target.host).arg(target.port));

    auto *watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_testGeneration)
            onTestDone(watcher->result());
    });
    // The worker opens and closes its own connection: a QSqlDatabase belongs to one thread.
    watcher->setFuture(QtConcurrent::run(testPool(), [target]() -> TestOutcome {
        auto connection = Connection::open(target, AccessMode::ReadOnly);
        if (!connection)
            return {false, {}, connection.error()};
        return {true, connection->serverVersion(), {}};
    }));
}

void ConnectionDialog::cancelTest()
{
    if (!m_testing)
        return;
    ++m_testGeneration; // the attempt still running is forgotten, its answer dropped
    setTesting(false);
    showStatus(Tone::Neutral, tr("Test cancelled."));
    Q_EMIT testCancelled();
}

void ConnectionDialog::onTestDone(const TestOutcome &outcome)
{
    setTesting(false);
    if (outcome.ok) {
        const QString engine =
            profile().engine == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
        const QString text = tr("Connected: %1 %2.").arg(engine, outcome.serverVersion);
        showStatus(Tone::Good, text);
        Q_EMIT testFinished(true, engine + u' ' + outcome.serverVersion);
    } else {
        showStatus(Tone::Bad, outcome.error.message, outcome.error.details);
        Q_EMIT testFinished(false, outcome.error.message);
    }
}

void ConnectionDialog::chooseFile()
{
    const QString current = m_path->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Choose a SQLite database"),
                                   current.isEmpty() ? QString() : QFileInfo(current).path(),
                                   tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;"
                                      "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(QFileInfo(file).absoluteFilePath());
        m_status->clear();
        m_details->hide();
    });
    dialog->open();
}

void ConnectionDialog::storePassword()
{
    const ConnectionProfile p = profile();
    if (!m_secrets || p.engine != Dialect::Postgres)
        return;
    const QString key = p.secretKey();
    // The store outlives this dialog, which closes now: it is the callbacks' context.
    if (p.rememberPassword && !password().isEmpty()) {
        m_secrets->write(key, password(), m_secrets, [key](const SecretResult &r) {
            if (r.ok())
                spdlog::info("keychain: saved the password for {}", key);
            else
                spdlog::warn("keychain: the password for {} was not saved: {}", key, r.message);
        });
    } else if (!p.rememberPassword && m_originalRemember) {
        m_secrets->remove(key, m_secrets, [key](const SecretResult &r) {
            if (r.ok())
                spdlog::info("keychain: removed the password for {}", key);
        });
    }
}

void ConnectionDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showStatus(Tone::Bad, problem);
        return;
    }
    const ConnectionProfile p = profile();
    if (p.engine == Dialect::Sqlite && !QFileInfo::exists(p.sqlitePath)) {
        showStatus(Tone::Bad, tr("The SQLite database %1 does not exist (Schema Medic never "
                                 "creates an empty one).")
                                  .arg(p.sqlitePath));
        return;
    }
    cancelTest();
    storePassword();
    QDialog::accept();
}

void ConnectionDialog::reject()
{
    cancelTest();
    QDialog::reject();
}

} // namespace sm::gui
