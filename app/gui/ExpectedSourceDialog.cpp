// SPDX-License-Identifier: MIT
#include "ExpectedSourceDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {

ExpectedSourceDialog::ExpectedSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare with expected schema"));
    auto *text = new QLabel(
        tr("What should the database look like? Choose a DDL file (.sql: what alembic, prisma, "
           "django or pg_dump --schema-only produce), a snapshot (.json) saved from a healthy "
           "database, or type the URL of another database. It is only read."),
        this);
    text->setWordWrap(true);
    m_source = new QLineEdit(this);
    m_source->setObjectName(u"expectedSource"_s);
    m_source->setPlaceholderText(tr("schema.sql, snapshot.json or postgresql://host/db"));
    m_source->setMinimumWidth(420);
    auto *label = new QLabel(tr("&Expected schema:"), this);
    label->setBuddy(m_source);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExpectedSourceDialog::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_source, 1);
    row->addWidget(browse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *compare = m_buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    compare->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(u"expected/lastSource"_s, source());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textChanged, this, &ExpectedSourceDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setSource(QSettings().value(u"expected/lastSource"_s).toString());
    validate();
}

ExpectedSourceDialog::~ExpectedSourceDialog() = default;

QString ExpectedSourceDialog::source() const
{
    const QString s = m_source->text().trimmed();
    if (!s.contains(u"://"_s) && !s.startsWith(u"sqlite:"_s) && QFileInfo(s).isRelative())
        return QFileInfo(s).absoluteFilePath();
    return s;
}

void ExpectedSourceDialog::setSource(const QString &source)
{
    m_source->setText(source);
}

void ExpectedSourceDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(false);
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons)
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_source->text().trimmed().isEmpty());
}

void ExpectedSourceDialog::browse()
{
    auto *dialog =
        new QFileDialog(this, tr("Expected schema"), QFileInfo(m_source->text()).absolutePath(),
                        tr("Schemas (*.sql *.json);;DDL files (*.sql);;"
                           "Snapshots (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ExpectedSourceDialog::setSource);
    dialog->open();
}

} // namespace sm::gui
