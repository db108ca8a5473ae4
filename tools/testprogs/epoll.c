/* epoll across dump and restore (seed 002). `epoll basic`, one task:
 *   E1 (fd 3) watches: pipe A (fd 10, 1 byte queued: ready now) data 0xA;
 *     pipe B registered at fd 12, then dup'ed to 14 and fd 12 replaced by pipe C's read
 *     end (the watch stays keyed (B, 12)) data 0xB;
 *     pipe D registered at fd 16, then moved to 18 and 16 closed, data 0xD;
 *     pipe F twice: at fd 19 (0xF1) and at its dup 21, edge-triggered (0xF2);
 *     pipe G, EPOLLONESHOT, already fired (disabled, data queued) 0x61;
 *     pipe H, EPOLLONESHOT, armed, 0x62.
 *   E2 (fd 4) watches E1 (nested, 0xE1) and pipe F at fd 19 (0xF3).
 * `epoll escaped`, two tasks: E1 (fd 3) watches pipe X registered at fd 10; the child
 *   keeps fd 10, the parent closes it: the target lives only in the child's fd table.
 * Prints "ready"; on SIGTERM writes to the pipes and checks which events come (and do
 * not come), and which (file, fd) keys the watches have; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

static int add(int ep, int fd, uint32_t events, uint64_t data)
{
	struct epoll_event ev = { .events = events, .data.u64 = data };
	return epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
}

/* The data of the events ready now, as a sorted list in text. */
static const char *ready_set(int ep, char *out, size_t size)
{
	struct epoll_event evs[32];
	int n = epoll_wait(ep, evs, 32, 0);
	uint64_t v[32];
	for (int i = 0; i < n; i++) v[i] = evs[i].data.u64;
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++)
			if (v[j] < v[i]) { uint64_t t = v[i]; v[i] = v[j]; v[j] = t; }
	out[0] = 0;
	for (int i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s%lx", i ? "," : "", (unsigned long)v[i]);
	if (n < 0) snprintf(out, size, "error %d", errno);
	return out;
}

static int errno_of(int r) { return r == 0 ? 0 : errno; }

