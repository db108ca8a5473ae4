/* epoll watch states that fdinfo does not fully show, across dump and restore.
 *   E1 (fd 3): three EPOLLONESHOT watches already fired whose targets are ready for
 *     nothing at the dump: pipe P1's read end (fd 10, emptied), pipe P2's write end
 *     (fd 13, full), and an idle epoll I (fd 4, watching pipe P3 at fd 14).
 *   E2 (fd 5): an EPOLLET watch on P4 (fd 16, data queued) whose edge a wait took, as
 *     in a program asleep in epoll_wait; an EPOLLEXCLUSIVE watch on the empty P5 (fd 18).
 *   E3 (fd 6): an EPOLLET watch on P6 (fd 20, data queued) whose edge nobody took, and an
 *     EPOLLEXCLUSIVE watch on P7 (fd 22, data queued).
 * Prints "ready"; on SIGTERM checks fdinfo and which events come (and do not come):
 * spent oneshots stay silent even on a hang-up or an error until re-armed, the consumed
 * edge is not reported again, the pending one is, once, the exclusive watches are
 * exclusive (MOD refused with EINVAL); PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "testprog.h"

static int ctl(int ep, int op, int fd, uint32_t events, uint64_t data)
{
	struct epoll_event ev = { .events = events, .data.u64 = data };
	return epoll_ctl(ep, op, fd, &ev);
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

/* The events fdinfo shows for the watch registered as `tfd` in epoll `ep`; -1 if none. */
static long fdinfo_events(int ep, int tfd)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", ep);
	FILE *f = fopen(path, "r");
	if (!f) return -1;
	long found = -1;
	while (fgets(line, sizeof(line), f)) {
		int t;
		unsigned int ev;
		if (sscanf(line, "tfd: %d events: %x", &t, &ev) == 2 && t == tfd) found = ev;
	}
	fclose(f);
	return found;
}

