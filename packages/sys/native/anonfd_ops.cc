// Syscalls for the event-like fds of @amber/eventfds: signalfd, timerfd (with the
// TFD_IOC_SET_TICKS ioctl that re-creates unread expirations), inotify, open_by_handle_at
// and clock_gettime for any clock. Thin wrappers; policy lives in TypeScript.
#include "common.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include <cstring>

#ifndef TFD_IOC_SET_TICKS
#define TFD_IOC_SET_TICKS _IOW('T', 0, uint64_t)
#endif

namespace amber {

// signalfd(-1, mask, flags): bit N-1 of mask is signal N (the kernel's sigset_t layout).
static Napi::Value Signalfd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_U64(0, mask);
  AMBER_INT(1, flags);
  uint64_t kmask = mask;
  // The raw syscall takes the kernel's 8-byte sigset; glibc's wrapper would need a sigset_t.
  long r = syscall(SYS_signalfd4, -1, &kmask, sizeof(kmask), static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "signalfd4", errno);
  return Num(env, static_cast<double>(r));
}

static Napi::Value TimerfdCreate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, clockid);
  AMBER_INT(1, flags);
  int r = timerfd_create(static_cast<int>(clockid), static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "timerfd_create", errno, {{"clockid", Num(env, static_cast<double>(clockid))}});
  return Num(env, r);
}

static Napi::Value SpecOf(Napi::Env env, const struct timespec& ts) {
  return Big(env, static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec));
}

static struct timespec NsToSpec(uint64_t ns) {
  struct timespec ts;
  ts.tv_sec = static_cast<time_t>(ns / 1000000000ull);
  ts.tv_nsec = static_cast<long>(ns % 1000000000ull);
  return ts;
}

// timerfd_settime(fd, flags, {interval, value}) with both in nanoseconds (bigint).
static Napi::Value TimerfdSettime(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, flags);
  AMBER_U64(2, valueNs);
  AMBER_U64(3, intervalNs);
  struct itimerspec its;
  its.it_value = NsToSpec(valueNs);
  its.it_interval = NsToSpec(intervalNs);
  if (timerfd_settime(static_cast<int>(fd), static_cast<int>(flags), &its, nullptr) < 0)
    return ThrowSys(env, "timerfd_settime", errno, {{"fd", Num(env, static_cast<double>(fd))}});
  return env.Undefined();
}

// timerfd_gettime: {value, interval} in nanoseconds (value: time to the next expiry).
static Napi::Value TimerfdGettime(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  struct itimerspec its;
  if (timerfd_gettime(static_cast<int>(fd), &its) < 0)
    return ThrowSys(env, "timerfd_gettime", errno, {{"fd", Num(env, static_cast<double>(fd))}});
  Napi::Object o = Napi::Object::New(env);
  o.Set("value", SpecOf(env, its.it_value));
  o.Set("interval", SpecOf(env, its.it_interval));
  return o;
}

// ioctl(TFD_IOC_SET_TICKS): sets the count of expirations a read returns (CONFIG_CHECKPOINT_RESTORE).
static Napi::Value TimerfdSetTicks(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_U64(1, ticks);
  uint64_t t = ticks;
  if (ioctl(static_cast<int>(fd), TFD_IOC_SET_TICKS, &t) < 0)
    return ThrowSys(env, "ioctl(TFD_IOC_SET_TICKS)", errno, {{"fd", Num(env, static_cast<double>(fd))}});
  return env.Undefined();
}

static Napi::Value ClockGettime(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, clockid);
  struct timespec ts;
  if (clock_gettime(static_cast<clockid_t>(clockid), &ts) < 0)
    return ThrowSys(env, "clock_gettime", errno, {{"clockid", Num(env, static_cast<double>(clockid))}});
  return SpecOf(env, ts);
}

static Napi::Value InotifyInit1(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, flags);
  int r = inotify_init1(static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "inotify_init1", errno);
  return Num(env, r);
}

static Napi::Value InotifyAddWatch(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_STR(1, path);
  AMBER_INT(2, mask);
  int r = inotify_add_watch(static_cast<int>(fd), path.c_str(), static_cast<uint32_t>(mask));
  if (r < 0) return ThrowSys(env, "inotify_add_watch", errno, {{"path", Str(env, path)}});
  return Num(env, r);
}

static Napi::Value InotifyRmWatch(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, wd);
  if (inotify_rm_watch(static_cast<int>(fd), static_cast<int>(wd)) < 0) return ThrowSys(env, "inotify_rm_watch", errno);
  return env.Undefined();
}

// open_by_handle_at(mountFd, {handle_bytes, handle_type, f_handle}, flags) (CAP_DAC_READ_SEARCH).
static Napi::Value OpenByHandleAt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, mountFd);
  AMBER_INT(1, type);
  AMBER_BUF(2, data, len);
  AMBER_INT(3, flags);
  if (len > MAX_HANDLE_SZ) return ThrowArg(env, "open_by_handle_at: handle longer than MAX_HANDLE_SZ");
  std::vector<uint8_t> mem(sizeof(struct file_handle) + MAX_HANDLE_SZ);
  auto* fh = reinterpret_cast<struct file_handle*>(mem.data());
  fh->handle_bytes = static_cast<unsigned>(len);
  fh->handle_type = static_cast<int>(type);
  std::memcpy(fh->f_handle, data, len);
  int r = open_by_handle_at(static_cast<int>(mountFd), fh, static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "open_by_handle_at", errno);
  return Num(env, r);
}

// ioctl(FIONREAD): bytes queued for reading (inotify: events not yet read), without reading.
static Napi::Value Fionread(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  int n = 0;
  if (ioctl(static_cast<int>(fd), FIONREAD, &n) < 0) return ThrowSys(env, "ioctl(FIONREAD)", errno, {{"fd", Num(env, static_cast<double>(fd))}});
  return Num(env, n);
}

void InitAnonfdOps(Napi::Env env, Napi::Object exports) {
  exports.Set("signalfd", Napi::Function::New(env, Signalfd));
  exports.Set("timerfdCreate", Napi::Function::New(env, TimerfdCreate));
  exports.Set("timerfdSettime", Napi::Function::New(env, TimerfdSettime));
  exports.Set("timerfdGettime", Napi::Function::New(env, TimerfdGettime));
  exports.Set("timerfdSetTicks", Napi::Function::New(env, TimerfdSetTicks));
  exports.Set("clockGettime", Napi::Function::New(env, ClockGettime));
  exports.Set("inotifyInit1", Napi::Function::New(env, InotifyInit1));
  exports.Set("inotifyAddWatch", Napi::Function::New(env, InotifyAddWatch));
  exports.Set("inotifyRmWatch", Napi::Function::New(env, InotifyRmWatch));
  exports.Set("fionread", Napi::Function::New(env, Fionread));
  exports.Set("openByHandleAt", Napi::Function::New(env, OpenByHandleAt));
}

}  // namespace amber
