// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace proclab {

// The worker's command line: `proclab-worker ROLE --name value …`. Every value is validated where a
// role reads it; a bad one ends the worker with a message on stderr and exit code 2. Plain C++:
// the worker does not link QtCore (launch cost).
class WorkerOptions
{
public:
    // Returns false (with *error) on a malformed command line. arguments[0] is the program.
    bool parse(const std::vector<std::string> &arguments, std::string *error);

    const std::string &role() const { return m_role; }
    bool has(const std::string &name) const { return m_values.count(name) != 0; }
    long long integer(const std::string &name, long long min, long long max) const;
    long long integer(const std::string &name, long long min, long long max,
                      long long defaultValue) const;
    std::string text(const std::string &name, const std::string &defaultValue = {}) const;
    // The options the role did not read (typos), to reject them, in command-line order.
    std::vector<std::string> unread() const;

private:
    std::string m_role;
    std::vector<std::string> m_order; // option names as given, for stable messages
    std::unordered_map<std::string, std::string> m_values;
    mutable std::unordered_set<std::string> m_read;
};

[[noreturn]] void usageError(const std::string &message);

// Ends the worker with exit 2 if the command line holds options the role did not read.
void rejectUnreadOptions(const WorkerOptions &options);

} // namespace proclab
