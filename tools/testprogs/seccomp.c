/* seccomp across dump and restore: filters in several threads (one shared by all, one
 * of a single thread, flags LOG), a filter that traps (SIGSYS) a syscall Amber itself
 * runs inside tasks at dump, and a child in strict mode. Each must come back enforcing:
 * a sandboxed program that came back unsandboxed would be a security hole.
 * Prints "ready" when set up; on SIGTERM checks and prints PASS or FAIL. */
#define _GNU_SOURCE
#include "testprog.h"
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#define ALLOW BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)
#define NR BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define ON(nr, ret) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, (ret))

static int install(struct sock_filter *f, unsigned short len, unsigned flags)
{
	struct sock_fprog prog = { .len = len, .filter = f };
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

/* All threads: uname fails with errno 77, prlimit64 (Amber asks it at dump) traps. */
static int shared_filter(void)
{
	struct sock_filter f[] = { NR, ON(SYS_uname, SECCOMP_RET_ERRNO | 77), ON(SYS_prlimit64, SECCOMP_RET_TRAP), ALLOW };
	return install(f, sizeof(f) / sizeof(f[0]), SECCOMP_FILTER_FLAG_LOG);
}

/* One thread only: getcpu fails with errno 79, sigaltstack (Amber reads it at dump) with 78. */
static int own_filter(void)
{
	struct sock_filter f[] = { NR, ON(SYS_getcpu, SECCOMP_RET_ERRNO | 79), ON(SYS_sigaltstack, SECCOMP_RET_ERRNO | 78), ALLOW };
	return install(f, sizeof(f) / sizeof(f[0]), 0);
}

static volatile sig_atomic_t sigsys_nr = -1;
static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	sigsys_nr = si->si_syscall;
}

static int status_field(pid_t tid, const char *name)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/self/task/%d/status", tid);
	FILE *f = fopen(path, "r");
	if (!f) return -1;
	int v = -1;
	size_t n = strlen(name);
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, name, n) && line[n] == ':') v = atoi(line + n + 1);
	fclose(f);
	return v;
}

struct th { pid_t tid; int own; int errs; char why[128]; };
static volatile int stop_threads;
static pthread_barrier_t ready_bar, check_bar, done_bar;

/* What every thread checks of itself. */
static void check_self(struct th *t)
{
	struct utsname u;
	errno = 0;
	if (uname(&u) != -1 || errno != 77) { t->errs++; snprintf(t->why, sizeof(t->why), "tid %d: uname errno %d, want 77", t->tid, errno); return; }
	unsigned cpu;
	errno = 0;
	long r = syscall(SYS_getcpu, &cpu, NULL, NULL);
	if (t->own && (r != -1 || errno != 79)) { t->errs++; snprintf(t->why, sizeof(t->why), "tid %d: getcpu %ld errno %d, want errno 79", t->tid, r, errno); return; }
	if (!t->own && r != 0) { t->errs++; snprintf(t->why, sizeof(t->why), "tid %d: getcpu failed (errno %d) without a filter for it", t->tid, errno); return; }
	int want = t->own ? 2 : 1;
	if (status_field(t->tid, "Seccomp") != 2 || status_field(t->tid, "Seccomp_filters") != want) {
		t->errs++;
		snprintf(t->why, sizeof(t->why), "tid %d: Seccomp %d Seccomp_filters %d, want 2 %d", t->tid, status_field(t->tid, "Seccomp"), status_field(t->tid, "Seccomp_filters"), want);
	}
}

static void *thread_main(void *arg)
{
	struct th *t = arg;
	t->tid = gettid();
	if (t->own && own_filter()) { t->errs++; snprintf(t->why, sizeof(t->why), "own filter: %s", strerror(errno)); }
	pthread_barrier_wait(&ready_bar);
	pthread_barrier_wait(&check_bar);
	check_self(t);
	pthread_barrier_wait(&done_bar);
	return NULL;
}

/* A child in strict mode: echoes 'p' as 'k'; on 'x' it makes a forbidden syscall and is killed. */
static pid_t strict_child(int *to, int *from)
{
	int a[2], b[2];
	if (pipe(a) || pipe(b)) return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(a[1]);
		close(b[0]);
		if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT)) _exit(3);
		char c;
		while (syscall(SYS_read, a[0], &c, 1) == 1) {
			if (c == 'x') syscall(SYS_getpid);
			c = 'k';
			syscall(SYS_write, b[1], &c, 1);
		}
		syscall(SYS_exit, 0);
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
	struct sigaction sa = { .sa_sigaction = on_sigsys, .sa_flags = SA_SIGINFO };
	sigaction(SIGSYS, &sa, NULL);
	int to, from;
	pid_t child = strict_child(&to, &from);
	if (child < 0) FAIL("fork");
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) FAIL("no_new_privs");
	if (shared_filter()) FAIL("shared filter: %s", strerror(errno));
	struct th ths[3] = { { .own = 0 }, { .own = 1 }, { .own = 0 } };
	pthread_t pt[3];
	pthread_barrier_init(&ready_bar, NULL, 3);
	pthread_barrier_init(&check_bar, NULL, 3);
	pthread_barrier_init(&done_bar, NULL, 3);
	for (int i = 1; i < 3; i++) pthread_create(&pt[i], NULL, thread_main, &ths[i]);
	pthread_barrier_wait(&ready_bar);
	ths[0].tid = gettid();
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term) pause();

	pthread_barrier_wait(&check_bar);
	check_self(&ths[0]);
	pthread_barrier_wait(&done_bar);
	for (int i = 1; i < 3; i++) pthread_join(pt[i], NULL);
	for (int i = 0; i < 3; i++) if (ths[i].errs) FAIL("%s", ths[i].why);
	if (status_field(getpid(), "NoNewPrivs") != 1) FAIL("no_new_privs lost");
	long r = syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, NULL);
	if (sigsys_nr != SYS_prlimit64) FAIL("prlimit64 did not trap (returned %ld, SIGSYS for %d)", r, (int)sigsys_nr);

	char c = 'p';
	if (write(to, &c, 1) != 1 || read(from, &c, 1) != 1 || c != 'k') FAIL("the strict child does not answer");
	c = 'x';
	if (write(to, &c, 1) != 1) FAIL("write to the strict child");
	int st;
	if (waitpid(child, &st, 0) != child) FAIL("waitpid strict child");
	if (!WIFSIGNALED(st) || WTERMSIG(st) != SIGKILL) FAIL("the strict child was not killed by its forbidden syscall (status 0x%x)", st);
	printf("PASS\n");
	return 0;
}
