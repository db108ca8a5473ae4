// A fast 64-bit checksum of page data (pagemap_head.amber_pages_hash): damage detection
// for page files, not a cryptographic hash. Four independent multiply-rotate lanes over
// 64-bit little-endian words (several GB/s), folded with the length at the end. The state
// lives in a 40-byte buffer owned by TS (four lanes and the word count), so a file is
// hashed in chunks as it streams; every chunk but the last must be a multiple of 8 bytes.
#include "common.h"
#include <cstring>

namespace amber {

namespace {

constexpr uint64_t kMulA = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio
constexpr uint64_t kMulB = 0xD6E8FEB86659FD93ull;  // an odd constant with mixed bits

inline uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t Step(uint64_t lane, uint64_t word) { return Rotl(lane + word * kMulB, 29) * kMulA; }

struct State {
  uint64_t lane[4];
  uint64_t words;
};

bool ArgState(const Napi::CallbackInfo& info, State** out) {
  uint8_t* data;
  size_t len;
  if (!ArgBuf(info, 0, &data, &len)) return false;
  if (len != sizeof(State) || reinterpret_cast<uintptr_t>(data) % 8) {
    ThrowArg(info.Env(), "hash state must be an 8-byte aligned buffer of 40 bytes");
    return false;
  }
  *out = reinterpret_cast<State*>(data);
  return true;
}

// hash64Update(state, data)
Napi::Value Hash64Update(const Napi::CallbackInfo& info) {
  State* s;
  if (!ArgState(info, &s)) return info.Env().Undefined();
  AMBER_BUF(1, data, len);
  size_t n = len / 8, i = 0;
  uint64_t w;
  // Bring the next word to lane 0, then four words a round.
  for (; i < n && (s->words + i) % 4; i++) {
    memcpy(&w, data + i * 8, 8);
    s->lane[(s->words + i) % 4] = Step(s->lane[(s->words + i) % 4], w);
  }
  uint64_t a = s->lane[0], b = s->lane[1], c = s->lane[2], d = s->lane[3];
  for (; i + 4 <= n; i += 4) {
    uint64_t w4[4];
    memcpy(w4, data + i * 8, 32);
    a = Step(a, w4[0]);
    b = Step(b, w4[1]);
    c = Step(c, w4[2]);
    d = Step(d, w4[3]);
  }
  s->lane[0] = a, s->lane[1] = b, s->lane[2] = c, s->lane[3] = d;
  for (; i < n; i++) {
    memcpy(&w, data + i * 8, 8);
    s->lane[(s->words + i) % 4] = Step(s->lane[(s->words + i) % 4], w);
  }
  s->words += n;
  if (len % 8) {  // a last partial word, zero-padded; the length below tells it apart
    w = 0;
    memcpy(&w, data + n * 8, len % 8);
    s->lane[s->words % 4] = Step(s->lane[s->words % 4], w ^ (len % 8));
    s->words++;
  }
  return info.Env().Undefined();
}

// hash64Digest(state) -> bigint
Napi::Value Hash64Digest(const Napi::CallbackInfo& info) {
  State* s;
  if (!ArgState(info, &s)) return info.Env().Undefined();
  uint64_t h = Rotl(s->lane[0], 1) + Rotl(s->lane[1], 7) + Rotl(s->lane[2], 12) + Rotl(s->lane[3], 18);
  h ^= s->words * kMulA;
  h ^= h >> 31;
  h *= kMulB;
  h ^= h >> 29;
  h *= kMulA;
  h ^= h >> 32;
  return Big(info.Env(), h);
}

}  // namespace

void InitHashOps(Napi::Env env, Napi::Object exports) {
  exports.Set("hash64Update", Napi::Function::New(env, Hash64Update));
  exports.Set("hash64Digest", Napi::Function::New(env, Hash64Digest));
}

}  // namespace amber
