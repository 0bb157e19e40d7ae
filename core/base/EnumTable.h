#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace caseloop {

// One row of an enum's table: the value, its stable storage string (never translated,
// never renamed: it is in every database) and its English display text (translated via tr).
template <class E> struct EnumEntry
{
    E value;
    const char* key;
    const char* text;
};

// Specialised next to each enum (a state as a type, docs/ARCHITECTURE.md §2): `context` is the translation
// context and `entries()` the table.
template <class E> struct EnumTraits;

// The stored key as the table holds it (ASCII), or null; for writers that hand SQLite bytes, not a QString.
template <class E> const char* storageKey(E value)
{
    for (const auto& e : EnumTraits<E>::entries())
        if (e.value == value)
            return e.key;
    return nullptr;
}

template <class E> QString toStorage(E value)
{
    return QString::fromLatin1(storageKey(value));
}

template <class E> std::optional<E> fromStorage(QStringView key)
{
    for (const auto& e : EnumTraits<E>::entries())
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <class E> QString displayName(E value)
{
    for (const auto& e : EnumTraits<E>::entries())
        if (e.value == value)
            return QCoreApplication::translate(EnumTraits<E>::context, e.text);
    return {};
}

template <class E> QList<E> allValues()
{
    QList<E> values;
    for (const auto& e : EnumTraits<E>::entries())
        values.append(e.value);
    return values;
}

// The values for which isOpen(value) holds (the open statuses of complaints or rectification items).
template <class E> QList<E> openValues()
{
    QList<E> values;
    for (const auto& e : EnumTraits<E>::entries())
        if (isOpen(e.value))
            values.append(e.value);
    return values;
}

// A permitted state change: in `from`, `action` leads to `to`.
template <class S, class A> struct Transition
{
    S from;
    A action;
    S to;
};

template <class S, class A> std::optional<S> findTransition(std::span<const Transition<S, A>> table, S from, A action)
{
    for (const auto& t : table)
        if (t.from == from && t.action == action)
            return t.to;
    return std::nullopt;
}

template <class S, class A> QList<A> actionsFrom(std::span<const Transition<S, A>> table, S from)
{
    QList<A> actions;
    for (const auto& t : table)
        if (t.from == from && !actions.contains(t.action))
            actions.append(t.action);
    return actions;
}

// The refusal every workflow returns: it names the record, the state and the action.
QString refusedTransitionMessage(const QString& record, const QString& state, const QString& action);

} // namespace caseloop
