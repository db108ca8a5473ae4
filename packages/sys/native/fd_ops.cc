// File-descriptor syscalls: fds are plain integers at the boundary; TS owns them.
#include "common.h"
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>
#include <climits>
#include <cstring>

namespace amber {

#define FD_DETAIL(name) Detail{"fd", Num(env, static_cast<double>(name))}

static Napi::Value Close(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  if (close(static_cast<int>(fd)) < 0 && errno != EINTR) return ThrowSys(env, "close", errno, {FD_DETAIL(fd)});
  return env.Undefined();
}

static Napi::Value Dup3(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, oldfd);
  AMBER_INT(1, newfd);
  AMBER_INT(2, flags);
  int r = dup3(static_cast<int>(oldfd), static_cast<int>(newfd), static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "dup3", errno, {FD_DETAIL(oldfd), {"newfd", Num(env, newfd)}});
  return Num(env, r);
}

static Napi::Value Fcntl(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, cmd);
  AMBER_INT(2, arg);
  int r = fcntl(static_cast<int>(fd), static_cast<int>(cmd), static_cast<long>(arg));
  if (r < 0) return ThrowSys(env, "fcntl", errno, {FD_DETAIL(fd), {"cmd", Num(env, cmd)}, {"arg", Num(env, arg)}});
  return Num(env, r);
}

static Napi::Value Pipe2(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, flags);
  int fds[2];
  if (pipe2(fds, static_cast<int>(flags)) < 0) return ThrowSys(env, "pipe2", errno, {{"flags", Num(env, flags)}});
  Napi::Array a = Napi::Array::New(env, 2);
  a.Set(0u, Num(env, fds[0]));
  a.Set(1u, Num(env, fds[1]));
  return a;
}

static Napi::Value CloseRange(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, first);
  AMBER_INT(1, last);
  AMBER_INT(2, flags);
  unsigned int hi = last < 0 ? UINT_MAX : static_cast<unsigned int>(last);
  if (syscall(SYS_close_range, static_cast<unsigned int>(first), hi, static_cast<unsigned int>(flags)) < 0)
    return ThrowSys(env, "close_range", errno, {{"first", Num(env, first)}, {"last", Num(env, last)}});
  return env.Undefined();
}

static Napi::Value Open(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, path);
  AMBER_INT(1, flags);
  AMBER_INT(2, mode);
  int r = open(path.c_str(), static_cast<int>(flags), static_cast<mode_t>(mode));
  if (r < 0) return ThrowSys(env, "open", errno, {{"path", Str(env, path)}, {"flags", Num(env, flags)}});
  return Num(env, r);
}

static Napi::Value Read(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  ssize_t r;
  do r = read(static_cast<int>(fd), data, len); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "read", errno, {FD_DETAIL(fd)});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Write(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  ssize_t r;
  do r = write(static_cast<int>(fd), data, len); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "write", errno, {FD_DETAIL(fd)});
  return Num(env, static_cast<double>(r));
}

// pread/pwrite take a u64 offset: /proc/PID/mem offsets are virtual addresses.
static Napi::Value Pread(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  AMBER_U64(2, off);
  ssize_t r;
  do r = pread64(static_cast<int>(fd), data, len, static_cast<off64_t>(off)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "pread", errno, {FD_DETAIL(fd), {"offset", Big(env, off)}, {"length", Num(env, len)}});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Pwrite(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  AMBER_U64(2, off);
  ssize_t r;
  do r = pwrite64(static_cast<int>(fd), data, len, static_cast<off64_t>(off)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "pwrite", errno, {FD_DETAIL(fd), {"offset", Big(env, off)}, {"length", Num(env, len)}});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Lseek(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, off);
  AMBER_INT(2, whence);
  off64_t r = lseek64(static_cast<int>(fd), off, static_cast<int>(whence));
  if (r < 0) return ThrowSys(env, "lseek", errno, {FD_DETAIL(fd), {"offset", Num(env, off)}});
  return Num(env, static_cast<double>(r));
}

static Napi::Object StatxToObject(Napi::Env env, const struct statx& st) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("mode", Num(env, st.stx_mode));
  o.Set("nlink", Num(env, st.stx_nlink));
  o.Set("uid", Num(env, st.stx_uid));
  o.Set("gid", Num(env, st.stx_gid));
  o.Set("ino", Big(env, st.stx_ino));
  o.Set("size", Big(env, st.stx_size));
  o.Set("dev", Big(env, makedev(st.stx_dev_major, st.stx_dev_minor)));
  o.Set("rdev", Big(env, makedev(st.stx_rdev_major, st.stx_rdev_minor)));
  o.Set("devMajor", Num(env, st.stx_dev_major));
  o.Set("devMinor", Num(env, st.stx_dev_minor));
  o.Set("mntId", Big(env, st.stx_mnt_id));
  o.Set("mtimeNs", Big(env, static_cast<uint64_t>(st.stx_mtime.tv_sec) * 1000000000ull + st.stx_mtime.tv_nsec));
  return o;
}

