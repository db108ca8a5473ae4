/* Pid namespaces across dump and restore.
 *   pidns container: started as pid 1 of a new pid namespace (the runner's clone3 with
 *     CLONE_NEWPID); it forks A (pid 2) and B (pid 3, its own session).
 *   pidns nested (seed 004): the root stays in the runner's namespace and makes N1, pid 1
 *     of namespace 1; N1 forks N1b (pid 2 there) and N2, pid 1 of namespace 2 nested in
 *     namespace 1 (pid 3 there); N2 forks N2b (pid 2 in namespace 2). Each task has one
 *     pid number per level (NSpid in /proc/PID/status).
 * Every task remembers its pid, ppid, NSpid, NSpgid and NSsid (in a container, without
 * the outermost numbers: a container may come back at other pids outside). Prints "ready"; on
 * SIGTERM each task checks them (a task that finds a difference writes it on a pipe
 * the root reads); PASS or FAIL with the reasons. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

static int report[2]; /* the pipe tasks write their findings ('r' when ready) to */
static int inside_only; /* a container: its pids outside are not its own (they change) */

static void status_lines(char *out, size_t size)
{
	char buf[4096];
	FILE *f = fopen("/proc/self/status", "r");
	out[0] = 0;
	if (!f) return;
	while (fgets(buf, sizeof(buf), f)) {
		if (strncmp(buf, "NSpid:", 6) && strncmp(buf, "NSpgid:", 7) && strncmp(buf, "NSsid:", 6)) continue;
		char *numbers = strchr(buf, ':') + 1;
		if (inside_only) { /* drop the outermost number */
			numbers += strspn(numbers, " \t");
			numbers += strcspn(numbers, " \t");
		}
		*strchr(buf, ':') = 0;
		snprintf(out + strlen(out), size - strlen(out), "%s:%s", buf, numbers);
	}
	fclose(f);
}

struct self { const char *name; pid_t pid, ppid; char ns[512]; };

static void remember(struct self *s, const char *name)
{
	s->name = name;
	s->pid = getpid();
	s->ppid = getppid();
	status_lines(s->ns, sizeof(s->ns));
}

/* Checks the task against what it remembered; 0 or writes the difference and returns 1. */
static int check(const struct self *s)
{
	char msg[1200], now[512];
	status_lines(now, sizeof(now));
	if (getpid() != s->pid) snprintf(msg, sizeof(msg), "%s: getpid() %d, was %d; ", s->name, getpid(), s->pid);
	else if (getppid() != s->ppid) snprintf(msg, sizeof(msg), "%s: getppid() %d, was %d; ", s->name, getppid(), s->ppid);
	else if (strcmp(now, s->ns)) {
		snprintf(msg, sizeof(msg), "%s: ids changed: was [%s] now [%s]; ", s->name, s->ns, now);
		for (char *p = msg; *p; p++)
			if (*p == '\n' || *p == '\t') *p = ' ';
	} else return 0;
	(void)!write(report[1], msg, strlen(msg));
	return 1;
}

static void wait_term(void)
{
	while (!term)
		pause();
}

/* A leaf: ready, then checks itself on SIGTERM. */
static _Noreturn void leaf(const char *name)
{
	struct self s;
	remember(&s, name);
	(void)!write(report[1], "r", 1);
	wait_term();
	_exit(check(&s));
}

static int reap(pid_t pid)
{
	int st;
	if (waitpid(pid, &st, 0) != pid) return 1;
	return !WIFEXITED(st) || WEXITSTATUS(st) != 0;
}

static int collect(int want_ready)
{
	int got = 0;
	char c;
	while (got < want_ready && read(report[0], &c, 1) == 1)
		if (c == 'r') got++;
	return got == want_ready ? 0 : -1;
}

static int verdict(int failed)
{
	char buf[4096] = { 0 };
	fcntl(report[0], F_SETFL, O_NONBLOCK);
	ssize_t n = read(report[0], buf, sizeof(buf) - 1);
	if (n > 0 || failed) {
		printf("FAIL: %s\n", n > 0 ? buf : "a task died");
		fflush(stdout);
		return 1;
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

static int container(void)
{
	inside_only = 1;
	struct self s;
	remember(&s, "init");
	if (getpid() != 1) {
		printf("FAIL: not started as pid 1 of a pid namespace (pid %d)\n", getpid());
		return 1;
	}
	pid_t a = fork();
	if (a == 0) leaf("A");
	pid_t b = fork();
	if (b == 0) {
		setsid();
		leaf("B (own session)");
	}
	if (collect(2)) return 1;
	printf("ready %d A %d B %d\n", getpid(), a, b);
	fflush(stdout);
	wait_term();
	int failed = check(&s);
	kill(a, SIGTERM);
	kill(b, SIGTERM);
	failed |= reap(a) | reap(b);
	return verdict(failed);
}

static int nested(void)
{
	pid_t root = getpid();
	if (unshare(CLONE_NEWPID)) {
		printf("FAIL: unshare(CLONE_NEWPID): %m\n");
		return 1;
	}
	pid_t n1 = fork();
	if (n1 == 0) {
		struct self s;
		remember(&s, "N1 (pid 1 of namespace 1)");
		pid_t n1b = fork();
		if (n1b == 0) leaf("N1b (pid 2 of namespace 1)");
		if (unshare(CLONE_NEWPID)) _exit(2);
		pid_t n2 = fork();
		if (n2 == 0) {
			struct self s2;
			remember(&s2, "N2 (pid 1 of namespace 2)");
			pid_t n2b = fork();
			if (n2b == 0) leaf("N2b (pid 2 of namespace 2)");
			(void)!write(report[1], "r", 1);
			wait_term();
			int failed = check(&s2);
			kill(n2b, SIGTERM);
			_exit(failed | reap(n2b));
		}
		(void)!write(report[1], "r", 1);
		wait_term();
		int failed = check(&s);
		kill(n1b, SIGTERM);
		kill(n2, SIGTERM);
		_exit(failed | reap(n1b) | reap(n2));
	}
	if (collect(4)) return 1;
	printf("ready %d N1 %d\n", root, n1);
	fflush(stdout);
	wait_term();
	if (getpid() != root) {
		printf("FAIL: root pid %d, was %d\n", getpid(), root);
		return 1;
	}
	kill(n1, SIGTERM);
	return verdict(reap(n1));
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	if (pipe(report)) return 2;
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "container")) return container();
	if (!strcmp(mode, "nested")) return nested();
	printf("FAIL: usage: pidns container|nested\n");
	return 2;
}
