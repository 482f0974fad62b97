// SPDX-License-Identifier: MIT
// The worker's EventWriter, writing into a SOCK_SEQPACKET socket pair, which keeps every write()
// as one message: what the test reads is exactly how the writer cut its output. Each write must
// be whole lines of at most PIPE_BUF bytes (atomic on the pipe several processes share); a held
// buffer that fills up inside a critical section waits for the section's end; an unheld writer
// still writes every line at once (a process killed a moment later has reported everything).
#include "eventwriter.h"

#include <QTest>
#include <cerrno>
#include <climits>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace proclab;

namespace {

class MessagePair
{
public:
    MessagePair() { m_ok = ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, m_fds) == 0; }
    ~MessagePair()
    {
        if (m_ok) {
            ::close(m_fds[0]);
            ::close(m_fds[1]);
        }
    }
    bool ok() const { return m_ok; }
    int writeEnd() const { return m_fds[0]; }
    // Every message waiting now, one string each (never blocks).
    std::vector<std::string> takeMessages()
    {
        std::vector<std::string> messages;
        char buffer[4 * PIPE_BUF];
        for (;;) {
            const ssize_t n = ::recv(m_fds[1], buffer, sizeof buffer, MSG_DONTWAIT);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return messages;
            messages.emplace_back(buffer, size_t(n));
        }
    }

private:
    int m_fds[2] = {-1, -1};
    bool m_ok = false;
};

// A note whose line is ~200 bytes: 60 of them are ~3 PIPE_BUFs.
std::string noteText(int i)
{
    return "note " + std::to_string(i) + ' ' + std::string(180, 'x');
}

// Every message ends a line and fits one atomic pipe write; returns how many lines they hold.
int checkWholeLinesWithinPipeBuf(const std::vector<std::string> &messages)
{
    int lines = 0;
    for (const std::string &m : messages) {
        if (m.empty() || m.size() > PIPE_BUF || m.back() != '\n')
            return -1;
        for (const char c : m)
            lines += c == '\n';
    }
    return lines;
}

} // namespace

class TestEventWriter : public QObject
{
    Q_OBJECT
private slots:
    void heldBufferWaitsForTheEndOfTheCriticalSection();
    void heldBufferOutsideACriticalSectionGoesOutWhenFull();
    void unheldWriterWritesEveryLineInsideACriticalSection();
};

void TestEventWriter::heldBufferWaitsForTheEndOfTheCriticalSection()
{
    MessagePair pair;
    QVERIFY(pair.ok());
    EventWriter events(1, pair.writeEnd());
    events.hold();
    events.enterCriticalSection();
    for (int i = 0; i < 60; ++i)
        events.note(noteText(i));
    QCOMPARE(pair.takeMessages().size(), size_t(0)); // nothing written while the lock is held

    events.leaveCriticalSection();
    const std::vector<std::string> messages = pair.takeMessages();
    QVERIFY2(messages.size() >= 3, qPrintable(QString::number(messages.size())));
    QCOMPARE(checkWholeLinesWithinPipeBuf(messages), 60);
    std::string all;
    for (const std::string &m : messages)
        all += m;
    size_t at = 0; // in order, none lost or repeated
    for (int i = 0; i < 60; ++i) {
        const size_t found = all.find(noteText(i), at);
        QVERIFY2(found != std::string::npos, qPrintable(QString::number(i)));
        at = found + 1;
    }
}

void TestEventWriter::heldBufferOutsideACriticalSectionGoesOutWhenFull()
{
    MessagePair pair;
    QVERIFY(pair.ok());
    EventWriter events(1, pair.writeEnd());
    events.hold();
    for (int i = 0; i < 60; ++i)
        events.note(noteText(i));
    const std::vector<std::string> early = pair.takeMessages();
    QVERIFY(early.size() >= 2);
    const int earlyLines = checkWholeLinesWithinPipeBuf(early);
    QVERIFY(earlyLines > 0 && earlyLines < 60);
    events.release();
    QCOMPARE(earlyLines + checkWholeLinesWithinPipeBuf(pair.takeMessages()), 60);
}

void TestEventWriter::unheldWriterWritesEveryLineInsideACriticalSection()
{
    MessagePair pair;
    QVERIFY(pair.ok());
    EventWriter events(1, pair.writeEnd());
    events.enterCriticalSection();
    events.begin(SpanKind::LockHold, 0);
    QCOMPARE(pair.takeMessages().size(), size_t(1));
    events.end(SpanKind::LockHold, 0);
    QCOMPARE(pair.takeMessages().size(), size_t(1));
    events.leaveCriticalSection();
    QCOMPARE(pair.takeMessages().size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"
