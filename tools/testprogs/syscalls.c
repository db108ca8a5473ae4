/* Threads asleep in different system calls across dump and restore: read() on a pipe,
 * poll(), select() with a 60 s timeout, a condition variable (futex), an absolute
 * clock_nanosleep() 60 s away, epoll_wait(), sigwaitinfo() and waitpid() on a child
 * that sleeps in pause(); the main thread waits in sigsuspend(). Prints "ready" once
 * every thread is asleep; on SIGTERM wakes each the way it waits (data, the condition,
 * a signal, the child's death) and checks what each call returned; PASS or FAIL.
 * EINTR is retried, as robust programs do, and counted ("eintr:" line before the
 * verdict): Linux returns it from epoll_wait() and sigwaitinfo() after any stop
 * (signal(7)), and a restored task cannot resume poll()'s restart block (like CRIU,
 * Amber turns -ERESTART_RESTARTBLOCK into EINTR). The other calls must not see it. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "testprog.h"

static void on_usr1(int sig) { (void)sig; }

enum { T_READ, T_POLL, T_SELECT, T_COND, T_SLEEP, T_EPOLL, T_SIGWAIT, T_WAITPID, N };
static const char *names[N] = { "read", "poll", "select", "futex", "clock_nanosleep", "epoll_wait", "sigwaitinfo", "waitpid" };
static int pipes[N][2];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int flag;
static int ep;
static pid_t child;
static struct timespec deadline;
static struct result { long ret; int err; long extra; volatile pid_t tid; int eintr; } res[N];

static void *sleeper(void *arg)
{
	int k = (int)(long)arg;
	struct result *r = &res[k];
	r->tid = (pid_t)syscall(SYS_gettid);
again:
	errno = 0;
	switch (k) {
	case T_READ: {
		char c = 0;
		r->ret = read(pipes[k][0], &c, 1);
		r->extra = c;
		break;
	}
	case T_POLL: {
		struct pollfd p = { .fd = pipes[k][0], .events = POLLIN };
		r->ret = poll(&p, 1, -1);
		r->extra = p.revents;
		break;
	}
	case T_SELECT: {
		fd_set s;
		FD_ZERO(&s);
		FD_SET(pipes[k][0], &s);
		struct timeval tv = { 60, 0 };
		r->ret = select(pipes[k][0] + 1, &s, NULL, NULL, &tv);
		r->extra = FD_ISSET(pipes[k][0], &s);
		break;
	}
	case T_COND:
		pthread_mutex_lock(&mu);
		while (!flag)
			pthread_cond_wait(&cv, &mu);
		pthread_mutex_unlock(&mu);
		r->ret = flag;
		break;
	case T_SLEEP:
		r->ret = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
		break;
	case T_EPOLL: {
		struct epoll_event ev;
		r->ret = epoll_wait(ep, &ev, 1, -1);
		r->extra = (long)ev.data.u64;
		break;
	}
	case T_SIGWAIT: {
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGUSR2);
		siginfo_t si;
		r->ret = sigwaitinfo(&s, &si);
		r->extra = si.si_value.sival_int;
		break;
	}
	case T_WAITPID: {
		int st = 0;
		r->ret = waitpid(child, &st, 0);
		r->extra = st;
		break;
	}
	}
	r->err = errno;
	if (r->ret < 0 && r->err == EINTR && k != T_SLEEP) {
		r->eintr++;
		r->ret = 0;
		r->err = 0;
		goto again;
	}
	return NULL;
}

static char thread_state(pid_t tid)
{
	char path[64], buf[512];
	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
	FILE *f = fopen(path, "r");
	if (!f) return '?';
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	char *p = strrchr(buf, ')');
	return p ? p[2] : '?';
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_usr1; /* no SA_RESTART: the sleep returns EINTR */
	sigaction(SIGUSR1, &sa, NULL);
	for (int k = 0; k < N; k++)
		if (pipe(pipes[k])) return 2;
	ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x66 };
	epoll_ctl(ep, EPOLL_CTL_ADD, pipes[T_EPOLL][0], &ev);
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += 60;
	child = fork();
	if (child == 0) {
		signal(SIGTERM, SIG_DFL);
		signal(SIGUSR1, SIG_DFL);
		for (;;)
			pause();
	}

	/* Every thread but main blocks SIGTERM and SIGUSR2; SIGUSR1 goes to the sleeper only. */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGUSR2);
	sigaddset(&block, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	pthread_t th[N];
	for (int k = 0; k < N; k++) {
		if (k == T_SLEEP) {
			sigset_t s;
			sigemptyset(&s);
			sigaddset(&s, SIGUSR1);
			pthread_sigmask(SIG_UNBLOCK, &s, NULL);
		}
		pthread_create(&th[k], NULL, sleeper, (void *)(long)k);
		if (k == T_SLEEP) {
			sigset_t s;
			sigemptyset(&s);
			sigaddset(&s, SIGUSR1);
			pthread_sigmask(SIG_BLOCK, &s, NULL);
		}
	}
	for (int k = 0; k < N; k++) {
		int t;
		for (t = 0; t < 2000 && (res[k].tid == 0 || thread_state(res[k].tid) != 'S'); t++)
			usleep(1000);
		if (t == 2000) FAIL("setup: the %s thread does not sleep", names[k]);
	}
	usleep(20000);
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	sigset_t wait_mask = old;
	sigdelset(&wait_mask, SIGTERM);
	sigaddset(&wait_mask, SIGUSR2);
	sigaddset(&wait_mask, SIGUSR1);
	while (!term)
		sigsuspend(&wait_mask);

	for (int k = 0; k < N; k++)
		if (res[k].ret != 0 || res[k].err != 0)
			FAIL("the %s thread woke up before its time: returned %ld, errno %d", names[k], res[k].ret, res[k].err);
	(void)!write(pipes[T_READ][1], "a", 1);
	(void)!write(pipes[T_POLL][1], "p", 1);
	(void)!write(pipes[T_SELECT][1], "s", 1);
	(void)!write(pipes[T_EPOLL][1], "e", 1);
	pthread_mutex_lock(&mu);
	flag = 1;
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
	pthread_kill(th[T_SLEEP], SIGUSR1);
	union sigval v = { .sival_int = 77 };
	sigqueue(getpid(), SIGUSR2, v);
	kill(child, SIGUSR1);
	for (int k = 0; k < N; k++)
		pthread_join(th[k], NULL);

	struct result *r = res;
	printf("eintr:");
	for (int k = 0; k < N; k++)
		if (r[k].eintr) printf(" %s %d", names[k], r[k].eintr);
	printf("\n");
	const int may_eintr[N] = { [T_POLL] = 1, [T_EPOLL] = 1, [T_SIGWAIT] = 1 };
	for (int k = 0; k < N; k++)
		if (r[k].eintr && !may_eintr[k]) FAIL("%s returned EINTR %d times without a signal", names[k], r[k].eintr);
	if (r[T_READ].ret != 1 || r[T_READ].extra != 'a') FAIL("read returned %ld (errno %d) '%c'", r[T_READ].ret, r[T_READ].err, (char)r[T_READ].extra);
	if (r[T_POLL].ret != 1 || !(r[T_POLL].extra & POLLIN)) FAIL("poll returned %ld (errno %d) revents %lx", r[T_POLL].ret, r[T_POLL].err, r[T_POLL].extra);
	if (r[T_SELECT].ret != 1 || !r[T_SELECT].extra) FAIL("select returned %ld (errno %d)", r[T_SELECT].ret, r[T_SELECT].err);
	if (r[T_COND].ret != 1) FAIL("the condition variable wait returned %ld", r[T_COND].ret);
	if (r[T_SLEEP].ret != EINTR) FAIL("clock_nanosleep returned %ld, want EINTR (from SIGUSR1)", r[T_SLEEP].ret);
	if (r[T_EPOLL].ret != 1 || r[T_EPOLL].extra != 0x66) FAIL("epoll_wait returned %ld (errno %d) data %lx", r[T_EPOLL].ret, r[T_EPOLL].err, r[T_EPOLL].extra);
	if (r[T_SIGWAIT].ret != SIGUSR2 || r[T_SIGWAIT].extra != 77) FAIL("sigwaitinfo returned %ld (errno %d) value %ld", r[T_SIGWAIT].ret, r[T_SIGWAIT].err, r[T_SIGWAIT].extra);
	if (r[T_WAITPID].ret != child || !WIFSIGNALED(r[T_WAITPID].extra) || WTERMSIG(r[T_WAITPID].extra) != SIGUSR1)
		FAIL("waitpid returned %ld (errno %d) status 0x%lx", r[T_WAITPID].ret, r[T_WAITPID].err, r[T_WAITPID].extra);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
