// ptrace primitives. All synchronous: ptrace requests must come from the thread that
// attached, which for Amber is always Node's main thread.
#include "common.h"
#include <elf.h>
#include <signal.h>
#include <linux/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <cstring>

// glibc's <sys/ptrace.h> clashes with <linux/ptrace.h>; call the raw syscall.
#include <sys/syscall.h>
#include <unistd.h>

namespace amber {

static long Ptrace(long req, pid_t pid, void* addr, void* data) { return syscall(SYS_ptrace, req, pid, addr, data); }

#define PID_DETAIL(name) Detail{"pid", Num(env, static_cast<double>(name))}

static Napi::Value SimpleRequest(const Napi::CallbackInfo& info, long req, const char* name) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  int64_t data = 0;
  if (info.Length() > 1 && !ArgInt(info, 1, &data)) return env.Undefined();
  if (Ptrace(req, static_cast<pid_t>(pid), nullptr, reinterpret_cast<void*>(data)) < 0)
    return ThrowSys(env, name, errno, {PID_DETAIL(pid)});
  return env.Undefined();
}

static Napi::Value Seize(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_SEIZE, "ptrace(PTRACE_SEIZE)"); }
static Napi::Value Interrupt(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_INTERRUPT, "ptrace(PTRACE_INTERRUPT)"); }
static Napi::Value Cont(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_CONT, "ptrace(PTRACE_CONT)"); }
static Napi::Value Detach(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_DETACH, "ptrace(PTRACE_DETACH)"); }
static Napi::Value Syscall(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_SYSCALL, "ptrace(PTRACE_SYSCALL)"); }
static Napi::Value Listen(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_LISTEN, "ptrace(PTRACE_LISTEN)"); }
static Napi::Value SetOptions(const Napi::CallbackInfo& info) { return SimpleRequest(info, PTRACE_SETOPTIONS, "ptrace(PTRACE_SETOPTIONS)"); }

static Napi::Value GetRegset(const Napi::CallbackInfo& info, long type, size_t cap, const char* name) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  std::vector<uint8_t> buf(cap);
  struct iovec iov = {buf.data(), buf.size()};
  if (Ptrace(PTRACE_GETREGSET, static_cast<pid_t>(pid), reinterpret_cast<void*>(type), &iov) < 0)
    return ThrowSys(env, name, errno, {PID_DETAIL(pid)});
  return Napi::Buffer<uint8_t>::Copy(env, buf.data(), iov.iov_len);
}

static Napi::Value SetRegset(const Napi::CallbackInfo& info, long type, const char* name) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_BUF(1, data, len);
  struct iovec iov = {data, len};
  if (Ptrace(PTRACE_SETREGSET, static_cast<pid_t>(pid), reinterpret_cast<void*>(type), &iov) < 0)
    return ThrowSys(env, name, errno, {PID_DETAIL(pid), {"length", Num(env, len)}});
  return env.Undefined();
}

// NT_PRSTATUS is struct user_regs_struct (27 u64, fs_base and gs_base included).
static Napi::Value GetRegs(const Napi::CallbackInfo& info) {
  return GetRegset(info, NT_PRSTATUS, sizeof(struct user_regs_struct), "ptrace(PTRACE_GETREGSET, NT_PRSTATUS)");
}
static Napi::Value SetRegs(const Napi::CallbackInfo& info) { return SetRegset(info, NT_PRSTATUS, "ptrace(PTRACE_SETREGSET, NT_PRSTATUS)"); }
// The XSAVE area as raw bytes; its size depends on the CPU (AMX makes it ~11 KiB).
static Napi::Value GetXstate(const Napi::CallbackInfo& info) {
  return GetRegset(info, NT_X86_XSTATE, 32768, "ptrace(PTRACE_GETREGSET, NT_X86_XSTATE)");
}
static Napi::Value SetXstate(const Napi::CallbackInfo& info) { return SetRegset(info, NT_X86_XSTATE, "ptrace(PTRACE_SETREGSET, NT_X86_XSTATE)"); }

static Napi::Value GetSiginfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  siginfo_t si;
  if (Ptrace(PTRACE_GETSIGINFO, static_cast<pid_t>(pid), nullptr, &si) < 0)
    return ThrowSys(env, "ptrace(PTRACE_GETSIGINFO)", errno, {PID_DETAIL(pid)});
  return Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<uint8_t*>(&si), sizeof(si));
}

