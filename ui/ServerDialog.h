#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace caseloop {

// 文件 → 连接服务器…: the office's database on a PostgreSQL server. Takes the server, port, database and user,
// tests the connection, and remembers all of it for the next time except the password, which is kept only in the
// system's keychain and only when 记住密码 is ticked (ServerPasswords.h).
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget* parent = nullptr);

    // The database's address (postgresql://USER@HOST:PORT/DATABASE, no password), once a test succeeded.
    QString address() const { return m_address; }
    // Tries what is filled in; says how it went below the form. True when the server answered and the database is a
    // CaseLoop office or empty (the office's tables are then made when the desk opens it).
    bool testConnection();
    QString status() const;

    void accept() override;

private:
    QString typedAddress() const;

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_status = nullptr;
    QString m_address;
};

} // namespace caseloop
