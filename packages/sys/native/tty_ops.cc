// Terminal ioctls for the pty plugin: one function, a whitelist of requests, each with
// the size of the struct it reads or writes, so a short buffer is an argument error.
#include <sys/ioctl.h>
#include <asm/termbits.h>
#include <cerrno>
#include "common.h"

namespace amber {

struct TtyRequest {
  unsigned long request;
  const char* name;
  size_t size;
};

static const TtyRequest kRequests[] = {
    {TCGETS2, "TCGETS2", sizeof(struct termios2)},
    {TCSETS2, "TCSETS2", sizeof(struct termios2)},
    {TIOCGWINSZ, "TIOCGWINSZ", sizeof(struct winsize)},
    {TIOCSWINSZ, "TIOCSWINSZ", sizeof(struct winsize)},
    {TIOCGPTN, "TIOCGPTN", sizeof(int)},
    {TIOCGPTLCK, "TIOCGPTLCK", sizeof(int)},
    {TIOCSPTLCK, "TIOCSPTLCK", sizeof(int)},
    {TIOCGPKT, "TIOCGPKT", sizeof(int)},
    {TIOCPKT, "TIOCPKT", sizeof(int)},
    {TIOCGEXCL, "TIOCGEXCL", sizeof(int)},
    {TIOCINQ, "TIOCINQ", sizeof(int)},
    {TIOCOUTQ, "TIOCOUTQ", sizeof(int)},
    {TIOCGSID, "TIOCGSID", sizeof(int)},
};

// ttyIoctl(fd, request, buf): ioctl(fd, request, buf) for a request of kRequests.
static Napi::Value TtyIoctl(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_INT(1, request);
  AMBER_BUF(2, data, len);
  const TtyRequest* req = nullptr;
  for (const auto& r : kRequests)
    if (r.request == static_cast<unsigned long>(request)) req = &r;
  if (!req) return ThrowArg(env, "ttyIoctl: request " + std::to_string(request) + " is not a terminal ioctl Amber knows");
  if (len < req->size) return ThrowArg(env, std::string("ttyIoctl: ") + req->name + " needs a buffer of " + std::to_string(req->size) + " bytes");
  // Every request of the list takes a pointer (TIOCPKT and TIOCSPTLCK read an int through it).
  int r = ioctl(static_cast<int>(fd), req->request, data);
  if (r < 0) {
    std::string what = std::string("ioctl(") + req->name + ")";
    return ThrowSys(env, what.c_str(), errno, {Detail{"fd", Num(env, static_cast<double>(fd))}});
  }
  return Num(env, r);
}

void InitTtyOps(Napi::Env env, Napi::Object exports) {
  exports.Set("ttyIoctl", Napi::Function::New(env, TtyIoctl));
}

}  // namespace amber
