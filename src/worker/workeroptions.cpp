// SPDX-License-Identifier: MIT
#include "workeroptions.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace proclab {

namespace {

// What QString::toLongLong() accepts: optional surrounding whitespace, an optional sign, decimal
// digits, nothing else, no overflow.
bool parseInteger(const std::string &text, long long *value)
{
    size_t end = text.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    const std::string trimmed = text.substr(0, end);
    const char *begin = trimmed.c_str();
    while (std::isspace(static_cast<unsigned char>(*begin)))
        ++begin;
    if (*begin == '\0')
        return false;
    char *stop = nullptr;
    errno = 0;
    *value = std::strtoll(begin, &stop, 10);
    return errno == 0 && stop != begin && *stop == '\0';
}

} // namespace

void usageError(const std::string &message)
{
    std::fprintf(stderr, "proclab-worker: %s\n", message.c_str());
    std::fflush(stderr);
    std::_Exit(2);
}

bool WorkerOptions::parse(const std::vector<std::string> &arguments, std::string *error)
{
    if (arguments.size() < 2 || arguments.at(1).rfind('-', 0) == 0) {
        *error = "expected a role as the first argument";
        return false;
    }
    m_role = arguments.at(1);
    for (size_t i = 2; i < arguments.size(); i += 2) {
        const std::string &name = arguments.at(i);
        if (name.rfind("--", 0) != 0 || name.size() < 3) {
            *error = "expected --option, got '" + name + "'";
            return false;
        }
        if (i + 1 >= arguments.size()) {
            *error = name + " needs a value";
            return false;
        }
        std::string key = name.substr(2);
        if (m_values.count(key) != 0) {
            *error = name + " given twice";
            return false;
        }
        m_order.push_back(key);
        m_values.emplace(std::move(key), arguments.at(i + 1));
    }
    return true;
}

long long WorkerOptions::integer(const std::string &name, long long min, long long max) const
{
    if (m_values.count(name) == 0)
        usageError("--" + name + " is required");
    return integer(name, min, max, min);
}

long long WorkerOptions::integer(const std::string &name, long long min, long long max,
                                 long long defaultValue) const
{
    m_read.insert(name);
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return defaultValue;
    long long value = 0;
    if (!parseInteger(it->second, &value) || value < min || value > max)
        usageError("--" + name + " must be an integer between " + std::to_string(min) + " and " +
                   std::to_string(max) + ", not '" + it->second + "'");
    return value;
}

std::string WorkerOptions::text(const std::string &name, const std::string &defaultValue) const
{
    m_read.insert(name);
    const auto it = m_values.find(name);
    return it == m_values.end() ? defaultValue : it->second;
}

std::vector<std::string> WorkerOptions::unread() const
{
    std::vector<std::string> names;
    for (const std::string &key : m_order) {
        if (m_read.count(key) == 0)
            names.push_back("--" + key);
    }
    return names;
}

void rejectUnreadOptions(const WorkerOptions &options)
{
    const std::vector<std::string> unknown = options.unread();
    if (unknown.empty())
        return;
    std::string list;
    for (const std::string &name : unknown)
        list += (list.empty() ? "" : ", ") + name;
    usageError("unknown option(s) for role " + options.role() + ": " + list);
}

} // namespace proclab
