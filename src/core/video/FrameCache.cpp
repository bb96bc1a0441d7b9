// SPDX-License-Identifier: MIT
#include "attentionlens/VideoAnalysis.h"

#include <algorithm>

namespace al {

FrameCache::FrameCache(size_t maxEntries, size_t maxBytes)
    : m_maxEntries(std::max<size_t>(1, maxEntries)), m_maxBytes(maxBytes) {}

void FrameCache::insert(FrameAnalysisPtr analysis) {
    if (!analysis)
        return;
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_index.find(analysis->frame); it != m_index.end()) {
        m_bytes -= (*it->second)->bytes();
        m_order.erase(it->second);
        m_index.erase(it);
    }
    m_bytes += analysis->bytes();
    const int frame = analysis->frame;
    m_order.push_front(std::move(analysis));
    m_index[frame] = m_order.begin();
    evict();
}

// Drops least recently used entries until both bounds hold; the newest entry always stays.
void FrameCache::evict() {
    while (m_order.size() > 1 && (m_order.size() > m_maxEntries || m_bytes > m_maxBytes)) {
        const FrameAnalysisPtr& oldest = m_order.back();
        m_bytes -= oldest->bytes();
        m_index.erase(oldest->frame);
        m_order.pop_back();
    }
}

FrameAnalysisPtr FrameCache::find(int frame) {
    const std::lock_guard lock(m_mutex);
    const auto it = m_index.find(frame);
    if (it == m_index.end())
        return nullptr;
    m_order.splice(m_order.begin(), m_order, it->second);
    return m_order.front();
}

size_t FrameCache::size() const {
    const std::lock_guard lock(m_mutex);
    return m_order.size();
}

size_t FrameCache::bytes() const {
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

void FrameCache::clear() {
    const std::lock_guard lock(m_mutex);
    m_order.clear();
    m_index.clear();
    m_bytes = 0;
}

} // namespace al
