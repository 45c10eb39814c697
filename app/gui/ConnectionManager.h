// SPDX-License-Identifier: MIT
#pragma once

// The list of saved connection profiles: add, edit, remove, and connect read-only. A profile
// whose password is not in the keychain opens the connection dialog to ask for it.

#include "ConnectionProfiles.h"
#include "db/ConnectionSpec.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace sm::gui {

class SecretStore;

class ConnectionManager final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    ConnectionManager(ConnectionProfiles profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionManager() override;

    QStringList profileNames() const;
    void selectProfile(const QString &name);

    // Dialogs open window-modally (open(), never exec()).
    void addProfile();
    void editSelected();
    void removeSelected();
    void connectSelected();

Q_SIGNALS:
    // Emitted once the operator chose a profile and the password (if any) is known.
    void connectRequested(const sm::ConnectionSpec &spec, const QString &profileName);

private:
    void refresh(const QString &select = {});
    void updateButtons();
    QString selectedName() const;
    void askForPassword(const ConnectionProfile &profile);
    void finishConnect(const ConnectionProfile &profile, const QString &password);

    ConnectionProfiles m_profiles;
    QPointer<SecretStore> m_secrets;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace sm::gui
