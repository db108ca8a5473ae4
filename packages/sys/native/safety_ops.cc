// Calls that keep a failed or killed dump from harming what was there before.
#include <fcntl.h>
#include <linux/fs.h>
#include <stdio.h>
#include "common.h"

namespace amber {

// Swaps two paths atomically (renameat2 RENAME_EXCHANGE): a finished image directory
// takes the place of the previous one in one step, so there is never a moment with
// neither a complete old nor a complete new checkpoint at that path.
static Napi::Value RenameExchange(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_STR(0, from);
  AMBER_STR(1, to);
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) < 0) {
    return ThrowSys(env, "renameat2(RENAME_EXCHANGE)", errno, {{"path", Str(env, from)}, {"target", Str(env, to)}});
  }
  return env.Undefined();
}

void InitSafetyOps(Napi::Env env, Napi::Object exports) {
  exports.Set("renameExchange", Napi::Function::New(env, RenameExchange));
}

}  // namespace amber