// PTRACE_PEEKSIGINFO: pending signals without dequeuing them, from the thread's own
// queue or (shared=true) the process-wide one. Returns one 128-byte siginfo per entry.
static Napi::Value PeekSiginfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_INT(1, off);
  AMBER_INT(2, count);
  bool shared = info.Length() > 3 && info[3].ToBoolean().Value();
  if (count <= 0 || count > 4096) return ThrowArg(env, "peekSiginfo: count must be 1..4096");
  struct ptrace_peeksiginfo_args args = {static_cast<__u64>(off), shared ? PTRACE_PEEKSIGINFO_SHARED : 0u, static_cast<__s32>(count)};
  std::vector<siginfo_t> out(static_cast<size_t>(count));
  long r = Ptrace(PTRACE_PEEKSIGINFO, static_cast<pid_t>(pid), &args, out.data());
  if (r < 0) return ThrowSys(env, "ptrace(PTRACE_PEEKSIGINFO)", errno, {PID_DETAIL(pid)});
  Napi::Array a = Napi::Array::New(env, static_cast<size_t>(r));
  for (long k = 0; k < r; k++)
    a.Set(static_cast<uint32_t>(k), Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<uint8_t*>(&out[k]), sizeof(siginfo_t)));
  return a;
}

static Napi::Value GetSigmask(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  uint64_t mask = 0;
  if (Ptrace(PTRACE_GETSIGMASK, static_cast<pid_t>(pid), reinterpret_cast<void*>(sizeof(mask)), &mask) < 0)
    return ThrowSys(env, "ptrace(PTRACE_GETSIGMASK)", errno, {PID_DETAIL(pid)});
  return Big(env, mask);
}

static Napi::Value SetSigmask(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  AMBER_U64(1, mask);
  if (Ptrace(PTRACE_SETSIGMASK, static_cast<pid_t>(pid), reinterpret_cast<void*>(sizeof(mask)), &mask) < 0)
    return ThrowSys(env, "ptrace(PTRACE_SETSIGMASK)", errno, {PID_DETAIL(pid)});
  return env.Undefined();
}

static Napi::Value GetRseqConfig(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  struct ptrace_rseq_configuration conf;
  memset(&conf, 0, sizeof(conf));
  long r = Ptrace(PTRACE_GET_RSEQ_CONFIGURATION, static_cast<pid_t>(pid), reinterpret_cast<void*>(sizeof(conf)), &conf);
  if (r < 0) return ThrowSys(env, "ptrace(PTRACE_GET_RSEQ_CONFIGURATION)", errno, {PID_DETAIL(pid)});
  Napi::Object o = Napi::Object::New(env);
  o.Set("rseqAbiPointer", Big(env, conf.rseq_abi_pointer));
  o.Set("rseqAbiSize", Num(env, conf.rseq_abi_size));
  o.Set("signature", Num(env, conf.signature));
  o.Set("flags", Num(env, conf.flags));
  return o;
}

static Napi::Value GetEventMsg(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AMBER_INT(0, pid);
  unsigned long msg = 0;
  if (Ptrace(PTRACE_GETEVENTMSG, static_cast<pid_t>(pid), nullptr, &msg) < 0)
    return ThrowSys(env, "ptrace(PTRACE_GETEVENTMSG)", errno, {PID_DETAIL(pid)});
  return Num(env, static_cast<double>(msg));
}

void InitPtraceOps(Napi::Env env, Napi::Object exports) {
  exports.Set("ptraceSeize", Napi::Function::New(env, Seize));
  exports.Set("ptraceInterrupt", Napi::Function::New(env, Interrupt));
  exports.Set("ptraceCont", Napi::Function::New(env, Cont));
  exports.Set("ptraceDetach", Napi::Function::New(env, Detach));
  exports.Set("ptraceSyscall", Napi::Function::New(env, Syscall));
  exports.Set("ptraceListen", Napi::Function::New(env, Listen));
  exports.Set("ptraceSetOptions", Napi::Function::New(env, SetOptions));
  exports.Set("ptraceGetRegs", Napi::Function::New(env, GetRegs));
  exports.Set("ptraceSetRegs", Napi::Function::New(env, SetRegs));
  exports.Set("ptraceGetXstate", Napi::Function::New(env, GetXstate));
  exports.Set("ptraceSetXstate", Napi::Function::New(env, SetXstate));
  exports.Set("ptraceGetSiginfo", Napi::Function::New(env, GetSiginfo));
  exports.Set("ptracePeekSiginfo", Napi::Function::New(env, PeekSiginfo));
  exports.Set("ptraceGetSigmask", Napi::Function::New(env, GetSigmask));
  exports.Set("ptraceSetSigmask", Napi::Function::New(env, SetSigmask));
  exports.Set("ptraceGetRseqConfig", Napi::Function::New(env, GetRseqConfig));
  exports.Set("ptraceGetEventMsg", Napi::Function::New(env, GetEventMsg));
}

}  // namespace amber
