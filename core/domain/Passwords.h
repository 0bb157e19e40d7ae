#pragma once

#include <QByteArray>
#include <QString>

namespace caseloop {

// Account passwords on a file: PBKDF2-HMAC-SHA256 (QPasswordDigestor) with a random 16-byte salt per account, stored
// as "pbkdf2-sha256$ITERATIONS$SALT$KEY" (base64). A clear password is never stored or logged.
class Passwords
{
public:
    static constexpr int kMinimumLength = 8;
    static constexpr int kIterations = 200000;

    // The stored form of `password`, with a fresh salt and iterations().
    static QString hash(const QString& password);
    // Whether `password` matches `stored` (compared in constant time). An empty or malformed `stored` matches nothing.
    static bool verify(const QString& password, const QString& stored);
    // A well-formed hash no password is expected to match: checking against it takes as long as a real check, so that
    // the time a refusal takes does not tell whether a login exists.
    static QString unmatchable();
    // Whether `stored` was made with fewer iterations than kIterations (then a successful sign-in hashes it again).
    static bool weak(const QString& stored);
    // kIterations, or for tests only the count in CASELOOP_TEST_PASSWORD_ITERATIONS (at least 1000), so that a suite
    // that signs in hundreds of times stays fast. The count is stored with each hash, so verifying never depends on it.
    static int iterations();
    // Empty when `password` is acceptable, else the reason (too short).
    static QString problem(const QString& password);
};

} // namespace caseloop
