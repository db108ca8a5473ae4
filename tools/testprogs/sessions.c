/* Sessions, groups, dead leaders, zombies and orphans across dump and restore.
 *   sessions dead-leader: child A calls setsid() and makes B (pgid A) and C (own group)
 *     with CLONE_PARENT, so they are the root's children, then A exits and is reaped: a
 *     session whose leader is dead. Likewise G leads a group, makes H (in G's group) and
 *     dies: a group whose leader is dead.
 *   sessions orphans: the root is a child subreaper; P makes O1 and O2 (own group) and
 *     exits: they are orphans reparented to the root. After restore a new orphan must
 *     reach the root too.
 *   sessions zombies: zombies that exited 7, that were killed by SIGKILL, that lead a
 *     group with a live member (L).
 *   sessions zombie-leader: a zombie (exit 42) that leads a session with a live member.
 * Prints "ready"; on SIGTERM the root checks what it can see (pids gone, zombies, their
 * status, the subreaper flag), asks each live child to check its ppid, sid and pgid
 * (exit 0, or 11 ppid, 12 sid, 13 pgid), and prints PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

/* fork(), but the child's parent is our parent (no glibc fork handlers: the child only
 * uses plain syscalls and _exit). */
static pid_t fork_sibling(void) { return (pid_t)syscall(SYS_clone, CLONE_PARENT | SIGCHLD, NULL, NULL, NULL, NULL); }

static void wait_term(void)
{
	while (!term)
		pause();
}

/* A live child: waits for SIGTERM, then checks its ids. */
static _Noreturn void check_later(pid_t ppid, pid_t sid, pid_t pgid)
{
	wait_term();
	if (getppid() != ppid) _exit(11);
	if (getsid(0) != sid) _exit(12);
	if (getpgrp() != pgid) _exit(13);
	_exit(0);
}

/* Fields of /proc/PID/stat: state, pgid, sid. */
static int proc_stat(pid_t pid, char *state, pid_t *pgid, pid_t *sid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	FILE *f = fopen(path, "r");
	if (!f) return -1;
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	char *p = strrchr(buf, ')');
	int ppid;
	if (!p || sscanf(p + 2, "%c %d %d %d", state, &ppid, pgid, sid) != 4) return -1;
	return 0;
}

static int gone(pid_t pid) { return kill(pid, 0) == -1 && errno == ESRCH; }

struct kid { const char *name; pid_t pid; };

/* SIGTERM each live child and check it exits 0. */
static int finish(struct kid *kids, int n)
{
	for (int i = 0; i < n; i++)
		kill(kids[i].pid, SIGTERM);
	for (int i = 0; i < n; i++) {
		int st;
		if (waitpid(kids[i].pid, &st, 0) != kids[i].pid) FAIL("%s (%d) is not our child: %m", kids[i].name, kids[i].pid);
		if (!WIFEXITED(st) || WEXITSTATUS(st)) {
			int c = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
			FAIL("%s (%d) %s", kids[i].name, kids[i].pid, c == 11 ? "has another parent" : c == 12 ? "is in another session" : c == 13 ? "is in another process group" : "died");
		}
	}
	return 0;
}

