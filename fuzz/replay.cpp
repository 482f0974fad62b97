// SPDX-License-Identifier: MIT
// The corpus replay (ctest `fuzz_corpus_replay`): feeds every file of fuzz/corpus/<target>/ to its
// target's entry function, in any build (no clang, no libFuzzer). Seeds from real runs and the
// input of every finding fixed stay in the corpus, so a regression fails here on every CI.
//
// Usage: fuzz_replay CORPUS_DIR [TARGET]
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [TARGET]\n", argv[0]);
        return 2;
    }
    const QDir root(QFile::decodeName(argv[1]));
    int failures = 0;
    for (const auto &target : proclab::fuzz::kTargets) {
        if (argc == 3 && qstrcmp(argv[2], target.name) != 0)
            continue;
        const QDir dir(root.filePath(QLatin1String(target.name)));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            // A target without a corpus would pass here without testing anything.
            std::fprintf(stderr, "%s: no corpus files in %s\n", target.name,
                         qPrintable(dir.path()));
            ++failures;
            continue;
        }
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read %s\n", target.name, qPrintable(name));
                ++failures;
                continue;
            }
            const QByteArray bytes = file.readAll();
            // Printed first: if the entry crashes, the last line names the input.
            std::fprintf(stderr, "%s: %s\n", target.name, qPrintable(name));
            target.entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                         std::size_t(bytes.size()));
        }
        std::printf("%s: %lld corpus files replayed\n", target.name, qlonglong(files.size()));
    }
    return failures == 0 ? 0 : 1;
}
