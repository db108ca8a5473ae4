// Shared helpers for the Amber syscall addon: argument parsing and SysError throwing.
#pragma once
#include <napi.h>
#include <cerrno>
#include <cstdint>
#include <string>
#include <vector>
#include <utility>

namespace amber {

// A detail that goes with an error: the pid, fd, path... that the failing call was about.
struct Detail {
  const char* key;
  Napi::Value value;
};

// Throws a SysError built by the JS factory registered at load time.
Napi::Value ThrowSys(Napi::Env env, const char* syscall, int err, std::initializer_list<Detail> details = {});
// Throws a TypeError for a bad argument from TS (a programming error, not a kernel one).
Napi::Value ThrowArg(Napi::Env env, const std::string& msg);

void InitErrors(Napi::Env env, Napi::Object exports);
void InitFdOps(Napi::Env env, Napi::Object exports);
void InitProcOps(Napi::Env env, Napi::Object exports);
void InitPtraceOps(Napi::Env env, Napi::Object exports);
void InitSeccompOps(Napi::Env env, Napi::Object exports);
void InitSpawn(Napi::Env env, Napi::Object exports);
void InitSocketOps(Napi::Env env, Napi::Object exports);
void InitMemOps(Napi::Env env, Napi::Object exports);
void InitTtyOps(Napi::Env env, Napi::Object exports);
void InitCredsOps(Napi::Env env, Napi::Object exports);
void InitHashOps(Napi::Env env, Napi::Object exports);
void InitFileTimes(Napi::Env env, Napi::Object exports);
void InitFileHandles(Napi::Env env, Napi::Object exports);
void InitAnonfdOps(Napi::Env env, Napi::Object exports);
void InitSocketCreds(Napi::Env env, Napi::Object exports);
void InitSocketAs(Napi::Env env, Napi::Object exports);
void InitSafetyOps(Napi::Env env, Napi::Object exports);

inline Napi::Value Num(Napi::Env env, double v) { return Napi::Number::New(env, v); }
inline Napi::Value Big(Napi::Env env, uint64_t v) { return Napi::BigInt::New(env, v); }
inline Napi::Value Str(Napi::Env env, const std::string& s) { return Napi::String::New(env, s); }

// Argument readers: each returns false after throwing when the argument is unusable.
bool ArgInt(const Napi::CallbackInfo& info, size_t i, int64_t* out);
bool ArgU64(const Napi::CallbackInfo& info, size_t i, uint64_t* out);  // number or bigint
bool ArgStr(const Napi::CallbackInfo& info, size_t i, std::string* out);
bool ArgBuf(const Napi::CallbackInfo& info, size_t i, uint8_t** data, size_t* len);
bool ArgIntArray(const Napi::CallbackInfo& info, size_t i, std::vector<int64_t>* out);
bool ArgStrArray(const Napi::CallbackInfo& info, size_t i, std::vector<std::string>* out);

#define AMBER_INT(idx, name)             \
  int64_t name;                          \
  if (!ArgInt(info, idx, &name)) return info.Env().Undefined()
#define AMBER_U64(idx, name)             \
  uint64_t name;                         \
  if (!ArgU64(info, idx, &name)) return info.Env().Undefined()
#define AMBER_STR(idx, name)             \
  std::string name;                      \
  if (!ArgStr(info, idx, &name)) return info.Env().Undefined()
#define AMBER_BUF(idx, data, len)        \
  uint8_t* data;                         \
  size_t len;                            \
  if (!ArgBuf(info, idx, &data, &len)) return info.Env().Undefined()

}  // namespace amber
