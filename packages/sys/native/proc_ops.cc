// Process-level syscalls: pidfds, kcmp, cross-process memory, signals, waits, limits.
#include "common.h"
#include <linux/kcmp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

namespace amber {

#define PID_DETAIL(name) Detail{"pid", Num(env, static_cast<double>(name))}

static Napi::Value PidfdOpen(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, flags);
  long r = syscall(SYS_pidfd_open, static_cast<pid_t>(pid), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "pidfd_open", errno, {PID_DETAIL(pid)});
  return Num(env, static_cast<double>(r));
}

static Napi::Value PidfdGetfd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pidfd);
  AMBER_INT(1, targetfd);
  AMBER_INT(2, flags);
  long r = syscall(SYS_pidfd_getfd, static_cast<int>(pidfd), static_cast<int>(targetfd), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "pidfd_getfd", errno, {{"pidfd", Num(env, pidfd)}, {"fd", Num(env, targetfd)}});
  return Num(env, static_cast<double>(r));
}

// kcmp(pid1, pid2, type, idx1, idx2) -> 0 equal, 1 less, 2 greater, 3 not equal (unordered).
static Napi::Value Kcmp(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid1);
  AMBER_INT(1, pid2);
  AMBER_INT(2, type);
  AMBER_INT(3, idx1);
  AMBER_INT(4, idx2);
  long r = syscall(SYS_kcmp, static_cast<pid_t>(pid1), static_cast<pid_t>(pid2), static_cast<int>(type),
                   static_cast<unsigned long>(idx1), static_cast<unsigned long>(idx2));
  if (r < 0)
    return ThrowSys(env, "kcmp", errno, {{"pid1", Num(env, pid1)}, {"pid2", Num(env, pid2)}, {"type", Num(env, type)},
                                         {"idx1", Num(env, idx1)}, {"idx2", Num(env, idx2)}});
  return Num(env, static_cast<double>(r));
}

// KCMP_EPOLL_TFD: is file fd1 of pid1 the target registered as (tfd, toff) in epoll efd of pid2?
static Napi::Value KcmpEpollTfd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid1);
  AMBER_INT(1, fd1);
  AMBER_INT(2, pid2);
  AMBER_INT(3, efd);
  AMBER_INT(4, tfd);
  AMBER_INT(5, toff);
  struct kcmp_epoll_slot slot = {static_cast<__u32>(efd), static_cast<__u32>(tfd), static_cast<__u32>(toff)};
  long r = syscall(SYS_kcmp, static_cast<pid_t>(pid1), static_cast<pid_t>(pid2), KCMP_EPOLL_TFD,
                   static_cast<unsigned long>(fd1), reinterpret_cast<unsigned long>(&slot));
  if (r < 0)
    return ThrowSys(env, "kcmp", errno, {{"pid1", Num(env, pid1)}, {"fd", Num(env, fd1)}, {"pid2", Num(env, pid2)},
                                         {"epfd", Num(env, efd)}, {"tfd", Num(env, tfd)}});
  return Num(env, static_cast<double>(r));
}

