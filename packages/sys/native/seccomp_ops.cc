// Reading a thread's seccomp filters from outside (ptrace), for dump. Root only
// (CAP_SYS_ADMIN); the thread must be stopped under ptrace.
#include "common.h"
#include <linux/filter.h>
#include <linux/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PTRACE_SECCOMP_GET_FILTER
#define PTRACE_SECCOMP_GET_FILTER 0x420c
#endif
#ifndef PTRACE_SECCOMP_GET_METADATA
#define PTRACE_SECCOMP_GET_METADATA 0x420d
#endif

namespace amber {

static long Ptrace(long req, pid_t pid, void* addr, void* data) { return syscall(SYS_ptrace, req, pid, addr, data); }

// PTRACE_SECCOMP_GET_FILTER: the BPF program of filter `index` (0 is the newest), as raw
// struct sock_filter bytes (8 per instruction).
static Napi::Value GetFilter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, index);
  long n = Ptrace(PTRACE_SECCOMP_GET_FILTER, static_cast<pid_t>(pid), reinterpret_cast<void*>(index), nullptr);
  if (n < 0) return ThrowSys(env, "ptrace(PTRACE_SECCOMP_GET_FILTER)", errno, {Detail{"pid", Num(env, static_cast<double>(pid))}});
  std::vector<struct sock_filter> prog(static_cast<size_t>(n));
  long m = Ptrace(PTRACE_SECCOMP_GET_FILTER, static_cast<pid_t>(pid), reinterpret_cast<void*>(index), prog.data());
  if (m < 0) return ThrowSys(env, "ptrace(PTRACE_SECCOMP_GET_FILTER)", errno, {Detail{"pid", Num(env, static_cast<double>(pid))}});
  if (m != n) return ThrowArg(env, "PTRACE_SECCOMP_GET_FILTER: the filter changed size between two calls");
  return Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<uint8_t*>(prog.data()), prog.size() * sizeof(struct sock_filter));
}

// PTRACE_SECCOMP_GET_METADATA: the SECCOMP_FILTER_FLAG_* (LOG...) filter `index` was installed with.
static Napi::Value GetMetadata(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, index);
  struct {
    uint64_t filter_off;
    uint64_t flags;
  } md = {static_cast<uint64_t>(index), 0};
  if (Ptrace(PTRACE_SECCOMP_GET_METADATA, static_cast<pid_t>(pid), reinterpret_cast<void*>(sizeof(md)), &md) < 0)
    return ThrowSys(env, "ptrace(PTRACE_SECCOMP_GET_METADATA)", errno, {Detail{"pid", Num(env, static_cast<double>(pid))}});
  return Num(env, static_cast<double>(md.flags));
}

void InitSeccompOps(Napi::Env env, Napi::Object exports) {
  exports.Set("ptraceSeccompGetFilter", Napi::Function::New(env, GetFilter));
  exports.Set("ptraceSeccompGetMetadata", Napi::Function::New(env, GetMetadata));
}

}  // namespace amber
