/* eventfd, signalfd and timerfd across dump and restore (@amber/eventfds). Holds:
 *   fd 3: eventfd, count 0x100000005 (above 32 bits), FD_CLOEXEC
 *   fd 4: eventfd, EFD_SEMAPHORE | EFD_NONBLOCK, count 2
 *   fd 5: signalfd for SIGUSR1 and SIGUSR2, SFD_NONBLOCK; both blocked and pending
 *         (SIGUSR1 for the thread, SIGUSR2 for the process)
 *   fd 6: timerfd CLOCK_MONOTONIC, one-shot an hour away
 *   fd 7: timerfd CLOCK_REALTIME, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, an hour away
 *   fd 8: timerfd CLOCK_MONOTONIC, TFD_NONBLOCK, fired once and not read
 *   fd 9: timerfd CLOCK_BOOTTIME, every 10 ms
 *   fd 10: inotify (IN_NONBLOCK): wd 1 on the directory argv[1] (IN_CREATE), wd 2 removed,
 *          wd 3 on argv[1]/file (IN_MODIFY)
 *   fd 11: pidfd of a child that waits in pause() (a task of the tree)
 *   fd 12: pidfd of a child that exited and was reaped
 *   fd 13, 14: its own pid and net namespaces (/proc/self/ns/pid, /proc/self/ns/net)
 * (with a directory argument only: the conformance case gives one)
 * Prints "ready"; on SIGTERM checks every count, mask, flag, clock, time left and the
 * pending signals through the signalfd, then prints PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <time.h>
#include "testprog.h"

#define CHECK(cond, ...) do { if (!(cond)) FAIL(__VA_ARGS__); } while (0)
#define BIG 0x100000005ULL
#define HOUR 3600

static int64_t now_ns(clockid_t c)
{
	struct timespec ts;
	clock_gettime(c, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int64_t left_ns(int fd)
{
	struct itimerspec its;
	if (timerfd_gettime(fd, &its)) return -1;
	return (int64_t)its.it_value.tv_sec * 1000000000LL + its.it_value.tv_nsec;
}

/* The pid a pidfd names, in the innermost namespace (the last of NSpid: /proc may be
 * an outer namespace's), or -1 for a dead task. */
static int fdinfo_pid(int fd)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	FILE *f = fopen(path, "r");
	int pid = 0;
	if (!f) return 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Pid: %d", &pid) == 1 && pid == -1) break;
		if (strncmp(line, "NSpid:", 6) == 0) {
			char *last = strrchr(line, '\t');
			if (last) pid = atoi(last + 1);
		}
	}
	fclose(f);
	return pid;
}

static const char *dir;
static pid_t child;

static int check_more(void)
{
	/* inotify: the same wds see events of the same files */
	char path[4096];
	char buf[4096] __attribute__((aligned(8)));
	CHECK(read(10, buf, sizeof(buf)) < 0 && errno == EAGAIN, "inotify: events queued before any change");
	snprintf(path, sizeof(path), "%s/new", dir);
	int f = open(path, O_CREAT | O_WRONLY, 0600);
	CHECK(f >= 0, "create %s: %m", path);
	close(f);
	snprintf(path, sizeof(path), "%s/file", dir);
	f = open(path, O_WRONLY | O_APPEND);
	CHECK(f >= 0 && write(f, "x", 1) == 1, "append %s: %m", path);
	close(f);
	int seen1 = 0, seen3 = 0;
	ssize_t n = read(10, buf, sizeof(buf));
	CHECK(n > 0, "inotify: no events (%m)");
	for (char *p = buf; p < buf + n;) {
		struct inotify_event *e = (struct inotify_event *)p;
		if (e->wd == 1 && (e->mask & IN_CREATE)) seen1 = 1;
		else if (e->wd == 3 && (e->mask & IN_MODIFY)) seen3 = 1;
		else FAIL("inotify: unexpected event wd %d mask %#x", e->wd, e->mask);
		p += sizeof(*e) + e->len;
	}
	CHECK(seen1 && seen3, "inotify: events of wd 1 %d, wd 3 %d", seen1, seen3);
	/* pidfds */
	CHECK(fdinfo_pid(11) == child, "pidfd fd 11 is of pid %d, not of child %d", fdinfo_pid(11), child);
	CHECK(fdinfo_pid(12) == -1, "pidfd fd 12 is of pid %d, not of a dead task", fdinfo_pid(12));
	/* namespace fds: still the task's own */
	const char *ns[] = { "pid", "net" };
	for (int i = 0; i < 2; i++) {
		char a[128] = "", b[128] = "", p[64];
		snprintf(p, sizeof(p), "/proc/self/fd/%d", 13 + i);
		CHECK(readlink(p, a, sizeof(a) - 1) > 0, "fd %d is not open", 13 + i);
		snprintf(p, sizeof(p), "/proc/self/ns/%s", ns[i]);
		CHECK(readlink(p, b, sizeof(b) - 1) > 0, "readlink %s: %m", p);
		CHECK(strcmp(a, b) == 0, "fd %d is %s, the task's %s namespace is %s", 13 + i, a, ns[i], b);
	}
	CHECK(syscall(SYS_pidfd_send_signal, 11, SIGKILL, NULL, 0) == 0, "pidfd_send_signal: %m");
	siginfo_t si;
	CHECK(waitid(P_PIDFD, 11, &si, WEXITED) == 0 && si.si_pid == child, "waitid(P_PIDFD): %m");
	return 0;
}

