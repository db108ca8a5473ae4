// Opening and checking paths with another task's credentials (the privilege rule of
// restore: an image can only give a task what its own credentials could get).
//
// Linux keeps credentials per thread, and the raw setfsuid/setfsgid/setgroups/capset
// syscalls (not glibc's wrappers, which broadcast to every thread) change only the
// calling thread. So one synchronous call takes the task's filesystem ids, groups and
// effective capabilities on this thread alone, does the one open or access check, and
// puts the thread's own credentials back before returning: no JS runs in between, and
// no other thread (libuv's pool) ever sees them. A thread that cannot get its own
// credentials back aborts the process rather than run on with someone else's.
#include "common.h"
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <cstdio>

namespace amber {

namespace {

struct TaskCreds {
  uint32_t fsuid;
  uint32_t fsgid;
  std::vector<gid_t> groups;
  uint64_t capEff;
};

struct SavedCreds {
  uint32_t fsuid;
  uint32_t fsgid;
  std::vector<gid_t> groups;
  __user_cap_data_struct caps[2];
  bool groupsChanged = false;
};

long CurrentGroups(std::vector<gid_t>* out) {
  long n = syscall(SYS_getgroups, 0, nullptr);
  if (n < 0) return -errno;
  out->resize(static_cast<size_t>(n));
  if (n > 0 && syscall(SYS_getgroups, n, out->data()) < 0) return -errno;
  return 0;
}

bool SameGroups(std::vector<gid_t> a, std::vector<gid_t> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

void Restore(const SavedCreds& s) {
  __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
  bool ok = syscall(SYS_capset, &hdr, s.caps) == 0;
  syscall(SYS_setfsuid, s.fsuid);
  syscall(SYS_setfsgid, s.fsgid);
  ok = ok && static_cast<uint32_t>(syscall(SYS_setfsuid, -1)) == s.fsuid && static_cast<uint32_t>(syscall(SYS_setfsgid, -1)) == s.fsgid;
  if (s.groupsChanged) ok = ok && syscall(SYS_setgroups, s.groups.size(), s.groups.data()) == 0;
  if (!ok) {
    fprintf(stderr, "amber: cannot take back this thread's own credentials after acting as a restored task; aborting\n");
    abort();
  }
}

// Takes the task's credentials on this thread; returns 0 or -errno (nothing changed then).
long Enter(const TaskCreds& c, SavedCreds* s) {
  __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
  if (syscall(SYS_capget, &hdr, s->caps) < 0) return -errno;
  long r = CurrentGroups(&s->groups);
  if (r < 0) return r;
  s->fsuid = static_cast<uint32_t>(syscall(SYS_setfsuid, -1));
  s->fsgid = static_cast<uint32_t>(syscall(SYS_setfsgid, -1));
  if (!SameGroups(s->groups, c.groups)) {
    if (syscall(SYS_setgroups, c.groups.size(), c.groups.data()) < 0) return -errno;
    s->groupsChanged = true;
  }
  syscall(SYS_setfsgid, c.fsgid);
  syscall(SYS_setfsuid, c.fsuid);
  if (static_cast<uint32_t>(syscall(SYS_setfsgid, -1)) != c.fsgid || static_cast<uint32_t>(syscall(SYS_setfsuid, -1)) != c.fsuid) {
    Restore(*s);
    return -EPERM;
  }
  // Effective capabilities: the task's, never more than this thread may hold.
  __user_cap_data_struct want[2] = {s->caps[0], s->caps[1]};
  uint64_t prm = static_cast<uint64_t>(s->caps[0].permitted) | (static_cast<uint64_t>(s->caps[1].permitted) << 32);
  uint64_t eff = c.capEff & prm;
  want[0].effective = static_cast<uint32_t>(eff);
  want[1].effective = static_cast<uint32_t>(eff >> 32);
  if (syscall(SYS_capset, &hdr, want) < 0) {
    long e = -errno;
    Restore(*s);
    return e;
  }
  return 0;
}

bool ArgCreds(const Napi::CallbackInfo& info, size_t i, TaskCreds* out) {
  Napi::Env env = info.Env();
  if (info.Length() <= i || !info[i].IsObject()) {
    ThrowArg(env, "credentials must be an object { fsuid, fsgid, groups, capEff }");
    return false;
  }
  Napi::Object o = info[i].As<Napi::Object>();
  Napi::Value uid = o.Get("fsuid"), gid = o.Get("fsgid"), groups = o.Get("groups"), cap = o.Get("capEff");
  if (!uid.IsNumber() || !gid.IsNumber() || !groups.IsArray() || !cap.IsBigInt()) {
    ThrowArg(env, "credentials: fsuid and fsgid numbers, groups an array, capEff a bigint");
    return false;
  }
  out->fsuid = uid.As<Napi::Number>().Uint32Value();
  out->fsgid = gid.As<Napi::Number>().Uint32Value();
  Napi::Array g = groups.As<Napi::Array>();
  if (g.Length() > 65536) {
    ThrowArg(env, "credentials: more than 65536 groups");
    return false;
  }
  for (uint32_t k = 0; k < g.Length(); k++) {
    Napi::Value v = g.Get(k);
    if (!v.IsNumber()) {
      ThrowArg(env, "credentials: groups must be numbers");
      return false;
    }
    out->groups.push_back(v.As<Napi::Number>().Uint32Value());
  }
  bool lossless = true;
  out->capEff = cap.As<Napi::BigInt>().Uint64Value(&lossless);
  return true;
}

Napi::Value CredsDetail(Napi::Env env, const TaskCreds& c) { return Num(env, c.fsuid); }

// openAs(path, flags, mode, creds) -> fd
Napi::Value OpenAs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, path);
  AMBER_INT(1, flags);
  AMBER_INT(2, mode);
  TaskCreds c;
  if (!ArgCreds(info, 3, &c)) return env.Undefined();
  SavedCreds s;
  long r = Enter(c, &s);
  if (r < 0) return ThrowSys(env, "setfsuid", static_cast<int>(-r), {{"path", Str(env, path)}, {"uid", CredsDetail(env, c)}});
  int fd = open(path.c_str(), static_cast<int>(flags), static_cast<mode_t>(mode));
  int err = errno;
  Restore(s);
  if (fd < 0) return ThrowSys(env, "open", err, {{"path", Str(env, path)}, {"flags", Num(env, flags)}, {"uid", CredsDetail(env, c)}});
  return Num(env, fd);
}

// accessAs(path, mode, creds): faccessat2(AT_EACCESS) with the task's credentials.
Napi::Value AccessAs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, path);
  AMBER_INT(1, mode);
  TaskCreds c;
  if (!ArgCreds(info, 2, &c)) return env.Undefined();
  SavedCreds s;
  long r = Enter(c, &s);
  if (r < 0) return ThrowSys(env, "setfsuid", static_cast<int>(-r), {{"path", Str(env, path)}, {"uid", CredsDetail(env, c)}});
  long a = syscall(SYS_faccessat2, AT_FDCWD, path.c_str(), static_cast<int>(mode), AT_EACCESS);
  int err = errno;
  Restore(s);
  if (a < 0) return ThrowSys(env, "faccessat2", err, {{"path", Str(env, path)}, {"mode", Num(env, mode)}, {"uid", CredsDetail(env, c)}});
  return env.Undefined();
}

}  // namespace

void InitCredsOps(Napi::Env env, Napi::Object exports) {
  exports.Set("openAs", Napi::Function::New(env, OpenAs));
  exports.Set("accessAs", Napi::Function::New(env, AccessAs));
}

}  // namespace amber