static int basic(void)
{
	if (place(epoll_create1(0), 3) || place(epoll_create1(0), 4)) FAIL("epoll_create1: %m");
	pipe_at(10, 11);
	pipe_at(12, 13);
	pipe_at(16, 17);
	pipe_at(19, 20);
	pipe_at(22, 23);
	pipe_at(24, 25);
	if (add(3, 10, EPOLLIN, 0xA) || add(3, 12, EPOLLIN | EPOLLRDHUP, 0xB) || add(3, 16, EPOLLIN | EPOLLPRI, 0xD) ||
	    add(3, 19, EPOLLIN, 0xF1) || add(3, 22, EPOLLIN | EPOLLONESHOT, 0x61) || add(3, 24, EPOLLIN | EPOLLONESHOT, 0x62))
		FAIL("epoll_ctl: %m");
	/* seed 002: the watch stays keyed by (B, 12) while fd 12 becomes pipe C */
	if (dup2(12, 14) != 14) FAIL("dup2: %m");
	int c[2];
	pipe(c);
	dup2(c[0], 12);
	dup2(c[1], 15);
	close(c[0]);
	close(c[1]);
	/* a closed target: D lives on at 18 */
	dup2(16, 18);
	close(16);
	/* the same file twice */
	dup2(19, 21);
	if (add(3, 21, EPOLLIN | EPOLLET, 0xF2)) FAIL("epoll_ctl 21: %m");
	/* nested */
	if (add(4, 3, EPOLLIN, 0xE1) || add(4, 19, EPOLLIN, 0xF3)) FAIL("epoll_ctl E2: %m");
	/* fire the one-shot G, then make A ready */
	char set[256];
	(void)!write(23, "g", 1);
	if (strcmp(ready_set(3, set, sizeof(set)), "61")) FAIL("setup: E1 ready set %s, want 61", set);
	(void)!write(11, "a", 1);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	if (strcmp(ready_set(3, set, sizeof(set)), "a")) FAIL("E1 ready set %s, want a (only pipe A has data; G's one-shot is spent)", set);
	if (strcmp(ready_set(4, set, sizeof(set)), "e1")) FAIL("E2 ready set %s, want e1 (E1 is ready)", set);
	(void)!write(13, "b", 1);
	(void)!write(15, "c", 1);
	(void)!write(17, "d", 1);
	(void)!write(20, "f", 1);
	(void)!write(25, "h", 1);
	if (strcmp(ready_set(3, set, sizeof(set)), "a,b,d,62,f1,f2")) FAIL("E1 ready set %s after writes, want a,b,d,62,f1,f2", set);
	if (strcmp(ready_set(3, set, sizeof(set)), "a,b,d,f1")) FAIL("E1 ready set %s the second time, want a,b,d,f1 (f2 edge-triggered, 62 one-shot)", set);
	if (strcmp(ready_set(4, set, sizeof(set)), "e1,f3")) FAIL("E2 ready set %s after writes, want e1,f3", set);
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0 };
	int e;
	if ((e = errno_of(epoll_ctl(3, EPOLL_CTL_DEL, 14, NULL))) != ENOENT) FAIL("DEL of fd 14 (B, not registered under 14): errno %d, want ENOENT", e);
	if ((e = errno_of(epoll_ctl(3, EPOLL_CTL_MOD, 12, &ev))) != ENOENT) FAIL("MOD of fd 12 (now pipe C): errno %d, want ENOENT", e);
	if ((e = errno_of(epoll_ctl(3, EPOLL_CTL_DEL, 18, NULL))) != ENOENT) FAIL("DEL of fd 18 (D, registered under 16): errno %d, want ENOENT", e);
	if ((e = errno_of(epoll_ctl(3, EPOLL_CTL_DEL, 21, NULL))) != 0) FAIL("DEL of fd 21: errno %d, want success", e);
	if ((e = errno_of(epoll_ctl(3, EPOLL_CTL_DEL, 10, NULL))) != 0) FAIL("DEL of fd 10: errno %d, want success", e);
	if ((e = errno_of(add(3, 12, EPOLLIN, 0xC))) != 0) FAIL("ADD of pipe C at fd 12: errno %d, want success", e);
	if (strcmp(ready_set(3, set, sizeof(set)), "b,c,d,f1")) FAIL("E1 ready set %s at the end, want b,c,d,f1", set);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}

static int escaped(void)
{
	if (place(epoll_create1(0), 3)) FAIL("epoll_create1: %m");
	pipe_at(10, 11);
	if (add(3, 10, EPOLLIN, 0x5E)) FAIL("epoll_ctl: %m");
	pid_t child = fork();
	if (child == 0) {
		close(3);
		close(11);
		while (!term)
			pause();
		char b = 0;
		if (read(10, &b, 1) != 1 || b != 'e') _exit(1);
		_exit(0);
	}
	close(10);
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	while (!term)
		pause();

	char set[256];
	if (strcmp(ready_set(3, set, sizeof(set)), "")) FAIL("E1 ready set %s, want none", set);
	(void)!write(11, "e", 1);
	if (strcmp(ready_set(3, set, sizeof(set)), "5e")) FAIL("E1 ready set %s, want 5e (the child's pipe got data)", set);
	kill(child, SIGTERM);
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st) || WEXITSTATUS(st)) FAIL("child status 0x%x (it did not read 'e' from its fd 10)", st);
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
	if (argc > 1 && !strcmp(argv[1], "escaped")) return escaped();
	if (argc > 1 && !strcmp(argv[1], "basic")) return basic();
	printf("FAIL: usage: epoll basic|escaped\n");
	return 2;
}
