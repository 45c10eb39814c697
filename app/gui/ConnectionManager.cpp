// SPDX-License-Identifier: MIT
#include "ConnectionManager.h"

#include "ConnectionDialog.h"
#include "SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {

ConnectionManager::ConnectionManager(ConnectionProfiles profiles, SecretStore *secrets,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
{
    setWindowTitle(tr("Connections"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionManager::connectSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManager::updateButtons);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editButton"_s);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(u"removeButton"_s);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ConnectionManager::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionManager::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionManager::removeSelected);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect read-only"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    // Connecting may first ask for a password: the dialog stays until the spec is known.
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionManager::connectSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *hint = new QLabel(tr("Profiles keep where a database is, never its password."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    refresh();
    resize(560, 360);
}

ConnectionManager::~ConnectionManager() = default;

QStringList ConnectionManager::profileNames() const
{
    QStringList names;
    for (const ConnectionProfile &p : m_profiles.all())
        names << p.name;
    return names;
}

void ConnectionManager::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QString ConnectionManager::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionManager::refresh(const QString &select)
{
    const QString keep = select.isEmpty() ? selectedName() : select;
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles.all()) {
        auto *item = new QListWidgetItem(m_list);
        const QString where = p.spec().redacted();
        item->setText(p.name + u"\n"_s + where);
        item->setToolTip(where);
        item->setData(Qt::UserRole, p.name);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    selectProfile(keep);
    updateButtons();
}

void ConnectionManager::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_connect->setEnabled(any);
}

void ConnectionManager::addProfile()
{
    auto *dialog = new ConnectionDialog(m_secrets, ConnectionDialog::Purpose::EditProfile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTakenNames(profileNames());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile p = dialog->profile();
        m_profiles.save(p);
        refresh(p.name);
    });
    dialog->open();
}

void ConnectionManager::editSelected()
{
    const auto profile = m_profiles.find(selectedName());
    if (!profile)
        return;
    auto *dialog = new ConnectionDialog(m_secrets, ConnectionDialog::Purpose::EditProfile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTakenNames(profileNames());
    dialog->setProfile(*profile);
    const QString oldName = profile->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, oldName] {
        const ConnectionProfile p = dialog->profile();
        m_profiles.save(p, oldName);
        refresh(p.name);
    });
    dialog->open();
}

void ConnectionManager::removeSelected()
{
    const auto profile = m_profiles.find(selectedName());
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile \"%1\"?").arg(profile->name),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        profile->rememberPassword
            ? tr("Its password is removed from the system keychain too. The database itself "
                 "is not touched.")
            : tr("The database itself is not touched."));
    auto *remove = box->addButton(tr("Remove profile"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const ConnectionProfile p = *profile;
    connect(box, &QMessageBox::finished, this, [this, box, remove, p] {
        if (box->clickedButton() != remove)
            return;
        m_profiles.remove(p.name);
        // Another profile may point at the same server and user: keep the password for it.
        bool shared = false;
        for (const ConnectionProfile &other : m_profiles.all())
            shared = shared || (other.rememberPassword && other.secretKey() == p.secretKey());
        if (p.rememberPassword && !shared && m_secrets)
            m_secrets->remove(p.secretKey(), m_secrets, {});
        refresh();
    });
    box->open();
}

void ConnectionManager::connectSelected()
{
    const auto profile = m_profiles.find(selectedName());
    if (!profile)
        return;
    const ConnectionProfile p = *profile;
    if (p.engine == Dialect::Sqlite) {
        finishConnect(p, {});
        return;
    }
    if (!p.rememberPassword || !m_secrets ||
        m_secrets->availability() == SecretStore::Availability::Unavailable) {
        askForPassword(p);
        return;
    }
    m_connect->setEnabled(false);
    m_secrets->read(p.secretKey(), this, [this, p](const SecretResult &r) {
        updateButtons();
        if (r.ok())
            finishConnect(p, r.password);
        else
            askForPassword(p);
    });
}

void ConnectionManager::askForPassword(const ConnectionProfile &profile)
{
    // The dialog reads the keychain again and says what it found.
    auto *dialog = new ConnectionDialog(m_secrets, ConnectionDialog::Purpose::Connect, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile);
    dialog->focusPassword();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile edited = dialog->profile();
        finishConnect(edited, dialog->password());
    });
    dialog->open();
}

void ConnectionManager::finishConnect(const ConnectionProfile &profile, const QString &password)
{
    Q_EMIT connectRequested(profile.spec(password), profile.name);
    accept();
}

} // namespace sm::gui