// Local side: one Buffer or an array of Buffers. Remote side: array of [address, length].
static bool BuildIovs(const Napi::CallbackInfo& info, std::vector<struct iovec>* local, std::vector<struct iovec>* remote) {
  Napi::Env env = info.Env();
  auto addLocal = [&](Napi::Value v) {
    if (!v.IsTypedArray()) return false;
    Napi::TypedArray ta = v.As<Napi::TypedArray>();
    local->push_back({static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset(), ta.ByteLength()});
    return true;
  };
  bool ok = info.Length() > 2;
  if (ok && info[1].IsArray()) {
    Napi::Array a = info[1].As<Napi::Array>();
    for (uint32_t k = 0; ok && k < a.Length(); k++) ok = addLocal(a.Get(k));
  } else if (ok) {
    ok = addLocal(info[1]);
  }
  if (!ok) {
    ThrowArg(env, "local side must be a Buffer or an array of Buffers");
    return false;
  }
  if (!info[2].IsArray()) {
    ThrowArg(env, "remote side must be an array of [address, length] pairs");
    return false;
  }
  Napi::Array r = info[2].As<Napi::Array>();
  for (uint32_t k = 0; k < r.Length(); k++) {
    Napi::Value pair = r.Get(k);
    if (!pair.IsArray() || pair.As<Napi::Array>().Length() != 2) {
      ThrowArg(env, "remote side must be an array of [address, length] pairs");
      return false;
    }
    Napi::Value a = pair.As<Napi::Array>().Get(0u);
    Napi::Value l = pair.As<Napi::Array>().Get(1u);
    uint64_t addr;
    if (a.IsBigInt()) {
      bool lossless;
      addr = a.As<Napi::BigInt>().Uint64Value(&lossless);
    } else if (a.IsNumber()) {
      addr = static_cast<uint64_t>(a.As<Napi::Number>().DoubleValue());
    } else {
      ThrowArg(env, "remote address must be a bigint or number");
      return false;
    }
    if (!l.IsNumber()) {
      ThrowArg(env, "remote length must be a number");
      return false;
    }
    remote->push_back({reinterpret_cast<void*>(addr), static_cast<size_t>(l.As<Napi::Number>().Int64Value())});
  }
  return true;
}

static Napi::Value ProcessVm(const Napi::CallbackInfo& info, bool write) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  std::vector<struct iovec> local, remote;
  if (!BuildIovs(info, &local, &remote)) return env.Undefined();
  ssize_t r = write ? process_vm_writev(static_cast<pid_t>(pid), local.data(), local.size(), remote.data(), remote.size(), 0)
                    : process_vm_readv(static_cast<pid_t>(pid), local.data(), local.size(), remote.data(), remote.size(), 0);
  if (r < 0) {
    uint64_t first = remote.empty() ? 0 : reinterpret_cast<uint64_t>(remote[0].iov_base);
    return ThrowSys(env, write ? "process_vm_writev" : "process_vm_readv", errno, {PID_DETAIL(pid), {"address", Big(env, first)}});
  }
  return Num(env, static_cast<double>(r));
}

static Napi::Value ProcessVmReadv(const Napi::CallbackInfo& info) { return ProcessVm(info, false); }
static Napi::Value ProcessVmWritev(const Napi::CallbackInfo& info) { return ProcessVm(info, true); }

static Napi::Value Kill(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, sig);
  if (kill(static_cast<pid_t>(pid), static_cast<int>(sig)) < 0) return ThrowSys(env, "kill", errno, {PID_DETAIL(pid), {"signal", Num(env, sig)}});
  return env.Undefined();
}

static Napi::Value Tgkill(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, tgid);
  AMBER_INT(1, tid);
  AMBER_INT(2, sig);
  if (syscall(SYS_tgkill, static_cast<pid_t>(tgid), static_cast<pid_t>(tid), static_cast<int>(sig)) < 0)
    return ThrowSys(env, "tgkill", errno, {PID_DETAIL(tgid), {"tid", Num(env, tid)}, {"signal", Num(env, sig)}});
  return env.Undefined();
}

// waitpid on one pid only (never -1: Node reaps its own children). Returns { pid, status };
// pid 0 means WNOHANG found nothing.
static Napi::Value Waitpid(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, options);
  if (pid <= 0) return ThrowArg(env, "waitpid takes one specific pid (> 0)");
  int status = 0;
  pid_t r;
  do r = waitpid(static_cast<pid_t>(pid), &status, static_cast<int>(options)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "waitpid", errno, {PID_DETAIL(pid)});
  Napi::Object o = Napi::Object::New(env);
  o.Set("pid", Num(env, r));
  o.Set("status", Num(env, status));
  return o;
}

