/* Task state across dump and restore: per-thread scheduling (SCHED_OTHER with nice,
 * BATCH, IDLE, FIFO with reset-on-fork, RR with a nice set before), oom_score_adj,
 * loginuid, PR_SET_THP_DISABLE, PR_SET_DUMPABLE, no_new_privs, a parent-death signal,
 * personality, membarrier registrations; and a child that changed its uid (which resets
 * dumpable and the parent-death signal in the kernel) keeping both.
 * Prints "ready" when set up; on SIGTERM checks and prints PASS or FAIL. */
#define _GNU_SOURCE
#include "testprog.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <linux/membarrier.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#ifndef MEMBARRIER_CMD_GET_REGISTRATIONS
#define MEMBARRIER_CMD_GET_REGISTRATIONS (1 << 9)
#endif
#define SCHED_FLAG_RESET_ON_FORK 1

struct attr { uint32_t size, policy; uint64_t flags; int32_t nice; uint32_t prio; uint64_t rt, dl, per; };

struct want { int policy, nice, prio, reset; pid_t tid; char why[160]; };
static struct want wants[5] = {
	{ SCHED_OTHER, 5, 0, 0, 0, "" },
	{ SCHED_BATCH, 3, 0, 0, 0, "" },
	{ SCHED_IDLE, 0, 0, 0, 0, "" },
	{ SCHED_FIFO, 0, 7, 1, 0, "" },
	{ SCHED_RR, -4, 3, 0, 0, "" },
};
static pthread_barrier_t set_bar, check_bar, done_bar;

static int set_sched(struct want *w)
{
	struct attr a = { .size = 48, .policy = SCHED_OTHER, .nice = w->nice };
	if (syscall(SYS_sched_setattr, 0, &a, 0)) return -1;
	a.policy = w->policy;
	a.prio = w->prio;
	a.flags = w->reset ? SCHED_FLAG_RESET_ON_FORK : 0;
	return syscall(SYS_sched_setattr, 0, &a, 0);
}

static void check_sched(struct want *w)
{
	struct attr a;
	memset(&a, 0, sizeof(a));
	if (syscall(SYS_sched_getattr, 0, &a, 48, 0)) { snprintf(w->why, sizeof(w->why), "sched_getattr: %s", strerror(errno)); return; }
	int rt = w->policy == SCHED_FIFO || w->policy == SCHED_RR; /* sched_getattr says nice 0 for those */
	if ((int)a.policy != w->policy || a.nice != (rt ? 0 : w->nice) || (int)a.prio != w->prio || (int)(a.flags & SCHED_FLAG_RESET_ON_FORK) != w->reset)
		snprintf(w->why, sizeof(w->why), "tid %d: policy %u nice %d prio %u reset %d, want %d %d %d %d", w->tid, a.policy, a.nice, a.prio,
			 (int)(a.flags & 1), w->policy, w->nice, w->prio, w->reset);
	errno = 0;
	int n = getpriority(PRIO_PROCESS, 0);
	if (!w->why[0] && n != w->nice) snprintf(w->why, sizeof(w->why), "tid %d: getpriority %d, want %d", w->tid, n, w->nice);
}

static void *thread_main(void *arg)
{
	struct want *w = arg;
	w->tid = gettid();
	if (set_sched(w)) snprintf(w->why, sizeof(w->why), "set policy %d: %s", w->policy, strerror(errno));
	pthread_barrier_wait(&set_bar);
	pthread_barrier_wait(&check_bar);
	if (!w->why[0]) check_sched(w);
	pthread_barrier_wait(&done_bar);
	return NULL;
}

static int read_int(const char *path)
{
	FILE *f = fopen(path, "r");
	long long v = -1;
	if (f) { if (fscanf(f, "%lld", &v) != 1) v = -1; fclose(f); }
	return (int)v;
}

static int write_str(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");
	if (!f) return -1;
	int r = fputs(s, f) < 0 ? -1 : 0;
	return fclose(f) || r ? -1 : 0;
}

