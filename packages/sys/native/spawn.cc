// Start a process at a chosen pid (clone3 set_tid), optionally as init of a new pid
// namespace, with an exact fd set, then exec a program. CLONE_VFORK makes clone3
// return only once the child has exec'ed (or failed), so the caller can trace it at once.
#include "common.h"
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <climits>
#include <cstring>

namespace amber {

enum ChildStage : int32_t { kStageDup = 1, kStageSetsid = 2, kStageExec = 3 };

// Everything the child needs, allocated before clone3: between clone3 and execve the
// child of a multi-threaded parent may not allocate (another thread may hold malloc's lock).
struct ChildPlan {
  std::vector<std::pair<int, int>> moves;  // (source fd in the caller, target fd in the child)
  const char* path;
  std::vector<char*> argv;
  std::vector<char*> envp;
  bool setsid;
  int errfd;
  std::vector<int> parked;   // scratch: where each source was parked
  std::vector<int> targets;  // scratch: target numbers, sorted in place
};

[[noreturn]] static void ChildFail(int errfd, int32_t stage) {
  int32_t msg[2] = {stage, errno};
  ssize_t ignored = write(errfd, msg, sizeof(msg));
  (void)ignored;
  _exit(127);
}

// Runs in the child between clone3 and execve: async-signal-safe calls only.
[[noreturn]] static void ChildMain(ChildPlan& plan) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  // The caller (Node) ignores SIGPIPE; a fresh program must not inherit that.
  for (int sig = 1; sig < NSIG; sig++) signal(sig, SIG_DFL);

  int top = plan.errfd;
  for (auto& m : plan.moves) top = std::max({top, m.first, m.second});
  int errfd = fcntl(plan.errfd, F_DUPFD_CLOEXEC, top + 1);
  if (errfd < 0) ChildFail(plan.errfd, kStageDup);
  top = errfd;
  // Trampolines: park every source above all targets first, so that placing one
  // target can never close a source still needed (seed 000).
  int* parked = plan.parked.data();
  int* targets = plan.targets.data();
  const size_t n = plan.moves.size();
  for (size_t k = 0; k < n; k++) {
    int t = fcntl(plan.moves[k].first, F_DUPFD_CLOEXEC, top + 1);
    if (t < 0) ChildFail(errfd, kStageDup);
    top = t;
    parked[k] = t;
  }
  for (size_t k = 0; k < n; k++) {
    if (dup3(parked[k], plan.moves[k].second, 0) < 0) ChildFail(errfd, kStageDup);
    targets[k] = plan.moves[k].second;
  }
  std::sort(targets, targets + n);  // in place: no allocation
  // Close everything that is not a target, except the error pipe (closed by exec).
  unsigned int from = 0;
  for (size_t k = 0; k < n; k++) {
    int t = targets[k];
    if (static_cast<unsigned>(t) > from) syscall(SYS_close_range, from, static_cast<unsigned>(t) - 1, 0);
    from = static_cast<unsigned>(t) + 1;
  }
  if (static_cast<unsigned>(errfd) > from) syscall(SYS_close_range, from, static_cast<unsigned>(errfd) - 1, 0);
  syscall(SYS_close_range, static_cast<unsigned>(errfd) + 1, UINT_MAX, 0);

  if (plan.setsid && setsid() < 0) ChildFail(errfd, kStageSetsid);
  execve(plan.path, plan.argv.data(), plan.envp.data());
  ChildFail(errfd, kStageExec);
}