// The same wait on a libuv worker thread, for children that are not ptraced (ptrace
// waits must stay on the tracing thread).
class WaitWorker : public Napi::AsyncWorker {
 public:
  WaitWorker(Napi::Env env, pid_t pid, int options)
      : Napi::AsyncWorker(env), pid_(pid), options_(options), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    do result_ = waitpid(pid_, &status_, options_); while (result_ < 0 && errno == EINTR);
    err_ = result_ < 0 ? errno : 0;
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (err_ != 0) {
      Napi::HandleScope scope(env);
      ThrowSys(env, "waitpid", err_, {{"pid", Num(env, pid_)}});
      Napi::Value e = env.GetAndClearPendingException().Value();
      deferred_.Reject(e);
      return;
    }
    Napi::Object o = Napi::Object::New(env);
    o.Set("pid", Num(env, result_));
    o.Set("status", Num(env, status_));
    deferred_.Resolve(o);
  }

 private:
  pid_t pid_;
  int options_;
  int status_ = 0;
  pid_t result_ = 0;
  int err_ = 0;
  Napi::Promise::Deferred deferred_;
};

static Napi::Value WaitpidAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, options);
  if (pid <= 0) return ThrowArg(env, "waitpid takes one specific pid (> 0)");
  auto* w = new WaitWorker(env, static_cast<pid_t>(pid), static_cast<int>(options));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

static uint64_t RlimToU64(rlim_t v) { return v == RLIM_INFINITY ? ~0ull : static_cast<uint64_t>(v); }
static rlim_t U64ToRlim(uint64_t v) { return v == ~0ull ? RLIM_INFINITY : static_cast<rlim_t>(v); }

// prlimit(pid, resource[, cur, max]) -> { cur, max } (the old values); bigint, 2^64-1 = infinity.
static Napi::Value Prlimit(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, resource);
  struct rlimit old, nw;
  struct rlimit* np = nullptr;
  if (info.Length() > 3 && !info[2].IsUndefined()) {
    AMBER_U64(2, cur);
    AMBER_U64(3, max);
    nw.rlim_cur = U64ToRlim(cur);
    nw.rlim_max = U64ToRlim(max);
    np = &nw;
  }
  if (prlimit(static_cast<pid_t>(pid), static_cast<__rlimit_resource>(resource), np, &old) < 0)
    return ThrowSys(env, "prlimit", errno, {PID_DETAIL(pid), {"resource", Num(env, resource)}});
  Napi::Object o = Napi::Object::New(env);
  o.Set("cur", Big(env, RlimToU64(old.rlim_cur)));
  o.Set("max", Big(env, RlimToU64(old.rlim_max)));
  return o;
}

static Napi::Value Prctl(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, option);
  uint64_t a[4] = {0, 0, 0, 0};
  for (size_t k = 0; k < 4; k++)
    if (info.Length() > k + 1 && !ArgU64(info, k + 1, &a[k])) return env.Undefined();
  int r = prctl(static_cast<int>(option), a[0], a[1], a[2], a[3]);
  if (r < 0) return ThrowSys(env, "prctl", errno, {{"option", Num(env, option)}});
  return Num(env, r);
}

static Napi::Value Getpid(const Napi::CallbackInfo& info) { return Num(info.Env(), getpid()); }
static Napi::Value Gettid(const Napi::CallbackInfo& info) { return Num(info.Env(), static_cast<double>(syscall(SYS_gettid))); }

void InitProcOps(Napi::Env env, Napi::Object exports) {
  exports.Set("pidfdOpen", Napi::Function::New(env, PidfdOpen));
  exports.Set("pidfdGetfd", Napi::Function::New(env, PidfdGetfd));
  exports.Set("kcmp", Napi::Function::New(env, Kcmp));
  exports.Set("kcmpEpollTfd", Napi::Function::New(env, KcmpEpollTfd));
  exports.Set("processVmReadv", Napi::Function::New(env, ProcessVmReadv));
  exports.Set("processVmWritev", Napi::Function::New(env, ProcessVmWritev));
  exports.Set("kill", Napi::Function::New(env, Kill));
  exports.Set("tgkill", Napi::Function::New(env, Tgkill));
  exports.Set("waitpid", Napi::Function::New(env, Waitpid));
  exports.Set("waitpidAsync", Napi::Function::New(env, WaitpidAsync));
  exports.Set("prlimit", Napi::Function::New(env, Prlimit));
  exports.Set("prctl", Napi::Function::New(env, Prctl));
  exports.Set("getpid", Napi::Function::New(env, Getpid));
  exports.Set("gettid", Napi::Function::New(env, Gettid));
}

}  // namespace amber
