#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace caseloop {

// An error that a person can act on: which record, which field, why.
struct Error
{
    QString message;
};

// A value or an Error. Core never shows errors; it returns them.
template <class T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value; reading it from an error is a programming mistake and stops the program with the error's text
    // (in every build: an empty optional read silently would be undefined behaviour).
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    T&& value() && { return std::move(checked()); }
    const T& operator*() const& { return checked(); }
    const T* operator->() const { return &checked(); }
    const QString& error() const { return m_error; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    // Success or the error, without the value.
    class Status status() const;

private:
    const T& checked() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Result read without a value: %s", qUtf8Printable(m_error));
        return *m_value;
    }
    T& checked()
    {
        if (!m_value) [[unlikely]]
            qFatal("Result read without a value: %s", qUtf8Printable(m_error));
        return *m_value;
    }

    std::optional<T> m_value;
    QString m_error;
};

// Success or an Error, for operations without a value.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message))
        , m_ok(false)
    {
    }
    static Status success() { return {}; }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_ok = true;
};

template <class T> Status Result<T>::status() const
{
    return m_value ? Status{} : Status{Error{m_error}};
}

} // namespace caseloop
