/* SPDX-License-Identifier: MIT
 *
 * _proclab_tasks: the tracer's per-task hot path in C (proclab_trace/_core.py, _Chunk).
 *
 * A pool worker's map() takes each next item of a chunk from a TaskClock: the clock is read
 * before the item is handed out (the previous task has ended, this one begins), and once the
 * items run out (the last task has ended). The readings go into an array of int64, not into Python
 * ints, and the chunk's `taskrun` lines are formatted here, once per chunk (or per block of a huge
 * chunk): the same lines as _core._emit_tasks writes, each within max_line bytes. In pure Python
 * that cost ~150-200 ns per task (a generator step, a clock read into an int, a subtraction and a
 * %d per task), most of what tracing added to a pool of small tasks; here ~25 ns.
 *
 * The lines go to `sink(lines, count)`, which buffers them and writes them out: at the end of the
 * chunk, before its result goes back (the lab has the tasks before the program can know they are
 * done), and after every `block` tasks. A task that raises ends the chunk early: map drops the
 * TaskClock, and its finaliser reads the clock (the failed task's end) and reports what ran.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

typedef struct
{
    PyObject ob_base;
    PyObject *items;    /* an iterator over the chunk's items */
    PyObject *prefix;   /* bytes: b"<pid> <process id> " */
    PyObject *sink;     /* callable(lines: bytes, count: int) */
    long long first;    /* the task that bounds[0] begins */
    int64_t *bounds;    /* clock readings, ns: task k runs from bounds[k] to bounds[k+1] */
    Py_ssize_t count;   /* readings in bounds */
    Py_ssize_t block;   /* tasks per report, at most */
    Py_ssize_t maxLine; /* bytes per line, its newline included */
    Py_ssize_t maxTasksPerLine;
    int ended; /* reported its last tasks */
} TaskClock;

static int64_t monotonicNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); /* time.monotonic_ns()'s clock */
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Writes `value` in decimal at `out`; returns the digits written (at most 20). */
static int formatInt(char *out, long long value)
{
    char digits[24];
    int n = 0;
    unsigned long long v = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    int written = 0;
    if (value < 0)
        out[written++] = '-';
    while (n)
        out[written++] = digits[--n];
    return written;
}

/* The `taskrun` lines of the tasks bounds[0..count-1] describe, to the sink; then bounds keeps
 * only its last reading (the next task's begin). */
static int report(TaskClock *self)
{
    const Py_ssize_t tasks = self->count > 0 ? self->count - 1 : 0;
    const Py_ssize_t prefixLength = PyBytes_GET_SIZE(self->prefix);
    const char *prefix = PyBytes_AS_STRING(self->prefix);
    /* A line holds at least one task; each task's number takes at most 21 bytes. */
    const Py_ssize_t headMax = 21 + prefixLength + 8 + 21 + 1;
    PyObject *lines = PyBytes_FromStringAndSize(NULL, tasks * (headMax + 22));
    if (!lines)
        return -1;
    char *out = PyBytes_AS_STRING(lines);
    char *const start = out;
    Py_ssize_t i = 0;
    while (i < tasks) {
        char *const lineStart = out;
        out += formatInt(out, self->bounds[i]);
        *out++ = ' ';
        memcpy(out, prefix, (size_t)prefixLength);
        out += prefixLength;
        memcpy(out, "taskrun ", 8);
        out += 8;
        out += formatInt(out, self->first + i);
        Py_ssize_t inLine = 0;
        while (i < tasks && inLine < self->maxTasksPerLine) {
            char number[24];
            number[0] = ' ';
            const int length = 1 + formatInt(number + 1, self->bounds[i + 1] - self->bounds[i]);
            if (inLine > 0 && (out - lineStart) + length + 1 > self->maxLine)
                break; /* the next line takes it */
            memcpy(out, number, (size_t)length);
            out += length;
            ++i;
            ++inLine;
        }
        *out++ = '\n';
    }
    if (_PyBytes_Resize(&lines, out - start) < 0)
        return -1;
    self->first += tasks;
    if (self->count > 0) {
        self->bounds[0] = self->bounds[self->count - 1];
        self->count = 1;
    }
    PyObject *result = PyObject_CallFunction(self->sink, "Nn", lines, tasks);
    if (!result)
        return -1;
    Py_DECREF(result);
    return 0;
}

/* The chunk's end (or a failed task's): reports what ran, once. */
static int end(TaskClock *self)
{
    if (self->ended)
        return 0;
    self->ended = 1;
    return report(self);
}