static Napi::Value Statx(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, dirfd);
  AMBER_STR(1, path);
  AMBER_INT(2, flags);
  struct statx st;
  if (statx(static_cast<int>(dirfd), path.c_str(), static_cast<int>(flags), STATX_BASIC_STATS | STATX_MNT_ID, &st) < 0)
    return ThrowSys(env, "statx", errno, {FD_DETAIL(dirfd), {"path", Str(env, path)}});
  return StatxToObject(env, st);
}

static Napi::Value Readlink(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, path);
  char buf[PATH_MAX + 1];
  ssize_t r = readlink(path.c_str(), buf, PATH_MAX);
  if (r < 0) return ThrowSys(env, "readlink", errno, {{"path", Str(env, path)}});
  return Str(env, std::string(buf, static_cast<size_t>(r)));
}

static Napi::Value Tee(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, in);
  AMBER_INT(1, out);
  AMBER_INT(2, len);
  AMBER_INT(3, flags);
  ssize_t r = tee(static_cast<int>(in), static_cast<int>(out), static_cast<size_t>(len), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "tee", errno, {FD_DETAIL(in), {"outFd", Num(env, out)}});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Splice(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, in);
  AMBER_INT(1, offIn);
  AMBER_INT(2, out);
  AMBER_INT(3, offOut);
  AMBER_INT(4, len);
  AMBER_INT(5, flags);
  loff_t oi = offIn, oo = offOut;
  ssize_t r = splice(static_cast<int>(in), offIn < 0 ? nullptr : &oi, static_cast<int>(out), offOut < 0 ? nullptr : &oo,
                     static_cast<size_t>(len), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "splice", errno, {FD_DETAIL(in), {"outFd", Num(env, out)}});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Vmsplice(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  if (info.Length() < 2 || !info[1].IsArray()) return ThrowArg(env, "vmsplice needs an array of buffers");
  AMBER_INT(2, flags);
  Napi::Array bufs = info[1].As<Napi::Array>();
  std::vector<struct iovec> iov;
  for (uint32_t k = 0; k < bufs.Length(); k++) {
    Napi::Value v = bufs.Get(k);
    if (!v.IsTypedArray()) return ThrowArg(env, "vmsplice buffers must be Uint8Arrays");
    Napi::TypedArray ta = v.As<Napi::TypedArray>();
    iov.push_back({static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset(), ta.ByteLength()});
  }
  ssize_t r = vmsplice(static_cast<int>(fd), iov.data(), iov.size(), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "vmsplice", errno, {FD_DETAIL(fd)});
  return Num(env, static_cast<double>(r));
}

static Napi::Value Socket(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, domain);
  AMBER_INT(1, type);
  AMBER_INT(2, proto);
  int r = socket(static_cast<int>(domain), static_cast<int>(type), static_cast<int>(proto));
  if (r < 0) return ThrowSys(env, "socket", errno, {{"domain", Num(env, domain)}, {"type", Num(env, type)}});
  return Num(env, r);
}

static Napi::Value Socketpair(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, domain);
  AMBER_INT(1, type);
  AMBER_INT(2, proto);
  int sv[2];
  if (socketpair(static_cast<int>(domain), static_cast<int>(type), static_cast<int>(proto), sv) < 0)
    return ThrowSys(env, "socketpair", errno, {{"domain", Num(env, domain)}, {"type", Num(env, type)}});
  Napi::Array a = Napi::Array::New(env, 2);
  a.Set(0u, Num(env, sv[0]));
  a.Set(1u, Num(env, sv[1]));
  return a;
}

// Abstract unix names: sun_path[0] == 0, the name follows, no terminating NUL.
static bool AbstractAddr(Napi::Env env, const std::string& name, struct sockaddr_un* addr, socklen_t* len) {
  if (name.size() + 1 > sizeof(addr->sun_path)) {
    ThrowArg(env, "abstract socket name too long: " + name);
    return false;
  }
  memset(addr, 0, sizeof(*addr));
  addr->sun_family = AF_UNIX;
  memcpy(addr->sun_path + 1, name.data(), name.size());
  *len = static_cast<socklen_t>(offsetof(struct sockaddr_un, sun_path) + 1 + name.size());
  return true;
}

