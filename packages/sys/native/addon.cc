// Entry point of the Amber syscall addon. Each *_ops.cc registers its own functions.
#include "common.h"

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  amber::InitErrors(env, exports);
  amber::InitFdOps(env, exports);
  amber::InitProcOps(env, exports);
  amber::InitPtraceOps(env, exports);
  amber::InitSpawn(env, exports);
  amber::InitSafetyOps(env, exports);
  return exports;
}

NODE_API_MODULE(amber_sys, Init)
