// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace proclab {

// A run's own directory in the temporary directory, `proclab-<runtime>-<lab pid>-XXXXXX`, given to
// the run's programs as their TMPDIR (mpirun's session, Python's pymp-* directories and the
// tracer's code for spawned interpreters all go there). It goes with the run, whatever its
// programs left in it: a program the lab killed never removes its own files. Directories of labs
// that are gone (killed before they could remove theirs) are removed when the next run of that
// runtime creates its own.
class RunDirectory
{
public:
    // `runtime`: a name part, e.g. "mpi", "python".
    explicit RunDirectory(QLatin1StringView runtime);
    ~RunDirectory();
    RunDirectory(const RunDirectory &) = delete;
    RunDirectory &operator=(const RunDirectory &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Removes the directory and everything in it now; false if it is still there afterwards.
    bool remove();

    // Removes the run directories of `runtime` whose lab (the pid in the name) is gone.
    static void removeStale(QLatin1StringView runtime);

private:
    QTemporaryDir m_dir;
};

} // namespace proclab
