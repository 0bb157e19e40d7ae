#include "Passwords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace caseloop {

namespace {
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              kKeyBytes);
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt, key;
};

std::optional<Parsed> parse(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return std::nullopt;
    Parsed p;
    bool ok = false;
    p.iterations = parts[1].toInt(&ok);
    p.salt = QByteArray::fromBase64(parts[2].toLatin1());
    p.key = QByteArray::fromBase64(parts[3].toLatin1());
    if (!ok || p.iterations < 1 || p.salt.size() != kSaltBytes || p.key.size() != kKeyBytes)
        return std::nullopt;
    return p;
}
} // namespace

int Passwords::iterations()
{
    bool ok = false;
    const int test = qEnvironmentVariableIntValue("CASELOOP_TEST_PASSWORD_ITERATIONS", &ok);
    return ok ? std::max(test, 1000) : kIterations;
}

QString Passwords::hash(const QString& password)
{
    QByteArray salt(kSaltBytes, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const int n = iterations();
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(n)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, n).toBase64()));
}

bool Passwords::verify(const QString& password, const QString& stored)
{
    const auto p = parse(stored);
    if (!p)
        return false;
    const QByteArray key = derive(password, p->salt, p->iterations);
    // Constant time: every byte is compared whatever the first difference.
    unsigned char difference = 0;
    for (int i = 0; i < kKeyBytes; ++i)
        difference |= static_cast<unsigned char>(key[i] ^ p->key[i]);
    return difference == 0;
}

QString Passwords::unmatchable()
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations())
        .arg(QString::fromLatin1(QByteArray(kSaltBytes, '\0').toBase64()),
             QString::fromLatin1(QByteArray(kKeyBytes, '\0').toBase64()));
}

bool Passwords::weak(const QString& stored)
{
    const auto p = parse(stored);
    return p && p->iterations < kIterations;
}

QString Passwords::problem(const QString& password)
{
    if (password.size() < kMinimumLength)
        return QCoreApplication::translate("caseloop::Passwords", "A password needs at least %1 characters.")
            .arg(kMinimumLength);
    return {};
}

} // namespace caseloop