static int dead_leader(void)
{
	pid_t root = getpid(), sid0 = getsid(0);
	int p[2];
	pipe(p);
	pid_t a = fork();
	if (a == 0) {
		setsid();
		pid_t me = getpid();
		pid_t b = fork_sibling();
		if (b == 0) check_later(root, me, me);
		pid_t c = fork_sibling();
		if (c == 0) {
			setpgid(0, 0);
			check_later(root, me, getpid());
		}
		pid_t both[2] = { b, c };
		(void)!write(p[1], both, sizeof(both));
		_exit(0);
	}
	pid_t bc[2];
	if (read(p[0], bc, sizeof(bc)) != sizeof(bc)) FAIL("no pids from A");
	waitpid(a, NULL, 0);
	pid_t g = fork();
	if (g == 0) {
		setpgid(0, 0);
		pid_t me = getpid();
		pid_t h = fork_sibling();
		if (h == 0) check_later(root, sid0, me);
		(void)!write(p[1], &h, sizeof(h));
		_exit(0);
	}
	pid_t h;
	if (read(p[0], &h, sizeof(h)) != sizeof(h)) FAIL("no pid from G");
	waitpid(g, NULL, 0);
	close(p[0]);
	close(p[1]);
	usleep(20000); /* let C and H set their groups */
	printf("ready %d A %d B %d C %d G %d H %d\n", root, a, bc[0], bc[1], g, h);
	fflush(stdout);
	wait_term();

	if (!gone(a)) FAIL("pid %d (the dead session leader) exists", a);
	if (!gone(g)) FAIL("pid %d (the dead group leader) exists", g);
	if (getsid(0) != sid0) FAIL("the root's session changed");
	struct kid kids[] = { { "B (session A, group A)", bc[0] }, { "C (session A, own group)", bc[1] }, { "H (group G)", h } };
	if (finish(kids, 3)) return 1;
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

static int orphans(void)
{
	pid_t root = getpid(), pgid0 = getpgrp(), sid0 = getsid(0);
	if (prctl(PR_SET_CHILD_SUBREAPER, 1)) FAIL("PR_SET_CHILD_SUBREAPER: %m");
	int p[2];
	pipe(p);
	pid_t parent = fork();
	if (parent == 0) {
		pid_t o1 = fork();
		if (o1 == 0) check_later(root, sid0, pgid0);
		pid_t o2 = fork();
		if (o2 == 0) {
			setpgid(0, 0);
			check_later(root, sid0, getpid());
		}
		pid_t both[2] = { o1, o2 };
		(void)!write(p[1], both, sizeof(both));
		_exit(0);
	}
	pid_t o[2];
	if (read(p[0], o, sizeof(o)) != sizeof(o)) FAIL("no pids from P");
	waitpid(parent, NULL, 0);
	usleep(20000);
	printf("ready %d P %d O1 %d O2 %d\n", root, parent, o[0], o[1]);
	fflush(stdout);
	wait_term();

	int on = 0;
	prctl(PR_GET_CHILD_SUBREAPER, &on);
	if (on != 1) FAIL("the root is no longer a child subreaper");
	/* A new orphan must come to the root. */
	pid_t p2 = fork();
	if (p2 == 0) {
		pid_t q = fork();
		if (q == 0) {
			for (int i = 0; i < 400 && getppid() != root; i++)
				usleep(5000);
			_exit(getppid() == root ? 0 : 11);
		}
		(void)!write(p[1], &q, sizeof(q));
		_exit(0);
	}
	pid_t q;
	if (read(p[0], &q, sizeof(q)) != sizeof(q)) FAIL("no pid from P2");
	waitpid(p2, NULL, 0);
	int st;
	if (waitpid(q, &st, 0) != q) FAIL("a new orphan was not reparented to the root: %m");
	if (!WIFEXITED(st) || WEXITSTATUS(st)) FAIL("the new orphan saw another parent");
	struct kid kids[] = { { "O1 (orphan)", o[0] }, { "O2 (orphan, own group)", o[1] } };
	if (finish(kids, 2)) return 1;
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

/* Waits until `pid` is a zombie; its pgid and sid then. */
static int await_zombie(pid_t pid, pid_t *pgid, pid_t *sid)
{
	char state = '?';
	for (int t = 0; t < 500; t++) {
		if (proc_stat(pid, &state, pgid, sid) == 0 && state == 'Z') return 0;
		usleep(2000);
	}
	return -1;
}

/* Checks the zombies are still zombies with their pgid and sid, then reaps each and
 * checks its status (exit code, or -signal). */
static int check_zombies(const pid_t *z, const pid_t *zpgid, const pid_t *zsid, const int *want, int n)
{
	for (int i = 0; i < n; i++) {
		char state = '?';
		pid_t pg, s;
		if (proc_stat(z[i], &state, &pg, &s)) FAIL("zombie Z%d (%d) is gone", i + 1, z[i]);
		if (state != 'Z') FAIL("Z%d (%d) is in state %c, not a zombie", i + 1, z[i], state);
		if (pg != zpgid[i] || s != zsid[i]) FAIL("Z%d (%d): pgid %d sid %d, were %d %d", i + 1, z[i], pg, s, zpgid[i], zsid[i]);
	}
	for (int i = 0; i < n; i++) {
		int st;
		if (waitpid(z[i], &st, 0) != z[i]) FAIL("Z%d (%d) cannot be reaped: %m", i + 1, z[i]);
		if (want[i] >= 0 && (!WIFEXITED(st) || WEXITSTATUS(st) != want[i])) FAIL("Z%d status 0x%x, want exit %d", i + 1, st, want[i]);
		if (want[i] < 0 && (!WIFSIGNALED(st) || WTERMSIG(st) != -want[i])) FAIL("Z%d status 0x%x, want killed by signal %d", i + 1, st, -want[i]);
	}
	return 0;
}

static int zombies(void)
{
	pid_t root = getpid(), sid0 = getsid(0);
	int p[2];
	pipe(p);
	pid_t z1 = fork();
	if (z1 == 0) _exit(7);
	pid_t z2 = fork();
	if (z2 == 0) {
		kill(getpid(), SIGKILL);
		_exit(1);
	}
	pid_t z3 = fork();
	if (z3 == 0) {
		setpgid(0, 0);
		pid_t me = getpid();
		pid_t l = fork_sibling();
		if (l == 0) check_later(root, sid0, me);
		(void)!write(p[1], &l, sizeof(l));
		_exit(0);
	}
	pid_t l;
	if (read(p[0], &l, sizeof(l)) != sizeof(l)) FAIL("no pid from Z3");
	pid_t z[3] = { z1, z2, z3 }, zpgid[3], zsid[3];
	const int want[3] = { 7, -SIGKILL, 0 };
	for (int i = 0; i < 3; i++)
		if (await_zombie(z[i], &zpgid[i], &zsid[i])) FAIL("setup: Z%d is no zombie", i + 1);
	if (zpgid[2] != z3) FAIL("setup: Z3 pgid %d", zpgid[2]);
	printf("ready %d Z1 %d Z2 %d Z3 %d L %d\n", root, z1, z2, z3, l);
	fflush(stdout);
	wait_term();

	if (check_zombies(z, zpgid, zsid, want, 3)) return 1;
	struct kid kids[] = { { "L (group of zombie Z3)", l } };
	if (finish(kids, 1)) return 1;
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

static int zombie_leader(void)
{
	pid_t root = getpid();
	int p[2];
	pipe(p);
	pid_t z = fork();
	if (z == 0) {
		setsid();
		pid_t me = getpid();
		pid_t m = fork_sibling();
		if (m == 0) check_later(root, me, me);
		(void)!write(p[1], &m, sizeof(m));
		_exit(42);
	}
	pid_t m;
	if (read(p[0], &m, sizeof(m)) != sizeof(m)) FAIL("no pid from Z");
	pid_t zpgid, zsid;
	const int want = 42;
	if (await_zombie(z, &zpgid, &zsid)) FAIL("setup: Z is no zombie");
	if (zsid != z) FAIL("setup: Z sid %d", zsid);
	printf("ready %d Z %d M %d\n", root, z, m);
	fflush(stdout);
	wait_term();

	if (check_zombies(&z, &zpgid, &zsid, &want, 1)) return 1;
	struct kid kids[] = { { "M (session of zombie Z)", m } };
	if (finish(kids, 1)) return 1;
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "dead-leader")) return dead_leader();
	if (!strcmp(mode, "orphans")) return orphans();
	if (!strcmp(mode, "zombies")) return zombies();
	if (!strcmp(mode, "zombie-leader")) return zombie_leader();
	printf("FAIL: usage: sessions dead-leader|orphans|zombies|zombie-leader\n");
	return 2;
}
