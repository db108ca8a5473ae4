// Generic socket syscalls for the socket plugins: addresses are raw sockaddr bytes
// (TS builds and parses them), options are raw bytes, so one surface serves unix,
// inet, inet6, netlink and packet sockets alike.
#include "common.h"
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstring>

namespace amber {

#define FD_DETAIL(name) Detail{"fd", Num(env, static_cast<double>(name))}

static Napi::Buffer<uint8_t> Bytes(Napi::Env env, const void* p, size_t n) {
  return Napi::Buffer<uint8_t>::Copy(env, static_cast<const uint8_t*>(p), n);
}

// bind(fd, sockaddr bytes)
static Napi::Value Bind(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, addr, len);
  if (bind(static_cast<int>(fd), reinterpret_cast<sockaddr*>(addr), static_cast<socklen_t>(len)) < 0)
    return ThrowSys(env, "bind", errno, {FD_DETAIL(fd)});
  return env.Undefined();
}

// connect(fd, sockaddr bytes); EINPROGRESS is returned as -EINPROGRESS, not thrown,
// for non-blocking connects (and TCP repair, where connect sends nothing).
static Napi::Value Connect(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, addr, len);
  int r;
  do r = connect(static_cast<int>(fd), reinterpret_cast<sockaddr*>(addr), static_cast<socklen_t>(len));
  while (r < 0 && errno == EINTR);
  if (r < 0 && errno == EINPROGRESS) return Num(env, -EINPROGRESS);
  if (r < 0) return ThrowSys(env, "connect", errno, {FD_DETAIL(fd)});
  return Num(env, 0);
}

static Napi::Value Listen(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, backlog);
  if (listen(static_cast<int>(fd), static_cast<int>(backlog)) < 0)
    return ThrowSys(env, "listen", errno, {FD_DETAIL(fd), {"backlog", Num(env, backlog)}});
  return env.Undefined();
}

// accept4(fd, flags) -> new fd (always O_CLOEXEC added by the TS side's policy)
static Napi::Value Accept4(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, flags);
  int r;
  do r = accept4(static_cast<int>(fd), nullptr, nullptr, static_cast<int>(flags)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "accept4", errno, {FD_DETAIL(fd)});
  return Num(env, r);
}

static Napi::Value Shutdown(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, how);
  if (shutdown(static_cast<int>(fd), static_cast<int>(how)) < 0)
    return ThrowSys(env, "shutdown", errno, {FD_DETAIL(fd), {"how", Num(env, how)}});
  return env.Undefined();
}

// getsockname / getpeername -> sockaddr bytes (as long as the kernel says)
static Napi::Value SockName(const Napi::CallbackInfo& info, bool peer) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  memset(&ss, 0, sizeof(ss));
  int r = peer ? getpeername(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&ss), &len)
               : getsockname(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&ss), &len);
  if (r < 0) return ThrowSys(env, peer ? "getpeername" : "getsockname", errno, {FD_DETAIL(fd)});
  return Bytes(env, &ss, len < sizeof(ss) ? len : sizeof(ss));
}
static Napi::Value Getsockname(const Napi::CallbackInfo& info) { return SockName(info, false); }
static Napi::Value Getpeername(const Napi::CallbackInfo& info) { return SockName(info, true); }

// getsockopt(fd, level, name, maxLen) -> the bytes the kernel wrote
static Napi::Value GetsockoptBytes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, level);
  AMBER_INT(2, name);
  AMBER_INT(3, maxLen);
  if (maxLen < 0 || maxLen > (1 << 20)) return ThrowArg(env, "getsockopt: maxLen out of range");
  std::vector<uint8_t> buf(static_cast<size_t>(maxLen > 0 ? maxLen : 1));
  socklen_t len = static_cast<socklen_t>(maxLen);
  if (getsockopt(static_cast<int>(fd), static_cast<int>(level), static_cast<int>(name), buf.data(), &len) < 0)
    return ThrowSys(env, "getsockopt", errno, {FD_DETAIL(fd), {"level", Num(env, level)}, {"option", Num(env, name)}});
  // The kernel may report more than it wrote (the option's full size): never copy past maxLen.
  size_t got = static_cast<size_t>(len) < static_cast<size_t>(maxLen) ? static_cast<size_t>(len) : static_cast<size_t>(maxLen);
  return Bytes(env, buf.data(), got);
}

// setsockopt(fd, level, name, bytes)
static Napi::Value SetsockoptBytes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, level);
  AMBER_INT(2, name);
  AMBER_BUF(3, data, len);
  if (setsockopt(static_cast<int>(fd), static_cast<int>(level), static_cast<int>(name), data, static_cast<socklen_t>(len)) < 0)
    return ThrowSys(env, "setsockopt", errno, {FD_DETAIL(fd), {"level", Num(env, level)}, {"option", Num(env, name)}});
  return env.Undefined();
}