/* A child that gave up root: answers each byte with its uid, dumpable flag and parent-death signal. */
static pid_t unprivileged_child(int *to, int *from)
{
	int a[2], b[2];
	if (pipe(a) || pipe(b)) return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(a[1]);
		close(b[0]);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) _exit(3);
		prctl(PR_SET_DUMPABLE, 1);
		prctl(PR_SET_PDEATHSIG, SIGWINCH);
		char c;
		while (read(a[0], &c, 1) == 1) {
			int sig = 0;
			prctl(PR_GET_PDEATHSIG, &sig);
			char line[64];
			int n = snprintf(line, sizeof(line), "%d %d %d\n", (int)getuid(), prctl(PR_GET_DUMPABLE), sig);
			if (write(b[1], line, n) != n) _exit(4);
		}
		_exit(0);
	}
	close(a[0]);
	close(b[1]);
	*to = a[1];
	*from = b[0];
	return pid;
}

int main(void)
{
	signal(SIGTERM, on_term);
	int to, from;
	pid_t child = unprivileged_child(&to, &from);
	if (child < 0) FAIL("fork");
	pthread_barrier_init(&set_bar, NULL, 5);
	pthread_barrier_init(&check_bar, NULL, 5);
	pthread_barrier_init(&done_bar, NULL, 5);
	pthread_t pt[5];
	for (int i = 1; i < 5; i++) pthread_create(&pt[i], NULL, thread_main, &wants[i]);
	wants[0].tid = gettid();
	if (set_sched(&wants[0])) FAIL("nice: %s", strerror(errno));
	pthread_barrier_wait(&set_bar);
	for (int i = 1; i < 5; i++) if (wants[i].why[0]) FAIL("%s", wants[i].why);

	if (write_str("/proc/self/oom_score_adj", "345")) FAIL("oom_score_adj: %s", strerror(errno));
	if (write_str("/proc/self/loginuid", "4321")) FAIL("loginuid: %s", strerror(errno));
	if (prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)) FAIL("PR_SET_THP_DISABLE: %s", strerror(errno));
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) FAIL("no_new_privs: %s", strerror(errno));
	if (prctl(PR_SET_PDEATHSIG, SIGWINCH)) FAIL("pdeathsig");
	int pers = PER_LINUX | ADDR_NO_RANDOMIZE | UNAME26;
	if (personality(pers) < 0) FAIL("personality");
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0)) FAIL("membarrier register: %s", strerror(errno));
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED, 0, 0)) FAIL("membarrier register global: %s", strerror(errno));
	long regs = syscall(SYS_membarrier, MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
	if (prctl(PR_SET_DUMPABLE, 0)) FAIL("dumpable");
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term) pause();

	pthread_barrier_wait(&check_bar);
	check_sched(&wants[0]);
	pthread_barrier_wait(&done_bar);
	for (int i = 1; i < 5; i++) pthread_join(pt[i], NULL);
	for (int i = 0; i < 5; i++) if (wants[i].why[0]) FAIL("%s", wants[i].why);
	int v;
	if ((v = read_int("/proc/self/oom_score_adj")) != 345) FAIL("oom_score_adj %d, want 345", v);
	if ((v = read_int("/proc/self/loginuid")) != 4321) FAIL("loginuid %d, want 4321", v);
	if ((v = prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0)) != 1) FAIL("PR_GET_THP_DISABLE %d, want 1", v);
	if ((v = prctl(PR_GET_DUMPABLE)) != 0) FAIL("PR_GET_DUMPABLE %d, want 0", v);
	if ((v = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)) != 1) FAIL("no_new_privs %d, want 1", v);
	int sig = 0;
	prctl(PR_GET_PDEATHSIG, &sig);
	if (sig != SIGWINCH) FAIL("pdeath signal %d, want %d", sig, SIGWINCH);
	if ((v = personality(0xffffffff)) != pers) FAIL("personality 0x%x, want 0x%x", v, pers);
	long now = syscall(SYS_membarrier, MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
	if (now != regs) FAIL("membarrier registrations 0x%lx, want 0x%lx", now, regs);
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0)) FAIL("private expedited membarrier: %s", strerror(errno));

	char c = '?', line[64] = "";
	if (write(to, &c, 1) != 1) FAIL("write to the child");
	ssize_t n = read(from, line, sizeof(line) - 1);
	if (n <= 0) FAIL("the child does not answer");
	line[n] = 0;
	if (strcmp(line, "65534 1 28\n")) FAIL("the unprivileged child says uid/dumpable/pdeathsig %s, want 65534 1 28", line);
	close(to);
	waitpid(child, NULL, 0);
	printf("PASS\n");
	return 0;
}
