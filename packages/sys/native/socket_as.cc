// Socket calls made by a short-lived helper process with a chosen pid, uid and gid, so
// that the kernel records those as the socket's peer credentials (SO_PEERCRED is taken
// from the task that calls socketpair(), connect() or listen()). The helper is made with
// clone3(CLONE_FILES | CLONE_VFORK, set_tid = pid): it shares our fd table, so the
// sockets it makes or connects are ours; it only makes raw syscalls, then exits, and is
// reaped here before returning. Needs CAP_SYS_ADMIN (set_tid) and a free pid.
#include "common.h"
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstring>
#include <cerrno>

namespace amber {

enum AsOp { AS_SOCKETPAIR = 1, AS_CONNECT = 2, AS_LISTEN = 3, AS_SOCKETPAIRS = 4 };

// In the helper: the operation, then exit with 0 or the errno.
static void RunOp(int op, long a, long b, long c, const uint8_t* addr, size_t addrLen, uid_t uid, gid_t gid) {
  if (syscall(SYS_setresgid, gid, gid, gid) < 0 || syscall(SYS_setresuid, uid, uid, uid) < 0) syscall(SYS_exit_group, 100 + errno);
  long r = 0;
  if (op == AS_SOCKETPAIR) {
    int sv[2];
    r = syscall(SYS_socketpair, AF_UNIX, static_cast<int>(a) | SOCK_CLOEXEC, 0, sv);
    if (r == 0) {
      // Onto the two fd numbers the caller reserved (our fd table is the caller's).
      if (syscall(SYS_dup3, sv[0], static_cast<int>(b), O_CLOEXEC) < 0 || syscall(SYS_dup3, sv[1], static_cast<int>(c), O_CLOEXEC) < 0) r = -1;
      syscall(SYS_close, sv[0]);
      syscall(SYS_close, sv[1]);
    }
  } else if (op == AS_CONNECT) {
    do r = syscall(SYS_connect, static_cast<int>(a), addr, static_cast<socklen_t>(addrLen)); while (r < 0 && errno == EINTR);
  } else if (op == AS_SOCKETPAIRS) {
    // addr: int32 triples (type, fd a, fd b): many pairs from one helper.
    const int32_t* t = reinterpret_cast<const int32_t*>(addr);
    for (size_t k = 0; k + 3 <= addrLen / 4 && r == 0; k += 3) {
      int sv[2];
      r = syscall(SYS_socketpair, AF_UNIX, t[k] | SOCK_CLOEXEC, 0, sv);
      if (r != 0) break;
      if (syscall(SYS_dup3, sv[0], t[k + 1], O_CLOEXEC) < 0 || syscall(SYS_dup3, sv[1], t[k + 2], O_CLOEXEC) < 0) r = -1;
      syscall(SYS_close, sv[0]);
      syscall(SYS_close, sv[1]);
    }
  } else if (op == AS_LISTEN) {
    r = syscall(SYS_listen, static_cast<int>(a), static_cast<int>(b));
  }
  syscall(SYS_exit_group, r < 0 ? (errno & 0x7f) : 0);
}

// socketAs(pid, uid, gid, op, a, b, c, addr | null) -> undefined; throws SysError.
//   op 1: socketpair(AF_UNIX, a) onto fds b and c (both must be open: they are replaced)
//   op 2: connect(a, addr)      op 3: listen(a, b)
//   op 4: many socketpairs: addr holds int32 triples (type, fd a, fd b)
static Napi::Value SocketAs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, uid);
  AMBER_INT(2, gid);
  AMBER_INT(3, op);
  AMBER_INT(4, a);
  AMBER_INT(5, b);
  AMBER_INT(6, c);
  uint8_t* addr = nullptr;
  size_t addrLen = 0;
  if (info.Length() > 7 && !info[7].IsNull() && !info[7].IsUndefined() && !ArgBuf(info, 7, &addr, &addrLen)) return env.Undefined();
  if (op < AS_SOCKETPAIR || op > AS_SOCKETPAIRS) return ThrowArg(env, "socketAs: op must be 1 (socketpair), 2 (connect), 3 (listen) or 4 (socketpairs)");
  pid_t want = static_cast<pid_t>(pid);
  struct clone_args args;
  memset(&args, 0, sizeof(args));
  args.flags = CLONE_FILES | CLONE_VFORK;
  args.exit_signal = SIGCHLD;
  args.set_tid = reinterpret_cast<uint64_t>(&want);
  args.set_tid_size = 1;
  long child = syscall(SYS_clone3, &args, sizeof(args));
  if (child == 0) {
    RunOp(static_cast<int>(op), static_cast<long>(a), static_cast<long>(b), static_cast<long>(c), addr, addrLen, static_cast<uid_t>(uid), static_cast<gid_t>(gid));
    syscall(SYS_exit_group, 127);
  }
  if (child < 0) return ThrowSys(env, "clone3", errno, {Detail{"pid", Num(env, static_cast<double>(pid))}});
  int status = 0;
  pid_t w;
  do w = waitpid(static_cast<pid_t>(child), &status, __WALL); while (w < 0 && errno == EINTR);
  if (w < 0) return ThrowSys(env, "waitpid", errno, {Detail{"pid", Num(env, static_cast<double>(child))}});
  if (!WIFEXITED(status)) return ThrowSys(env, "socketAs", EIO, {Detail{"pid", Num(env, static_cast<double>(pid))}});
  int code = WEXITSTATUS(status);
  if (code == 0) return env.Undefined();
 const char* what = code >= 100 ? "setresuid" : op == AS_SOCKETPAIR || op == AS_SOCKETPAIRS ? "socketpair" : op == AS_CONNECT ? "connect" : "listen";
  return ThrowSys(env, what, code >= 100 ? code - 100 : code, {Detail{"pid", Num(env, static_cast<double>(pid))}});
}

void InitSocketAs(Napi::Env env, Napi::Object exports) {
  exports.Set("socketAs", Napi::Function::New(env, SocketAs));
}

}  // namespace amber