// sendmsg(fd, data, addr | null, fds, flags) -> bytes sent. fds travel as SCM_RIGHTS.
static Napi::Value SendMsg(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  uint8_t* addr = nullptr;
  size_t addrLen = 0;
  if (!info[2].IsNull() && !info[2].IsUndefined() && !ArgBuf(info, 2, &addr, &addrLen)) return env.Undefined();
  std::vector<int64_t> fds;
  if (!ArgIntArray(info, 3, &fds)) return env.Undefined();
  AMBER_INT(4, flags);
  struct iovec iov = {data, len};
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  msg.msg_name = addr;
  msg.msg_namelen = static_cast<socklen_t>(addrLen);
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  std::vector<char> control(CMSG_SPACE(sizeof(int) * (fds.empty() ? 1 : fds.size())));
  if (!fds.empty()) {
    msg.msg_control = control.data();
    msg.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
    struct cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
    int* out = reinterpret_cast<int*>(CMSG_DATA(c));
    for (size_t k = 0; k < fds.size(); k++) out[k] = static_cast<int>(fds[k]);
  }
  ssize_t r;
  do r = sendmsg(static_cast<int>(fd), &msg, static_cast<int>(flags)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "sendmsg", errno, {FD_DETAIL(fd), {"bytes", Num(env, static_cast<double>(len))}});
  return Num(env, static_cast<double>(r));
}

// recvmsg(fd, buf, flags, maxFds) -> { bytes, fds, msgFlags, addr, cmsgs }
// bytes is what recvmsg returned (with MSG_TRUNC: the real length of a datagram);
// fds come O_CLOEXEC; cmsgs lists every control message other than SCM_RIGHTS as
// { level, type, data } (SCM_CREDENTIALS, SCM_SECURITY...).
static Napi::Value RecvMsg(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  AMBER_INT(2, flags);
  AMBER_INT(3, maxFds);
  if (maxFds < 0 || maxFds > 65536) return ThrowArg(env, "recvmsg: maxFds out of range");
  struct iovec iov = {data, len};
  sockaddr_storage ss;
  memset(&ss, 0, sizeof(ss));
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  msg.msg_name = &ss;
  msg.msg_namelen = sizeof(ss);
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  std::vector<char> control(CMSG_SPACE(sizeof(int) * (maxFds > 0 ? maxFds : 1)) + 1024);
  msg.msg_control = control.data();
  msg.msg_controllen = control.size();
  ssize_t r;
  do r = recvmsg(static_cast<int>(fd), &msg, static_cast<int>(flags) | MSG_CMSG_CLOEXEC); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "recvmsg", errno, {FD_DETAIL(fd)});
  Napi::Array fds = Napi::Array::New(env);
  Napi::Array cmsgs = Napi::Array::New(env);
  uint32_t nf = 0, nc = 0;
  for (struct cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    size_t bytes = c->cmsg_len - CMSG_LEN(0);
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int* in = reinterpret_cast<int*>(CMSG_DATA(c));
      for (size_t k = 0; k < bytes / sizeof(int); k++) fds.Set(nf++, Num(env, in[k]));
      continue;
    }
    Napi::Object o = Napi::Object::New(env);
    o.Set("level", Num(env, c->cmsg_level));
    o.Set("type", Num(env, c->cmsg_type));
    o.Set("data", Bytes(env, CMSG_DATA(c), bytes));
    cmsgs.Set(nc++, o);
  }
  Napi::Object o = Napi::Object::New(env);
  o.Set("bytes", Num(env, static_cast<double>(r)));
  o.Set("fds", fds);
  o.Set("msgFlags", Num(env, msg.msg_flags));
  o.Set("addr", Bytes(env, &ss, msg.msg_namelen < sizeof(ss) ? msg.msg_namelen : sizeof(ss)));
  o.Set("cmsgs", cmsgs);
  return o;
}

// ioctl(fd, request) with an int result argument (SIOCINQ, SIOCOUTQ, SIOCOUTQNSD, FIONREAD...)
static Napi::Value IoctlGetInt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, req);
  int value = 0;
  if (ioctl(static_cast<int>(fd), static_cast<unsigned long>(req), &value) < 0)
    return ThrowSys(env, "ioctl", errno, {FD_DETAIL(fd), {"request", Num(env, static_cast<double>(req))}});
  return Num(env, value);
}

void InitSocketOps(Napi::Env env, Napi::Object exports) {
  exports.Set("bind", Napi::Function::New(env, Bind));
  exports.Set("connect", Napi::Function::New(env, Connect));
  exports.Set("listen", Napi::Function::New(env, Listen));
  exports.Set("accept4", Napi::Function::New(env, Accept4));
  exports.Set("shutdown", Napi::Function::New(env, Shutdown));
  exports.Set("getsockname", Napi::Function::New(env, Getsockname));
  exports.Set("getpeername", Napi::Function::New(env, Getpeername));
  exports.Set("getsockoptBytes", Napi::Function::New(env, GetsockoptBytes));
  exports.Set("setsockoptBytes", Napi::Function::New(env, SetsockoptBytes));
  exports.Set("sendmsg", Napi::Function::New(env, SendMsg));
  exports.Set("recvmsg", Napi::Function::New(env, RecvMsg));
  exports.Set("ioctlGetInt", Napi::Function::New(env, IoctlGetInt));
}

}  // namespace amber