static Napi::Value BindAbstract(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_STR(1, name);
  struct sockaddr_un addr;
  socklen_t len;
  if (!AbstractAddr(env, name, &addr, &len)) return env.Undefined();
  if (bind(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&addr), len) < 0)
    return ThrowSys(env, "bind", errno, {FD_DETAIL(fd), {"name", Str(env, "@" + name)}});
  return env.Undefined();
}

static Napi::Value ConnectAbstract(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_STR(1, name);
  struct sockaddr_un addr;
  socklen_t len;
  if (!AbstractAddr(env, name, &addr, &len)) return env.Undefined();
  if (connect(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&addr), len) < 0)
    return ThrowSys(env, "connect", errno, {FD_DETAIL(fd), {"name", Str(env, "@" + name)}});
  return env.Undefined();
}

// sendmsg(fd, data, fds, flags): the fds travel as one SCM_RIGHTS control message.
static Napi::Value SendFds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  std::vector<int64_t> fds;
  if (!ArgIntArray(info, 2, &fds)) return env.Undefined();
  AMBER_INT(3, flags);
  struct iovec iov = {data, len};
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
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
  if (r < 0) return ThrowSys(env, "sendmsg", errno, {FD_DETAIL(fd), {"fdCount", Num(env, fds.size())}});
  return Num(env, static_cast<double>(r));
}

// recvmsg(fd, buf, maxFds, flags) -> { bytes, fds, msgFlags }; received fds are O_CLOEXEC.
static Napi::Value RecvFds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  AMBER_INT(2, maxFds);
  AMBER_INT(3, flags);
  struct iovec iov = {data, len};
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  std::vector<char> control(CMSG_SPACE(sizeof(int) * (maxFds > 0 ? maxFds : 1)));
  msg.msg_control = control.data();
  msg.msg_controllen = control.size();
  ssize_t r;
  do r = recvmsg(static_cast<int>(fd), &msg, static_cast<int>(flags) | MSG_CMSG_CLOEXEC); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "recvmsg", errno, {FD_DETAIL(fd)});
  Napi::Array fds = Napi::Array::New(env);
  uint32_t n = 0;
  for (struct cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    int* in = reinterpret_cast<int*>(CMSG_DATA(c));
    for (size_t k = 0; k < count; k++) fds.Set(n++, Num(env, in[k]));
  }
  Napi::Object o = Napi::Object::New(env);
  o.Set("bytes", Num(env, static_cast<double>(r)));
  o.Set("fds", fds);
  o.Set("msgFlags", Num(env, msg.msg_flags));
  return o;
}

static Napi::Value SetsockoptInt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, level);
  AMBER_INT(2, opt);
  AMBER_INT(3, value);
  int v = static_cast<int>(value);
  if (setsockopt(static_cast<int>(fd), static_cast<int>(level), static_cast<int>(opt), &v, sizeof(v)) < 0)
    return ThrowSys(env, "setsockopt", errno, {FD_DETAIL(fd), {"option", Num(env, opt)}, {"value", Num(env, value)}});
  return env.Undefined();
}

static Napi::Value GetsockoptInt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, level);
  AMBER_INT(2, opt);
  int v = 0;
  socklen_t len = sizeof(v);
  if (getsockopt(static_cast<int>(fd), static_cast<int>(level), static_cast<int>(opt), &v, &len) < 0)
    return ThrowSys(env, "getsockopt", errno, {FD_DETAIL(fd), {"option", Num(env, opt)}});
  return Num(env, v);
}

static Napi::Value EpollCreate1(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, flags);
  int r = epoll_create1(static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "epoll_create1", errno);
  return Num(env, r);
}

static Napi::Value EpollCtl(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, epfd);
  AMBER_INT(1, op);
  AMBER_INT(2, fd);
  AMBER_INT(3, events);
  AMBER_U64(4, data);
  struct epoll_event ev;
  ev.events = static_cast<uint32_t>(events);
  ev.data.u64 = data;
  if (epoll_ctl(static_cast<int>(epfd), static_cast<int>(op), static_cast<int>(fd), &ev) < 0)
    return ThrowSys(env, "epoll_ctl", errno, {{"epfd", Num(env, epfd)}, FD_DETAIL(fd), {"op", Num(env, op)}});
  return env.Undefined();
}

static Napi::Value EpollWait(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, epfd);
  AMBER_INT(1, maxEvents);
  AMBER_INT(2, timeout);
  if (maxEvents <= 0 || maxEvents > 65536) return ThrowArg(env, "epollWait: maxEvents must be 1..65536");
  std::vector<struct epoll_event> evs(static_cast<size_t>(maxEvents));
  int r;
  do r = epoll_wait(static_cast<int>(epfd), evs.data(), static_cast<int>(maxEvents), static_cast<int>(timeout));
  while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "epoll_wait", errno, {{"epfd", Num(env, epfd)}});
  Napi::Array a = Napi::Array::New(env, r);
  for (int k = 0; k < r; k++) {
    Napi::Object o = Napi::Object::New(env);
    o.Set("events", Num(env, evs[k].events));
    o.Set("data", Big(env, evs[k].data.u64));
    a.Set(static_cast<uint32_t>(k), o);
  }
  return a;
}

