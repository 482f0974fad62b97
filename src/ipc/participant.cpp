// SPDX-License-Identifier: MIT
#include "participant.h"

#include <unistd.h>

namespace proclab::ipc {

namespace {
ParticipantMaker g_makers[3] = {};
} // namespace

const char *familyName(PrimitiveFamily family)
{
    switch (family) {
    case PrimitiveFamily::Qt:
        return "qt";
    case PrimitiveFamily::Posix:
        return "posix";
    case PrimitiveFamily::Futex:
        return "futex";
    }
    return "?";
}

std::optional<PrimitiveFamily> familyFromName(std::string_view name)
{
    for (const PrimitiveFamily family : kFamilies) {
        if (name == familyName(family))
            return family;
    }
    return std::nullopt;
}

Participant::Participant(CoordinationBlock &block)
    : m_block(block)
    , m_pid(::getpid())
{
}

Participant::~Participant() = default;

BarrierArrival Participant::arrive()
{
    return arriveAtBarrier(m_block.causes.arrivals, m_block.parties);
}

int Participant::awaitRound(const BarrierArrival &)
{
    return barrierWait();
}

void Participant::noteHolder()
{
    m_block.lockHolderPid.store(m_pid, std::memory_order_relaxed);
}

void Participant::clearHolder()
{
    m_block.lockHolderPid.store(0, std::memory_order_relaxed);
}

void registerParticipantFamily(PrimitiveFamily family, ParticipantMaker maker)
{
    const auto index = static_cast<std::uint32_t>(family);
    if (index < std::size(g_makers))
        g_makers[index] = maker;
}

std::unique_ptr<Participant> attachParticipant(const std::string &key, std::string *error)
{
    auto segment = SegmentAttachment::attach(key, error);
    if (!segment)
        return nullptr;
    if (segment->payloadSize() < static_cast<long long>(sizeof(CoordinationBlock))) {
        *error = "the shared memory " + key + " is too small for a barrier";
        return nullptr;
    }
    auto *block = static_cast<CoordinationBlock *>(segment->payload());
    if (!block->valid()) {
        *error = "the shared memory " + key + " does not hold a barrier and lock";
        return nullptr;
    }
    const auto index = static_cast<std::uint32_t>(block->family);
    if (index >= std::size(g_makers)) {
        *error = "the shared memory " + key + " names an unknown family of primitives";
        return nullptr;
    }
    if (!g_makers[index]) {
        *error = std::string("this worker cannot use the ") + familyName(block->family) +
                 " primitives (the qt family runs in proclab-qtworker)";
        return nullptr;
    }
    std::unique_ptr<Participant> participant = g_makers[index](*block, error);
    if (participant)
        participant->m_segment = std::move(segment);
    return participant;
}

} // namespace proclab::ipc
