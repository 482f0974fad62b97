// SPDX-License-Identifier: MIT
#include "objectnames.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sys/stat.h>

namespace proclab::ipc {

namespace {

// Digits as letters: 0 → 'a' … 9 → 'j'; letters kept; anything else dropped.
std::string inLetters(const std::string &text)
{
    std::string letters;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            letters += char('a' + (c - '0'));
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            letters += c;
    }
    return letters;
}

} // namespace

std::string posixSemaphoreName(const std::string &runKey, const std::string &role)
{
    return "/" + runKey + "-" + role;
}

std::string qtSemaphoreKey(const std::string &runKey, const std::string &role)
{
    // runKey: proclab-<pid>-<nonce>
    const std::string prefix = "proclab-";
    std::string rest = runKey.rfind(prefix, 0) == 0 ? runKey.substr(prefix.size()) : runKey;
    const size_t dash = rest.find('-');
    const std::string pid = dash == std::string::npos ? std::string() : rest.substr(0, dash);
    const std::string nonce = dash == std::string::npos ? rest : rest.substr(dash + 1);
    std::string nonceLetters;
    for (const char c : nonce) {
        if (c >= '0' && c <= '9')
            nonceLetters += char('g' + (c - '0'));
        else if (c >= 'a' && c <= 'f')
            nonceLetters += c;
    }
    return "proclabq" + inLetters(pid) + "x" + nonceLetters + "y" + inLetters(role);
}

std::uint32_t pidNamespaceTag()
{
    struct stat info{};
    if (::stat("/proc/self/ns/pid", &info) != 0)
        return 0;
    return std::uint32_t(info.st_ino);
}

std::string makeRunKey(long long pid, std::uint32_t random)
{
    char nonce[17];
    const std::uint64_t value = (std::uint64_t(pidNamespaceTag()) << 32) | random;
    for (int i = 15; i >= 0; --i)
        nonce[15 - i] = "0123456789abcdef"[(value >> (4 * i)) & 0xf];
    nonce[16] = '\0';
    return "proclab-" + std::to_string(pid) + "-" + nonce;
}

namespace {

// The tag in a nonce's first 8 hex digits (already checked to be hex).
std::uint32_t tagOfNonce(const char *hex)
{
    std::uint32_t tag = 0;
    std::from_chars(hex, hex + 8, tag, 16);
    return tag;
}

std::optional<RunKeyOrigin> originOfPlainKey(const std::string &name)
{
    // "proclab-<pid>-<16 hex>", not followed by another hex digit.
    for (size_t at = name.find("proclab-"); at != std::string::npos;
         at = name.find("proclab-", at + 1)) {
        const char *p = name.data() + at + 8;
        const char *const end = name.data() + name.size();
        long long pid = 0;
        const auto [afterPid, ec] = std::from_chars(p, end, pid);
        if (ec != std::errc() || afterPid == p || afterPid == end || *afterPid != '-' || pid <= 0)
            continue;
        const char *hex = afterPid + 1;
        if (end - hex < 16 || !std::all_of(hex, hex + 16, [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            }))
            continue;
        if (end - hex > 16 && std::isxdigit(static_cast<unsigned char>(hex[16])))
            continue;
        return RunKeyOrigin{pid, tagOfNonce(hex)};
    }
    return std::nullopt;
}

std::optional<RunKeyOrigin> originOfQtKey(const std::string &name)
{
    const std::string marker = "proclabq";
    const size_t at = name.find(marker);
    if (at == std::string::npos)
        return std::nullopt;
    long long pid = 0;
    size_t i = at + marker.size();
    const size_t pidStart = i;
    for (; i < name.size() && name[i] >= 'a' && name[i] <= 'j'; ++i) {
        if (pid > 100'000'000'000LL)
            return std::nullopt;
        pid = pid * 10 + (name[i] - 'a');
    }
    if (i == pidStart || i >= name.size() || name[i] != 'x' || pid <= 0)
        return std::nullopt;
    char hex[16];
    size_t n = 0;
    for (++i; i < name.size() && name[i] != 'y'; ++i) {
        const char c = name[i];
        if (n == sizeof hex || c < 'a' || c > 'p')
            return std::nullopt;
        hex[n++] = c >= 'g' ? char('0' + (c - 'g')) : c;
    }
    if (n != sizeof hex || i >= name.size())
        return std::nullopt;
    return RunKeyOrigin{pid, tagOfNonce(hex)};
}

} // namespace

std::optional<RunKeyOrigin> originOfRunKey(const std::string &name)
{
    if (auto origin = originOfQtKey(name))
        return origin;
    return originOfPlainKey(name);
}

std::string qtArriveRole(int slot, int phase)
{
    // "arrive" + slot in letters + 'p' + phase in letters: unambiguous because the slot's letters
    // are a…j and the separator is not.
    return "arrive" + inLetters(std::to_string(slot)) + "p" + inLetters(std::to_string(phase));
}

} // namespace proclab::ipc