// spawnAt({ path, argv, envp, fds: [[src, dst]...], setTid: [innermost..outermost], newPidNs, setsid })
static Napi::Value SpawnAt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) return ThrowArg(env, "spawnAt needs an options object");
  Napi::Object o = info[0].As<Napi::Object>();
  if (!o.Get("path").IsString()) return ThrowArg(env, "spawnAt: path must be a string");
  std::string path = o.Get("path").As<Napi::String>().Utf8Value();

  auto strings = [&](const char* key, std::vector<std::string>* out) {
    Napi::Value v = o.Get(key);
    if (v.IsUndefined()) return true;
    if (!v.IsArray()) return false;
    Napi::Array a = v.As<Napi::Array>();
    for (uint32_t k = 0; k < a.Length(); k++) {
      if (!a.Get(k).IsString()) return false;
      out->push_back(a.Get(k).As<Napi::String>().Utf8Value());
    }
    return true;
  };
  std::vector<std::string> argvS, envS;
  if (!strings("argv", &argvS) || !strings("envp", &envS)) return ThrowArg(env, "spawnAt: argv and envp must be string arrays");

  ChildPlan plan;
  Napi::Value fdsV = o.Get("fds");
  if (!fdsV.IsUndefined()) {
    if (!fdsV.IsArray()) return ThrowArg(env, "spawnAt: fds must be an array of [source, target] pairs");
    Napi::Array fa = fdsV.As<Napi::Array>();
    for (uint32_t k = 0; k < fa.Length(); k++) {
      Napi::Value p = fa.Get(k);
      if (!p.IsArray() || p.As<Napi::Array>().Length() != 2) return ThrowArg(env, "spawnAt: fds entries are [source, target]");
      int src = p.As<Napi::Array>().Get(0u).As<Napi::Number>().Int32Value();
      int dst = p.As<Napi::Array>().Get(1u).As<Napi::Number>().Int32Value();
      if (src < 0 || dst < 0) return ThrowArg(env, "spawnAt: fd numbers must be >= 0");
      plan.moves.emplace_back(src, dst);
    }
  }
  std::vector<pid_t> setTid;
  Napi::Value tidV = o.Get("setTid");
  if (!tidV.IsUndefined()) {
    if (!tidV.IsArray()) return ThrowArg(env, "spawnAt: setTid must be an array of pids");
    Napi::Array ta = tidV.As<Napi::Array>();
    for (uint32_t k = 0; k < ta.Length(); k++) setTid.push_back(ta.Get(k).As<Napi::Number>().Int32Value());
  }
  bool newPidNs = o.Get("newPidNs").ToBoolean().Value();
  plan.setsid = o.Get("setsid").ToBoolean().Value();

  plan.path = path.c_str();
  for (auto& s : argvS) plan.argv.push_back(const_cast<char*>(s.c_str()));
  plan.argv.push_back(nullptr);
  for (auto& s : envS) plan.envp.push_back(const_cast<char*>(s.c_str()));
  plan.envp.push_back(nullptr);

  plan.parked.resize(plan.moves.size());
  plan.targets.resize(plan.moves.size());
  int errPipe[2];
  if (pipe2(errPipe, O_CLOEXEC) < 0) return ThrowSys(env, "pipe2", errno);
  plan.errfd = errPipe[1];

  struct clone_args args;
  memset(&args, 0, sizeof(args));
  args.flags = CLONE_VFORK | (newPidNs ? CLONE_NEWPID : 0);
  args.exit_signal = SIGCHLD;
  if (!setTid.empty()) {
    args.set_tid = reinterpret_cast<uint64_t>(setTid.data());
    args.set_tid_size = setTid.size();
  }
  long pid = syscall(SYS_clone3, &args, sizeof(args));
  if (pid == 0) ChildMain(plan);
  int cloneErr = errno;
  close(errPipe[1]);
  if (pid < 0) {
    close(errPipe[0]);
    Napi::Array tids = Napi::Array::New(env, setTid.size());
    for (size_t k = 0; k < setTid.size(); k++) tids.Set(static_cast<uint32_t>(k), Num(env, setTid[k]));
    return ThrowSys(env, "clone3", cloneErr, {{"setTid", tids}, {"path", Str(env, path)}});
  }
  int32_t msg[2];
  ssize_t n;
  do n = read(errPipe[0], msg, sizeof(msg)); while (n < 0 && errno == EINTR);
  close(errPipe[0]);
  if (n == static_cast<ssize_t>(sizeof(msg))) {
    int status;
    while (waitpid(static_cast<pid_t>(pid), &status, __WALL) < 0 && errno == EINTR) {
    }
    const char* what = msg[0] == kStageExec ? "execve" : msg[0] == kStageSetsid ? "setsid" : "dup3";
    return ThrowSys(env, what, msg[1], {{"path", Str(env, path)}, {"pid", Num(env, static_cast<double>(pid))}});
  }
  return Num(env, static_cast<double>(pid));
}

void InitSpawn(Napi::Env env, Napi::Object exports) { exports.Set("spawnAt", Napi::Function::New(env, SpawnAt)); }

}  // namespace amber