static PyObject *TaskClock_next(TaskClock *self)
{
    if (self->ended)
        return NULL;
    /* The previous task's end and this one's begin: taken before the item is. */
    self->bounds[self->count++] = monotonicNs();
    PyObject *item = PyIter_Next(self->items);
    if (item) {
        if (self->count > self->block && report(self) < 0) {
            Py_DECREF(item);
            return NULL;
        }
        return item;
    }
    if (PyErr_Occurred()) {
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback);
        if (end(self) < 0)
            PyErr_WriteUnraisable((PyObject *)self);
        PyErr_Restore(type, value, traceback);
        return NULL;
    }
    if (end(self) < 0)
        return NULL;
    return NULL; /* StopIteration */
}

static void TaskClock_finalize(PyObject *object)
{
    TaskClock *self = (TaskClock *)object;
    if (self->ended || !self->bounds)
        return;
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    if (self->count > 0)
        self->bounds[self->count++] = monotonicNs(); /* the failed task's end */
    if (end(self) < 0)
        PyErr_WriteUnraisable(object);
    PyErr_Restore(type, value, traceback);
}

static void TaskClock_dealloc(PyObject *object)
{
    if (PyObject_CallFinalizerFromDealloc(object) < 0)
        return; /* resurrected */
    TaskClock *self = (TaskClock *)object;
    Py_XDECREF(self->items);
    Py_XDECREF(self->prefix);
    Py_XDECREF(self->sink);
    PyMem_Free(self->bounds);
    Py_TYPE(object)->tp_free(object);
}

static PyObject *TaskClock_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {
        "items", "first", "prefix", "sink", "block", "max_line", "max_tasks_per_line", NULL};
    PyObject *items, *prefix, *sink;
    long long first;
    Py_ssize_t block, maxLine, maxTasksPerLine;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OLSOnnn:TaskClock", names, &items, &first,
                                     &prefix, &sink, &block, &maxLine, &maxTasksPerLine))
        return NULL;
    if (block < 1 || maxTasksPerLine < 1 || maxLine < 128) {
        PyErr_SetString(PyExc_ValueError, "TaskClock: block, max_line or max_tasks_per_line");
        return NULL;
    }
    if (!PyCallable_Check(sink)) {
        PyErr_SetString(PyExc_TypeError, "TaskClock: sink must be callable");
        return NULL;
    }
    PyObject *iterator = PyObject_GetIter(items);
    if (!iterator)
        return NULL;
    TaskClock *self = (TaskClock *)type->tp_alloc(type, 0);
    if (!self) {
        Py_DECREF(iterator);
        return NULL;
    }
    self->items = iterator;
    Py_INCREF(prefix);
    self->prefix = prefix;
    Py_INCREF(sink);
    self->sink = sink;
    self->first = first;
    self->block = block;
    self->maxLine = maxLine;
    self->maxTasksPerLine = maxTasksPerLine;
    /* block tasks take block + 1 readings, and a failed task's end one more. */
    self->bounds = PyMem_New(int64_t, (size_t)block + 2);
    if (!self->bounds) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    return (PyObject *)self;
}

static PyObject *TaskClock_iter(PyObject *self)
{
    Py_INCREF(self);
    return self;
}

static PyTypeObject TaskClockType = {
    /* clang-format off */
    PyVarObject_HEAD_INIT(NULL, 0) /* ends in a comma */
    .tp_name = "_proclab_tasks.TaskClock",
    /* clang-format on */
    .tp_doc = PyDoc_STR("TaskClock(items, first, prefix, sink, block, max_line, "
                        "max_tasks_per_line): the items of a pool chunk, each task timed"),
    .tp_basicsize = sizeof(TaskClock),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = TaskClock_new,
    .tp_dealloc = TaskClock_dealloc,
    .tp_finalize = TaskClock_finalize,
    .tp_iter = TaskClock_iter,
    .tp_iternext = (iternextfunc)TaskClock_next,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_proclab_tasks",
    .m_doc = PyDoc_STR("ProcLab's tracer: timing a pool chunk's tasks"),
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__proclab_tasks(void)
{
    if (PyType_Ready(&TaskClockType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Py_INCREF(&TaskClockType);
    if (PyModule_AddObject(m, "TaskClock", (PyObject *)&TaskClockType) < 0) {
        Py_DECREF(&TaskClockType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
