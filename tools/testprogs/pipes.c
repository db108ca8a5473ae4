/* Pipes across dump and restore, in a parent and a child:
 *   P1 child -> parent: parent reads fd 10, child writes fd 11; the child's greeting queued
 *   P2 parent -> child: parent writes fd 12, child reads fd 13 (the child sleeps in read)
 *   P3 (parent): read fd 14, write fd 15, 256 KiB buffer, 100000 bytes queued; the
 *      child shares fd 15's open file description (inherited)
 *   fd 16: a second open file description of P3's read end, O_NONBLOCK
 *   fd 17: the write end of a pipe whose read end is closed (writes get EPIPE)
 *   fd 20: the read end of a pipe whose write end is closed, 5 bytes queued
 *   fds 27/18: read/write ends of one pipe at swapped numbers (seed 000), data queued
 * Prints "ready"; on SIGTERM the parent sets O_NONBLOCK on fd 15 and asks the child
 * (over P2) to check that its fd 15 sees it; the child answers over P1; the parent
 * checks everything else; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define QUEUED 100000
#define BIG (256 * 1024)

static unsigned char pat(long i) { return (unsigned char)(i * 7 + 3); }

static int child(void)
{
	/* fds 11 (P1 write), 13 (P2 read), 15 (P3 write, shared with the parent). */
	(void)!write(11, "hi\n", 3);
	char buf[64] = { 0 };
	ssize_t n = read(13, buf, sizeof(buf) - 1);
	char reply[128];
	if (n != 6 || strcmp(buf, "check\n")) snprintf(reply, sizeof(reply), "bad: child read %zd bytes '%s' from P2", n, buf);
	else if (!(fcntl(15, F_GETFL) & O_NONBLOCK)) snprintf(reply, sizeof(reply), "bad: the child's fd 15 is no longer the parent's open file description");
	else if ((fcntl(11, F_GETFL) & O_ACCMODE) != O_WRONLY || (fcntl(13, F_GETFL) & O_ACCMODE) != O_RDONLY) snprintf(reply, sizeof(reply), "bad: the child's pipe ends have other access modes");
	else snprintf(reply, sizeof(reply), "ok");
	(void)!write(11, reply, strlen(reply));
	return 0;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	pipe_at(10, 11);
	pipe_at(13, 12);
	pipe_at(14, 15);
	if (fcntl(15, F_SETPIPE_SZ, BIG) != BIG) FAIL("F_SETPIPE_SZ: %m");
	static unsigned char big[QUEUED];
	for (long i = 0; i < QUEUED; i++) big[i] = pat(i);
	if (write(15, big, QUEUED) != QUEUED) FAIL("fill P3: %m");
	int second = open("/proc/self/fd/14", O_RDONLY | O_NONBLOCK);
	if (second < 0 || dup2(second, 16) != 16) FAIL("reopen P3: %m");
	close(second);
	pipe_at(-1, 17);
	int p[2];
	pipe(p);
	(void)!write(p[1], "last!", 5);
	close(p[1]);
	dup2(p[0], 20);
	close(p[0]);
	pipe_at(27, 18);
	(void)!write(18, "seed-000", 8);

	pid_t c = fork();
	if (c == 0) {
		for (int fd = 3; fd < 64; fd++)
			if (fd != 11 && fd != 13 && fd != 15) close(fd);
		signal(SIGTERM, SIG_DFL);
		_exit(child());
	}
	close(11);
	close(13);
	/* The child's greeting stays queued in P1 across the dump. */
	int queued = 0;
	for (int i = 0; i < 5000 && queued < 3; i++) {
		ioctl(10, FIONREAD, &queued);
		usleep(1000);
	}
	if (queued != 3) FAIL("no greeting from the child");
	printf("ready %d child %d\n", getpid(), c);
	fflush(stdout);
	while (!term)
		pause();

	char buf[256] = { 0 };
	if (fcntl(15, F_SETFL, O_NONBLOCK)) FAIL("F_SETFL: %m");
	if (write(12, "check\n", 6) != 6) FAIL("write P2: %m");
	if (read(10, buf, 3) != 3 || strcmp(buf, "hi\n")) FAIL("P1 lost the child's greeting: '%s'", buf);
	memset(buf, 0, sizeof(buf));
	ssize_t n = read(10, buf, sizeof(buf) - 1);
	int st;
	if (waitpid(c, &st, 0) != c || !WIFEXITED(st) || WEXITSTATUS(st)) FAIL("child status 0x%x", st);
	if (n <= 0 || strcmp(buf, "ok")) FAIL("child: %s", n > 0 ? buf : "no answer");
	if (read(10, buf, 1) != 0) FAIL("P1 is not at EOF after the child exited");

	if (fcntl(14, F_GETPIPE_SZ) != BIG) FAIL("P3 buffer %d bytes, was %d", fcntl(14, F_GETPIPE_SZ), BIG);
	if ((fcntl(16, F_GETFL) & ~0100000 /* the kernel's O_LARGEFILE, which open() adds */) != (O_RDONLY | O_NONBLOCK) || (fcntl(14, F_GETFL) & O_NONBLOCK)) FAIL("fd 14/16 flags 0%o/0%o", fcntl(14, F_GETFL), fcntl(16, F_GETFL));
	static unsigned char got[QUEUED + 1];
	long total = 0;
	for (;;) {
		ssize_t r = read(16, got + total, sizeof(got) - total);
		if (r < 0 && errno == EAGAIN) break;
		if (r <= 0) FAIL("read P3 through fd 16: %zd %m", r);
		total += r;
	}
	if (total != QUEUED) FAIL("P3 held %ld bytes, was %d", total, QUEUED);
	for (long i = 0; i < QUEUED; i++)
		if (got[i] != pat(i)) FAIL("P3 byte %ld differs", i);
	if (write(15, "x", 1) != 1 || read(14, buf, 1) != 1 || buf[0] != 'x') FAIL("P3 no longer connects 15 to 14");
	errno = 0;
	if (write(17, "x", 1) != -1 || errno != EPIPE) FAIL("fd 17 write gave %m, want EPIPE (no reader)");
	memset(buf, 0, sizeof(buf));
	if (read(20, buf, 16) != 5 || strcmp(buf, "last!")) FAIL("fd 20 read '%s', want 'last!'", buf);
	if (read(20, buf, 16) != 0) FAIL("fd 20 is not at EOF (a writer came back)");
	memset(buf, 0, sizeof(buf));
	if (read(27, buf, 8) != 8 || strcmp(buf, "seed-000")) FAIL("fd 27 read '%s', want 'seed-000'", buf);
	if (write(18, "y", 1) != 1 || read(27, buf, 1) != 1 || buf[0] != 'y') FAIL("the swapped pipe no longer connects 18 to 27");
	if ((fcntl(18, F_GETFL) & O_ACCMODE) != O_WRONLY || (fcntl(27, F_GETFL) & O_ACCMODE) != O_RDONLY) FAIL("fds 18/27 access modes swapped");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
