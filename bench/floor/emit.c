/* SPDX-License-Identifier: MIT */
/* Writes N worker events to stdout as fast as the pipe takes them, in ProcLab's line protocol
 * (default) or as JSON lines (--json, for Python's json.loads). It stands in for a worker so that
 * the event benchmark measures the reader (engine, QProcess::readLine, Python), not the writer:
 * all lines are formatted before the first write. Accepts and ignores the options the engine
 * passes to every worker (ROLE --id N --parent-pid P). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    long events = 100000;
    int json = 0;
    int id = 0;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--events") == 0 && i + 1 < argc)
            events = atol(argv[++i]);
        else if (strcmp(argv[i], "--id") == 0 && i + 1 < argc)
            id = atoi(argv[++i]);
        else if (strcmp(argv[i], "--json") == 0)
            json = 1;
    }
    if (events < 2)
        events = 2;
    const size_t capacity = (size_t)events * 128 + 256;
    char *buffer = malloc(capacity);
    if (!buffer)
        return 1;
    size_t used = 0;
    const int pid = (int)getpid();
    const long long base = now_ns();
    /* ready, then begin/end pairs of pool task spans (the hot path of a real run), then exit. */
    for (long i = 0; i < events; ++i) {
        const long long ts = base + i;
        const long task = (i - 1) / 2;
        const char *type = i == 0 ? "ready" : i == events - 1 ? "exit" : (i % 2 ? "begin" : "end");
        int n;
        if (json) {
            if (i == 0 || i == events - 1)
                n = snprintf(buffer + used, capacity - used,
                             "{\"ts\": %lld, \"pid\": %d, \"id\": %d, \"type\": \"%s\"}\n", ts, pid,
                             id, type);
            else
                n = snprintf(buffer + used, capacity - used,
                             "{\"ts\": %lld, \"pid\": %d, \"id\": %d, \"type\": \"%s\", \"span\": "
                             "\"task\", \"task\": %ld}\n",
                             ts, pid, id, type, task);
        } else {
            if (i == 0)
                n = snprintf(buffer + used, capacity - used, "%lld %d %d ready\n", ts, pid, id);
            else if (i == events - 1)
                n = snprintf(buffer + used, capacity - used, "%lld %d %d exit 0\n", ts, pid, id);
            else
                n = snprintf(buffer + used, capacity - used, "%lld %d %d %s task task=%ld\n", ts,
                             pid, id, type, task);
        }
        used += (size_t)n;
    }
    size_t done = 0;
    while (done < used) {
        const ssize_t n = write(1, buffer + done, used - done);
        if (n <= 0)
            return 1;
        done += (size_t)n;
    }
    free(buffer);
    return 0;
}
