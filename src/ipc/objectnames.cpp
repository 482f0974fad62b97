// SPDX-License-Identifier: MIT
#include "objectnames.h"

#include <cctype>

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
    return "proclabq" + inLetters(pid) + "x" + inLetters(nonce) + "y" + inLetters(role);
}

long long pidOfQtSemaphoreKey(const std::string &keyOrFileName)
{
    const std::string marker = "proclabq";
    const size_t at = keyOrFileName.find(marker);
    if (at == std::string::npos)
        return 0;
    long long pid = 0;
    size_t i = at + marker.size();
    for (; i < keyOrFileName.size() && keyOrFileName[i] >= 'a' && keyOrFileName[i] <= 'j'; ++i) {
        if (pid > 100'000'000'000LL)
            return 0;
        pid = pid * 10 + (keyOrFileName[i] - 'a');
    }
    if (i >= keyOrFileName.size() || keyOrFileName[i] != 'x')
        return 0;
    return pid;
}

std::string qtArriveRole(int slot, int phase)
{
    // "arrive" + slot in letters + 'p' + phase in letters: unambiguous because the slot's letters
    // are a…j and the separator is not.
    return "arrive" + inLetters(std::to_string(slot)) + "p" + inLetters(std::to_string(phase));
}

} // namespace proclab::ipc
