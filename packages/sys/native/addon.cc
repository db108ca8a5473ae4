// Entry point of the Amber syscall addon. Each *_ops.cc registers its own functions.
#include "common.h"

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  amber::InitErrors(env, exports);
  amber::InitFdOps(env, exports);
  amber::InitProcOps(env, exports);
  amber::InitPtraceOps(env, exports);
  amber::InitSeccompOps(env, exports);
  amber::InitSpawn(env, exports);
  amber::InitSocketOps(env, exports);
  amber::InitMemOps(env, exports);
  amber::InitTtyOps(env, exports);
  amber::InitCredsOps(env, exports);
  amber::InitHashOps(env, exports);
  amber::InitFileTimes(env, exports);
  amber::InitFileHandles(env, exports);
  amber::InitAnonfdOps(env, exports);
  amber::InitSocketCreds(env, exports);
  amber::InitSocketAs(env, exports);
  amber::InitSafetyOps(env, exports);
  return exports;
}

NODE_API_MODULE(amber_sys, Init)
