// Task state beyond memory, fds and signals: scheduling, seccomp, the process-wide
// prctl knobs. The outside view (lib.js) compares what /proc shows of each: per-thread
// nice/rt_priority/policy and Seccomp lines, oom_score_adj, loginuid, personality, THP.
'use strict';

module.exports = [
  {
    name: 'task-state',
    prog: 'taskstate',
    what: 'per-thread SCHED_OTHER nice 5, BATCH nice 3, IDLE, FIFO 7 with reset-on-fork, RR 3 with nice -4; oom_score_adj, loginuid, THP disabled, not dumpable, no_new_privs, a parent-death signal, personality, membarrier registrations; a child that changed its uid keeps dumpable and its parent-death signal (taskstate.c)',
  },
  {
    name: 'seccomp',
    prog: 'seccomp',
    what: 'seccomp filters in three threads (one shared with LOG, one of a single thread), one trapping prlimit64 and one failing sigaltstack (syscalls Amber runs in tasks at dump), a child in strict mode killed by a forbidden syscall after restore (seccomp.c)',
  },
  {
    name: 'siginfo',
    prog: 'siginfo',
    what: 'pending signals keep their whole siginfo: SIGCHLD from an exited child left a zombie (CLD_EXITED, pid, status), an RT signal from sigqueue (SI_QUEUE, value, uid), a POSIX timer signal (SI_TIMER, value) (siginfo.c)',
  },
];