static int check(int64_t deadline)
{
	uint64_t v;
	/* eventfds */
	CHECK(fcntl(3, F_GETFD) == FD_CLOEXEC, "fd 3 lost FD_CLOEXEC");
	CHECK(fcntl(4, F_GETFD) == 0, "fd 4 has FD_CLOEXEC");
	CHECK(read(3, &v, 8) == 8 && v == BIG, "eventfd fd 3 count %#llx, want %#llx", (unsigned long long)v, BIG);
	CHECK(fcntl(4, F_GETFL) & O_NONBLOCK, "fd 4 lost O_NONBLOCK");
	CHECK(read(4, &v, 8) == 8 && v == 1, "semaphore eventfd: first read %llu", (unsigned long long)v);
	CHECK(read(4, &v, 8) == 8 && v == 1, "semaphore eventfd: second read %llu", (unsigned long long)v);
	CHECK(read(4, &v, 8) < 0 && errno == EAGAIN, "semaphore eventfd: a third read did not say EAGAIN");
	/* signalfd: the pending signals are read through it */
	struct signalfd_siginfo si[2];
	CHECK(fcntl(5, F_GETFL) & O_NONBLOCK, "fd 5 lost O_NONBLOCK");
	ssize_t n = read(5, si, sizeof(si));
	CHECK(n == (ssize_t)sizeof(si), "signalfd read %zd bytes (%m), want two signals", n);
	CHECK((si[0].ssi_signo == SIGUSR1 && si[1].ssi_signo == SIGUSR2) || (si[0].ssi_signo == SIGUSR2 && si[1].ssi_signo == SIGUSR1),
	      "signalfd gave signals %u and %u", si[0].ssi_signo, si[1].ssi_signo);
	CHECK(read(5, si, sizeof(si)) < 0 && errno == EAGAIN, "signalfd: more signals than were pending");
	/* timerfds */
	int64_t l6 = left_ns(6);
	CHECK(l6 > 0 && l6 <= (int64_t)HOUR * 1000000000LL, "timerfd fd 6: %lld ns left", (long long)l6);
	int64_t l7 = left_ns(7);
	int64_t want7 = deadline - now_ns(CLOCK_REALTIME);
	CHECK(l7 > want7 - 2000000000LL && l7 < want7 + 2000000000LL, "absolute timerfd fd 7: %lld ns left, want %lld", (long long)l7, (long long)want7);
	CHECK(left_ns(8) == 0, "fired timerfd fd 8 is armed again");
	CHECK(read(8, &v, 8) == 8 && v == 1, "fired timerfd fd 8: read %llu expirations (%m), want 1", (unsigned long long)v);
	CHECK(read(8, &v, 8) < 0 && errno == EAGAIN, "timerfd fd 8 fired again");
	CHECK(read(9, &v, 8) == 8 && v >= 1, "periodic timerfd fd 9 does not fire");
	CHECK(read(9, &v, 8) == 8 && v >= 1, "periodic timerfd fd 9 stopped");
	struct itimerspec its;
	CHECK(timerfd_gettime(9, &its) == 0 && its.it_interval.tv_nsec == 10000000, "fd 9 interval changed");
	return dir ? check_more() : 0;
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	if (place(eventfd(0, EFD_CLOEXEC), 3)) FAIL("eventfd: %m");
	uint64_t big = BIG;
	if (write(3, &big, 8) != 8) FAIL("write eventfd: %m");
	if (place(eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK), 4)) FAIL("eventfd: %m");

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	if (place(signalfd(-1, &set, SFD_NONBLOCK), 5)) FAIL("signalfd: %m");
	raise(SIGUSR1);
	kill(getpid(), SIGUSR2);

	struct itimerspec its = { .it_value = { .tv_sec = HOUR } };
	if (place(timerfd_create(CLOCK_MONOTONIC, 0), 6) || timerfd_settime(6, 0, &its, NULL)) FAIL("timerfd 6: %m");
	int64_t deadline = now_ns(CLOCK_REALTIME) + (int64_t)HOUR * 1000000000LL;
	struct itimerspec abs = { .it_value = { .tv_sec = deadline / 1000000000LL, .tv_nsec = deadline % 1000000000LL } };
	if (place(timerfd_create(CLOCK_REALTIME, 0), 7) || timerfd_settime(7, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &abs, NULL))
		FAIL("timerfd 7: %m");
	struct itimerspec once = { .it_value = { .tv_nsec = 1000000 } };
	if (place(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK), 8) || timerfd_settime(8, 0, &once, NULL)) FAIL("timerfd 8: %m");
	struct pollfd p = { .fd = 8, .events = POLLIN };
	if (poll(&p, 1, -1) != 1) FAIL("poll timerfd 8: %m");
	struct itimerspec every = { .it_value = { .tv_nsec = 10000000 }, .it_interval = { .tv_nsec = 10000000 } };
	if (place(timerfd_create(CLOCK_BOOTTIME, 0), 9) || timerfd_settime(9, 0, &every, NULL)) FAIL("timerfd 9: %m");

	if (argc > 1) {
		char path[4096];
		dir = argv[1];
		if (place(inotify_init1(IN_NONBLOCK), 10)) FAIL("inotify_init1: %m");
		snprintf(path, sizeof(path), "%s/file", dir);
		int f = open(path, O_CREAT | O_WRONLY, 0600);
		if (f < 0) FAIL("create %s: %m", path);
		close(f);
		snprintf(path, sizeof(path), "%s/gone", dir);
		f = open(path, O_CREAT | O_WRONLY, 0600);
		close(f);
		if (inotify_add_watch(10, dir, IN_CREATE) != 1) FAIL("inotify wd 1: %m");
		if (inotify_add_watch(10, path, IN_MODIFY) != 2) FAIL("inotify wd 2: %m");
		snprintf(path, sizeof(path), "%s/file", dir);
		if (inotify_add_watch(10, path, IN_MODIFY) != 3) FAIL("inotify wd 3: %m");
		inotify_rm_watch(10, 2);
		char buf[4096];
		while (read(10, buf, sizeof(buf)) > 0)
			; /* the IN_IGNORED of wd 2 */
		child = fork();
		if (child == 0) {
			for (;;) pause();
		}
		if (place(syscall(SYS_pidfd_open, child, 0), 11)) FAIL("pidfd_open: %m");
		pid_t dead = fork();
		if (dead == 0) _exit(0);
		if (place(syscall(SYS_pidfd_open, dead, 0), 12)) FAIL("pidfd_open: %m");
		waitpid(dead, NULL, 0);
		if (place(open("/proc/self/ns/pid", O_RDONLY), 13) || place(open("/proc/self/ns/net", O_RDONLY), 14)) FAIL("open ns: %m");
	}

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();
	if (check(deadline)) return 1;
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
