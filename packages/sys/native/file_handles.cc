// File handles (name_to_handle_at / open_by_handle_at): reach an inode without a name,
// for a file unlinked while other hard links are left (CRIU's link remap).
#include "common.h"
#include <fcntl.h>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace amber {

#define FD_DETAIL(name) Detail{"fd", Num(env, static_cast<double>(name))}

// fileHandle(fd) -> { type, bytes: Buffer, mountId } of the file open at fd.
static Napi::Value FileHandle(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  union {
    struct file_handle fh;
    char space[sizeof(struct file_handle) + MAX_HANDLE_SZ];
  } u;
  u.fh.handle_bytes = MAX_HANDLE_SZ;
  int mount_id = 0;
  if (name_to_handle_at(static_cast<int>(fd), "", &u.fh, &mount_id, AT_EMPTY_PATH) < 0) return ThrowSys(env, "name_to_handle_at", errno, {FD_DETAIL(fd)});
  Napi::Object o = Napi::Object::New(env);
  o.Set("type", Num(env, u.fh.handle_type));
  o.Set("bytes", Napi::Buffer<uint8_t>::Copy(env, u.fh.f_handle, u.fh.handle_bytes));
  o.Set("mountId", Num(env, mount_id));
  return o;
}

// openByHandle(mountFd, type, bytes, flags) -> fd.
static Napi::Value OpenByHandle(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, mountFd);
  AMBER_INT(1, type);
  AMBER_BUF(2, data, len);
  AMBER_INT(3, flags);
  if (len == 0 || len > MAX_HANDLE_SZ) return ThrowArg(env, "openByHandle: a handle of 1 to MAX_HANDLE_SZ bytes");
  union {
    struct file_handle fh;
    char space[sizeof(struct file_handle) + MAX_HANDLE_SZ];
  } u;
  u.fh.handle_bytes = static_cast<unsigned int>(len);
  u.fh.handle_type = static_cast<int>(type);
  memcpy(u.fh.f_handle, data, len);
  int r = open_by_handle_at(static_cast<int>(mountFd), &u.fh, static_cast<int>(flags));
  if (r < 0) return ThrowSys(env, "open_by_handle_at", errno, {FD_DETAIL(mountFd)});
  return Num(env, r);
}

// linkAt(fd, newPath): linkat(fd, "", AT_FDCWD, newPath, AT_EMPTY_PATH), a name for an open file.
static Napi::Value LinkFd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, fd);
  AMBER_STR(1, path);
  if (linkat(static_cast<int>(fd), "", AT_FDCWD, path.c_str(), AT_EMPTY_PATH) < 0) return ThrowSys(env, "linkat", errno, {FD_DETAIL(fd), {"path", Str(env, path)}});
  return env.Undefined();
}

void InitFileHandles(Napi::Env env, Napi::Object exports) {
  exports.Set("fileHandle", Napi::Function::New(env, FileHandle));
  exports.Set("openByHandle", Napi::Function::New(env, OpenByHandle));
  exports.Set("linkFd", Napi::Function::New(env, LinkFd));
}

}  // namespace amber
