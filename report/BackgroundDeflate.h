#pragma once

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace caseloop {

// Compresses blocks (zlib, fastest level) on a thread of its own while the caller makes the next ones: a PDF's
// pages take a third of its time to compress, and the machine has a second core.
class BackgroundDeflate
{
public:
    BackgroundDeflate();
    ~BackgroundDeflate();
    BackgroundDeflate(const BackgroundDeflate&) = delete;
    BackgroundDeflate& operator=(const BackgroundDeflate&) = delete;

    void add(int key, QByteArray data);
    // Waits for every block added; each comes back once, as a zlib stream, with its key, in the order added.
    QList<std::pair<int, QByteArray>> finish();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<int, QByteArray>> m_todo;
    QList<std::pair<int, QByteArray>> m_done;
    bool m_closing = false;
    std::thread m_thread;
};

// A zlib stream (what a PDF's FlateDecode reads) of `data`.
QByteArray deflated(const QByteArray& data, int level);

} // namespace caseloop
