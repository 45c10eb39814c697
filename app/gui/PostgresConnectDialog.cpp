// SPDX-License-Identifier: MIT
#include "PostgresConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {
const auto kGroup = u"postgres"_s;
}

PostgresConnectDialog::PostgresConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("host name, address or socket directory"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("libpq default (prefer)"), QString());
    for (const QString &mode :
         {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode, mode);

    QSettings settings;
    settings.beginGroup(kGroup);
    m_host->setText(settings.value(u"host"_s, u"localhost"_s).toString());
    m_port->setValue(settings.value(u"port"_s, 5432).toInt());
    m_database->setText(settings.value(u"database"_s).toString());
    m_user->setText(settings.value(u"user"_s).toString());
    const int ssl = m_sslMode->findData(settings.value(u"sslmode"_s).toString());
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    settings.endGroup();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);

    auto *note = new QLabel(tr("The connection is read-only. The password is kept in memory for "
                               "this session only and is never saved."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("Connect read-only"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_host, m_database})
        connect(e, &QLineEdit::textChanged, this, &PostgresConnectDialog::updateButtons);
    updateButtons();
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    setMinimumWidth(420);
}

PostgresConnectDialog::~PostgresConnectDialog()
{
    m_password->clear();
}

ConnectionSpec PostgresConnectDialog::spec() const
{
    ConnectionSpec s;
    s.dialect = Dialect::Postgres;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    if (const QString ssl = m_sslMode->currentData().toString(); !ssl.isEmpty())
        s.setParam(u"sslmode"_s, ssl);
    s.setParam(u"application_name"_s, u"schemamedic"_s);
    return s;
}

void PostgresConnectDialog::accept()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(u"host"_s, m_host->text().trimmed());
    settings.setValue(u"port"_s, m_port->value());
    settings.setValue(u"database"_s, m_database->text().trimmed());
    settings.setValue(u"user"_s, m_user->text().trimmed());
    settings.setValue(u"sslmode"_s, m_sslMode->currentData().toString());
    settings.endGroup();
    QDialog::accept();
}

void PostgresConnectDialog::updateButtons()
{
    const bool ok = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_connect->setEnabled(ok);
}

} // namespace sm::gui
