// File times with nanoseconds: what an unlinked file's image keeps (atime, mtime) and
// gives back. Node's fs rounds times through doubles, which loses nanoseconds.
#include "common.h"
#include <fcntl.h>
#include <sys/stat.h>

namespace amber {

#define FD_DETAIL(name) Detail{"fd", Num(env, static_cast<double>(name))}

// fileTimes(fd) -> { atimeSec, atimeNsec, mtimeSec, mtimeNsec } (seconds as bigint).
static Napi::Value FileTimes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  struct stat st;
  if (fstat(static_cast<int>(fd), &st) < 0) return ThrowSys(env, "fstat", errno, {FD_DETAIL(fd)});
  Napi::Object o = Napi::Object::New(env);
  o.Set("atimeSec", Napi::BigInt::New(env, static_cast<int64_t>(st.st_atim.tv_sec)));
  o.Set("atimeNsec", Num(env, static_cast<double>(st.st_atim.tv_nsec)));
  o.Set("mtimeSec", Napi::BigInt::New(env, static_cast<int64_t>(st.st_mtim.tv_sec)));
  o.Set("mtimeNsec", Num(env, static_cast<double>(st.st_mtim.tv_nsec)));
  return o;
}

// futimens(fd, atimeSec, atimeNsec, mtimeSec, mtimeNsec).
static Napi::Value Futimens(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, asec);
  AMBER_INT(2, ansec);
  AMBER_INT(3, msec);
  AMBER_INT(4, mnsec);
  if (ansec < 0 || ansec >= 1000000000 || mnsec < 0 || mnsec >= 1000000000) return ThrowArg(env, "futimens: nanoseconds out of range");
  struct timespec ts[2];
  ts[0].tv_sec = asec;
  ts[0].tv_nsec = ansec;
  ts[1].tv_sec = msec;
  ts[1].tv_nsec = mnsec;
  if (futimens(static_cast<int>(fd), ts) < 0) return ThrowSys(env, "futimens", errno, {FD_DETAIL(fd)});
  return env.Undefined();
}

void InitFileTimes(Napi::Env env, Napi::Object exports) {
  exports.Set("fileTimes", Napi::Function::New(env, FileTimes));
  exports.Set("futimens", Napi::Function::New(env, Futimens));
}

}  // namespace amber