static int fill(int w)
{
	int fl = fcntl(w, F_GETFL);
	fcntl(w, F_SETFL, fl | O_NONBLOCK);
	char buf[4096];
	memset(buf, 'f', sizeof(buf));
	while (write(w, buf, sizeof(buf)) > 0)
		;
	fcntl(w, F_SETFL, fl);
	return errno == EAGAIN ? 0 : -1;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	char set[256], b[8];

	if (place(epoll_create1(0), 3) || place(epoll_create1(0), 4) || place(epoll_create1(0), 5) || place(epoll_create1(0), 6))
		FAIL("epoll_create1: %m");
	for (int fd = 10; fd <= 22; fd += 2) pipe_at(fd, fd + 1);

	/* E1: fire each oneshot alone, then leave its target idle. */
	(void)!write(11, "x", 1);
	if (ctl(3, EPOLL_CTL_ADD, 10, EPOLLIN | EPOLLONESHOT, 0x1)) FAIL("ADD 10: %m");
	if (strcmp(ready_set(3, set, sizeof(set)), "1")) FAIL("setup: E1 ready set %s, want 1", set);
	(void)!read(10, b, 1);
	if (ctl(3, EPOLL_CTL_ADD, 13, EPOLLOUT | EPOLLONESHOT, 0x2)) FAIL("ADD 13: %m");
	if (strcmp(ready_set(3, set, sizeof(set)), "2")) FAIL("setup: E1 ready set %s, want 2", set);
	if (fill(13)) FAIL("filling pipe P2: %m");
	if (ctl(4, EPOLL_CTL_ADD, 14, EPOLLIN, 0x30)) FAIL("ADD 14: %m");
	(void)!write(15, "c", 1);
	if (ctl(3, EPOLL_CTL_ADD, 4, EPOLLIN | EPOLLONESHOT, 0x3)) FAIL("ADD 4: %m");
	if (strcmp(ready_set(3, set, sizeof(set)), "3")) FAIL("setup: E1 ready set %s, want 3", set);
	(void)!read(14, b, 1);
	/* E2: a consumed edge, an exclusive watch on an empty pipe. */
	(void)!write(17, "q", 1);
	if (ctl(5, EPOLL_CTL_ADD, 16, EPOLLIN | EPOLLET, 0x4) || ctl(5, EPOLL_CTL_ADD, 18, EPOLLIN | EPOLLEXCLUSIVE, 0x5)) FAIL("ADD E2: %m");
	if (strcmp(ready_set(5, set, sizeof(set)), "4")) FAIL("setup: E2 ready set %s, want 4", set);
	/* E3: a pending edge, an exclusive watch on a ready pipe. */
	(void)!write(21, "p", 1);
	(void)!write(23, "z", 1);
	if (ctl(6, EPOLL_CTL_ADD, 20, EPOLLIN | EPOLLET, 0x6) || ctl(6, EPOLL_CTL_ADD, 22, EPOLLIN | EPOLLEXCLUSIVE, 0x7)) FAIL("ADD E3: %m");

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	long ev;
	int tfds[] = { 10, 13, 4 };
	for (int i = 0; i < 3; i++)
		if ((ev = fdinfo_events(3, tfds[i])) != EPOLLONESHOT) FAIL("E1 fdinfo: the watch on fd %d shows events %lx, want 40000000 (spent)", tfds[i], ev);
	if ((ev = fdinfo_events(5, 18)) != (long)(EPOLLIN | EPOLLERR | EPOLLHUP | EPOLLEXCLUSIVE)) FAIL("E2 fdinfo: the exclusive watch shows events %lx", ev);
	if (strcmp(ready_set(3, set, sizeof(set)), "")) FAIL("E1 ready set %s, want none (spent oneshots, idle targets)", set);
	int n = -1, sz = fcntl(13, F_GETPIPE_SZ);
	if (ioctl(12, FIONREAD, &n) || n != 65536 || sz != 65536) FAIL("pipe P2 holds %d bytes in a %d-byte buffer, want a full 65536", n, sz);
	if (ioctl(10, FIONREAD, &n) || n != 0) FAIL("pipe P1 holds %d bytes, want none", n);
	if (ioctl(14, FIONREAD, &n) || n != 0) FAIL("pipe P3 holds %d bytes, want none", n);
	/* A hang-up on P1 and an error on P2: armed watches would report them. */
	close(11);
	close(12);
	if (strcmp(ready_set(3, set, sizeof(set)), "")) FAIL("E1 ready set %s after a hang-up and an error, want none (spent oneshots)", set);
	if (ctl(3, EPOLL_CTL_MOD, 10, EPOLLIN | EPOLLONESHOT, 0x11)) FAIL("MOD 10: %m");
	(void)!write(15, "c", 1);
	if (strcmp(ready_set(3, set, sizeof(set)), "11")) FAIL("E1 ready set %s after re-arming fd 10, want 11", set);

	if (strcmp(ready_set(5, set, sizeof(set)), "")) FAIL("E2 ready set %s, want none (the edge of fd 16 was taken before the dump)", set);
	(void)!write(17, "q", 1);
	(void)!write(19, "e", 1);
	if (strcmp(ready_set(5, set, sizeof(set)), "4,5")) FAIL("E2 ready set %s after writes, want 4,5", set);
	errno = 0;
	if (ctl(5, EPOLL_CTL_MOD, 18, EPOLLIN, 0x55) == 0 || errno != EINVAL) FAIL("MOD of the exclusive watch: errno %d, want EINVAL", errno);

	if (strcmp(ready_set(6, set, sizeof(set)), "6,7")) FAIL("E3 ready set %s, want 6,7 (a pending edge, a ready level watch)", set);
	if (strcmp(ready_set(6, set, sizeof(set)), "7")) FAIL("E3 ready set %s the second time, want 7 (the edge is taken)", set);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
