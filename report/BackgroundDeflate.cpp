#include "BackgroundDeflate.h"

namespace caseloop {

QByteArray deflated(const QByteArray& data, int level)
{
    // qCompress puts the length in front of a zlib stream.
    return qCompress(data, level).sliced(4);
}

BackgroundDeflate::BackgroundDeflate()
    : m_thread([this] { run(); })
{
}

BackgroundDeflate::~BackgroundDeflate()
{
    {
        const std::lock_guard lock(m_mutex); // abandoned: what is still waiting is not compressed
        m_todo.clear();
    }
    finish();
}

void BackgroundDeflate::add(int key, QByteArray data)
{
    {
        const std::lock_guard lock(m_mutex);
        m_todo.emplace_back(key, std::move(data));
    }
    m_wake.notify_one();
}

void BackgroundDeflate::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_closing || !m_todo.empty(); });
        if (m_todo.empty())
            return; // closing, and nothing left
        auto [key, data] = std::move(m_todo.front());
        m_todo.pop_front();
        lock.unlock();
        QByteArray packed = deflated(data, 1);
        lock.lock();
        m_done.append({key, std::move(packed)});
    }
}

QList<std::pair<int, QByteArray>> BackgroundDeflate::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    return std::exchange(m_done, {});
}

} // namespace caseloop