static Napi::Value Eventfd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, initval);
  AMBER_INT(1, flags);
  int r = eventfd(static_cast<unsigned>(initval), static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "eventfd", errno);
  return Num(env, r);
}

static Napi::Value MemfdCreate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, name);
  AMBER_INT(1, flags);
  int r = memfd_create(name.c_str(), static_cast<unsigned>(flags));
  if (r < 0) return ThrowSys(env, "memfd_create", errno, {{"name", Str(env, name)}});
  return Num(env, r);
}

static Napi::Value Mkfifo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, path);
  AMBER_INT(1, mode);
  if (mkfifo(path.c_str(), static_cast<mode_t>(mode)) < 0) return ThrowSys(env, "mkfifo", errno, {{"path", Str(env, path)}});
  return env.Undefined();
}

// The foreground process group of the terminal on fd (TIOCGPGRP / TIOCSPGRP): a restored
// shell job is made the foreground job of the restorer's terminal.
static Napi::Value Tcgetpgrp(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  pid_t pgrp = 0;
  if (ioctl(static_cast<int>(fd), TIOCGPGRP, &pgrp) < 0) return ThrowSys(env, "ioctl(TIOCGPGRP)", errno, {FD_DETAIL(fd)});
  return Num(env, pgrp);
}

static Napi::Value Tcsetpgrp(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, pgrp);
  pid_t p = static_cast<pid_t>(pgrp);
  if (ioctl(static_cast<int>(fd), TIOCSPGRP, &p) < 0) return ThrowSys(env, "ioctl(TIOCSPGRP)", errno, {FD_DETAIL(fd), {"pgrp", Num(env, pgrp)}});
  return env.Undefined();
}

void InitFdOps(Napi::Env env, Napi::Object exports) {
  exports.Set("close", Napi::Function::New(env, Close));
  exports.Set("dup3", Napi::Function::New(env, Dup3));
  exports.Set("fcntl", Napi::Function::New(env, Fcntl));
  exports.Set("tcgetpgrp", Napi::Function::New(env, Tcgetpgrp));
  exports.Set("tcsetpgrp", Napi::Function::New(env, Tcsetpgrp));
  exports.Set("pipe2", Napi::Function::New(env, Pipe2));
  exports.Set("closeRange", Napi::Function::New(env, CloseRange));
  exports.Set("open", Napi::Function::New(env, Open));
  exports.Set("read", Napi::Function::New(env, Read));
  exports.Set("write", Napi::Function::New(env, Write));
  exports.Set("pread", Napi::Function::New(env, Pread));
  exports.Set("pwrite", Napi::Function::New(env, Pwrite));
  exports.Set("lseek", Napi::Function::New(env, Lseek));
  exports.Set("statx", Napi::Function::New(env, Statx));
  exports.Set("readlink", Napi::Function::New(env, Readlink));
  exports.Set("tee", Napi::Function::New(env, Tee));
  exports.Set("splice", Napi::Function::New(env, Splice));
  exports.Set("vmsplice", Napi::Function::New(env, Vmsplice));
  exports.Set("socket", Napi::Function::New(env, Socket));
  exports.Set("socketpair", Napi::Function::New(env, Socketpair));
  exports.Set("bindAbstract", Napi::Function::New(env, BindAbstract));
  exports.Set("connectAbstract", Napi::Function::New(env, ConnectAbstract));
  exports.Set("sendFds", Napi::Function::New(env, SendFds));
  exports.Set("recvFds", Napi::Function::New(env, RecvFds));
  exports.Set("setsockoptInt", Napi::Function::New(env, SetsockoptInt));
  exports.Set("getsockoptInt", Napi::Function::New(env, GetsockoptInt));
  exports.Set("epollCreate1", Napi::Function::New(env, EpollCreate1));
  exports.Set("epollCtl", Napi::Function::New(env, EpollCtl));
  exports.Set("epollWait", Napi::Function::New(env, EpollWait));
  exports.Set("eventfd", Napi::Function::New(env, Eventfd));
  exports.Set("memfdCreate", Napi::Function::New(env, MemfdCreate));
  exports.Set("mkfifo", Napi::Function::New(env, Mkfifo));
}

}  // namespace amber
