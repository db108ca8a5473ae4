// sendmsg with explicit SCM_CREDENTIALS, for re-queuing unix socket messages as their
// sender sent them (a receiver with SO_PASSCRED sees the sender's pid, uid and gid). As
// root the kernel accepts any uid/gid and the pid of any live process.
#include "common.h"
#include <sys/socket.h>
#include <cstring>

namespace amber {

// sendmsgCreds(fd, data, addr | null, fds, [pid, uid, gid], flags) -> bytes sent
static Napi::Value SendMsgCreds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_BUF(1, data, len);
  uint8_t* addr = nullptr;
  size_t addrLen = 0;
  if (!info[2].IsNull() && !info[2].IsUndefined() && !ArgBuf(info, 2, &addr, &addrLen)) return env.Undefined();
  std::vector<int64_t> fds;
  if (!ArgIntArray(info, 3, &fds)) return env.Undefined();
  std::vector<int64_t> cred;
  if (!ArgIntArray(info, 4, &cred)) return env.Undefined();
  if (cred.size() != 3) return ThrowArg(env, "sendmsgCreds: credentials are [pid, uid, gid]");
  AMBER_INT(5, flags);
  struct iovec iov = {data, len};
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  msg.msg_name = addr;
  msg.msg_namelen = static_cast<socklen_t>(addrLen);
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  size_t space = CMSG_SPACE(sizeof(struct ucred)) + (fds.empty() ? 0 : CMSG_SPACE(sizeof(int) * fds.size()));
  std::vector<char> control(space, 0);
  msg.msg_control = control.data();
  msg.msg_controllen = space;
  struct cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_CREDENTIALS;
  c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
  struct ucred uc;
  uc.pid = static_cast<pid_t>(cred[0]);
  uc.uid = static_cast<uid_t>(cred[1]);
  uc.gid = static_cast<gid_t>(cred[2]);
  memcpy(CMSG_DATA(c), &uc, sizeof(uc));
  if (!fds.empty()) {
    c = CMSG_NXTHDR(&msg, c);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
    int* out = reinterpret_cast<int*>(CMSG_DATA(c));
    for (size_t k = 0; k < fds.size(); k++) out[k] = static_cast<int>(fds[k]);
  }
  ssize_t r;
  do r = sendmsg(static_cast<int>(fd), &msg, static_cast<int>(flags)); while (r < 0 && errno == EINTR);
  if (r < 0) return ThrowSys(env, "sendmsg", errno, {Detail{"fd", Num(env, static_cast<double>(fd))}, {"pid", Num(env, static_cast<double>(cred[0]))}});
  return Num(env, static_cast<double>(r));
}

void InitSocketCreds(Napi::Env env, Napi::Object exports) {
  exports.Set("sendmsgCreds", Napi::Function::New(env, SendMsgCreds));
}

}  // namespace amber
