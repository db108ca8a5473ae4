// Memory-scanning and durability syscalls: PAGEMAP_SCAN (Linux 6.7+) finds runs of pages
// by category in the kernel, so no per-page work is left to JavaScript; sync_file_range
// starts writeback of image data while the dump goes on.
#include "common.h"
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <cstring>

namespace amber {

// The kernel's uapi (linux/fs.h, 6.7+); Debian 12's headers predate it.
struct PmScanArg {
  uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages, category_inverted, category_mask, category_anyof_mask, return_mask;
};
struct PageRegion {
  uint64_t start, end, categories;
};
static const unsigned long kPagemapScan = _IOWR('f', 16, PmScanArg);

// pagemapScan(fd, start, end, { mask, inverted, anyof, returnMask, flags, maxRegions, maxPages })
//   -> { regions: BigUint64Array [start, end, categories]*, walkEnd: bigint }
// One ioctl: at most maxRegions regions; walkEnd < end means call again from walkEnd.
static Napi::Value PagemapScan(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_U64(1, start);
  AMBER_U64(2, end);
  if (!info[3].IsObject()) return ThrowArg(env, "pagemapScan: options object expected");
  Napi::Object o = info[3].As<Napi::Object>();
  auto u64 = [&](const char* key, uint64_t dflt) -> uint64_t {
    Napi::Value v = o.Get(key);
    if (v.IsBigInt()) {
      bool lossless;
      return v.As<Napi::BigInt>().Uint64Value(&lossless);
    }
    if (v.IsNumber()) return static_cast<uint64_t>(v.As<Napi::Number>().Int64Value());
    return dflt;
  };
  uint64_t maxRegions = u64("maxRegions", 4096);
  if (maxRegions == 0 || maxRegions > (1u << 20)) return ThrowArg(env, "pagemapScan: maxRegions out of range");
  std::vector<PageRegion> vec(maxRegions);
  PmScanArg arg;
  memset(&arg, 0, sizeof(arg));
  arg.size = sizeof(arg);
  arg.flags = u64("flags", 0);
  arg.start = start;
  arg.end = end;
  arg.vec = reinterpret_cast<uint64_t>(vec.data());
  arg.vec_len = maxRegions;
  arg.max_pages = u64("maxPages", 0);
  arg.category_inverted = u64("inverted", 0);
  arg.category_mask = u64("mask", 0);
  arg.category_anyof_mask = u64("anyof", 0);
  arg.return_mask = u64("returnMask", 0);
  long n;
  do n = ioctl(static_cast<int>(fd), kPagemapScan, &arg); while (n < 0 && errno == EINTR);
  if (n < 0) return ThrowSys(env, "ioctl(PAGEMAP_SCAN)", errno, {{"fd", Num(env, fd)}, {"start", Big(env, start)}});
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env, static_cast<size_t>(n) * sizeof(PageRegion));
  if (n > 0) memcpy(ab.Data(), vec.data(), static_cast<size_t>(n) * sizeof(PageRegion));
  Napi::Object out = Napi::Object::New(env);
  out.Set("regions", Napi::TypedArrayOf<uint64_t>::New(env, static_cast<size_t>(n) * 3, ab, 0, napi_biguint64_array));
  out.Set("walkEnd", Big(env, arg.walk_end));
  return out;
}

// syncFileRange(fd, offset, nbytes, flags): starts (or waits for) writeback of a range.
static Napi::Value SyncFileRange(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, offset);
  AMBER_INT(2, nbytes);
  AMBER_INT(3, flags);
  if (sync_file_range(static_cast<int>(fd), offset, nbytes, static_cast<unsigned int>(flags)) < 0)
    return ThrowSys(env, "sync_file_range", errno, {{"fd", Num(env, fd)}});
  return env.Undefined();
}

// syncfs(fd): makes everything written on fd's filesystem durable, one journal commit
// for many files instead of an fsync each.
static Napi::Value Syncfs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  if (syncfs(static_cast<int>(fd)) < 0) return ThrowSys(env, "syncfs", errno, {{"fd", Num(env, fd)}});
  return env.Undefined();
}

void InitMemOps(Napi::Env env, Napi::Object exports) {
  exports.Set("pagemapScan", Napi::Function::New(env, PagemapScan));
  exports.Set("syncFileRange", Napi::Function::New(env, SyncFileRange));
  exports.Set("syncfs", Napi::Function::New(env, Syncfs));
}

}  // namespace amber
