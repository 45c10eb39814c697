// SPDX-License-Identifier: MIT
#pragma once

// Where a database is: a PostgreSQL server or a SQLite file, with a Test button that connects
// read-only off the GUI thread. The password comes from and goes to a SecretStore, never to
// QSettings; where no keychain answers, the dialog says so and asks each time.

#include "ConnectionProfiles.h"
#include "SecretStore.h"
#include "db/ConnectionSpec.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sm::gui {

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    enum class Purpose {
        Connect,     // "Connect read-only"; a name, if given, saves a profile
        EditProfile, // "Save"; the name is required
    };

    ConnectionDialog(SecretStore *secrets, Purpose purpose, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the fields; a profile that remembers its password asks the SecretStore for it.
    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;
    QString password() const;
    ConnectionSpec spec() const; // with the password
    // Names a new or renamed profile may not take.
    void setTakenNames(const QStringList &names) { m_takenNames = names; }
    // Focuses the password field (a profile whose password must be typed).
    void focusPassword();

    // Connects read-only in the background; a second call while one runs starts afresh.
    void startTest();
    // Forgets the running test: its answer, when it comes, is ignored.
    void cancelTest();
    bool isTesting() const { return m_testing; }
    QString statusText() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // message: the server version on success, or one sentence saying what went wrong.
    void testFinished(bool ok, const QString &message);
    void testCancelled();

private:
    struct TestOutcome
    {
        bool ok = false;
        QString serverVersion;
        Error error;
    };

    enum class Tone { Neutral, Good, Bad };

    void onEngineChanged();
    void onTestClicked();
    void onTestDone(const TestOutcome &outcome);
    void chooseFile();
    void updateKeychainNote();
    void readSavedPassword();
    void storePassword();
    QString validate() const;
    void showStatus(Tone tone, const QString &text, const QString &details = {});
    void setTesting(bool testing);

    QPointer<SecretStore> m_secrets;
    Purpose m_purpose;
    QStringList m_takenNames;
    QString m_originalName;
    bool m_originalRemember = false;
    bool m_passwordTyped = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_engine = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QSpinBox *m_timeout = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_ok = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    bool m_testing = false;
    int m_testGeneration = 0; // answers of older generations are dropped
};

} // namespace sm::gui
