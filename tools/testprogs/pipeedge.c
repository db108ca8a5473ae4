/* Pipe and FIFO edge cases across dump and restore.
 *   fd 10/11: a pipe holding stream data (4000 bytes), a 200-byte packet in its own
 *     buffer, stream "de", a 4096-byte packet, stream "tail": written through fd 11
 *     with O_DIRECT switched on and off;
 *   fd 12/13: an O_DIRECT pipe holding one packet "solo-packet";
 *   fd 14/15: an unlinked FIFO (argv[1]/gone.fifo), read side O_NONBLOCK and write side,
 *     with "kept after unlink" queued;
 *   fd 16: the write side of another unlinked FIFO (argv[1]/half.fifo) whose reader was
 *     only this process: it opened a read side, wrote "half", closed the read side.
 * Prints "ready"; on SIGTERM reads everything back 100 bytes at a time (a packet that
 * does not fit a read is cut and its rest dropped), checks the FIFOs are unlinked and
 * still work; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

static int pipe2_at(int r, int w, int flags)
{
	int p[2];
	if (pipe2(p, flags)) return -1;
	int hr = fcntl(p[0], F_DUPFD, 100), hw = fcntl(p[1], F_DUPFD, 100);
	close(p[0]);
	close(p[1]);
	return place(hr, r) || place(hw, w);
}

static void put(int w, char c, int n, int packet)
{
	char buf[4096];
	memset(buf, c, (size_t)n);
	fcntl(w, F_SETFL, packet ? O_DIRECT : 0);
	(void)!write(w, buf, (size_t)n);
}

/* Reads fd (non-blocking) `size` bytes at a time until empty: the lengths, comma-separated. */
static const char *reads(int fd, int size, char *out, size_t outsize)
{
	char buf[65536];
	int fl = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	out[0] = 0;
	ssize_t n;
	while ((n = read(fd, buf, (size_t)size)) > 0)
		snprintf(out + strlen(out), outsize - strlen(out), "%s%zd", out[0] ? "," : "", n);
	fcntl(fd, F_SETFL, fl);
	return out;
}

static int text_is(int fd, const char *want)
{
	char buf[256];
	int fl = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	fcntl(fd, F_SETFL, fl);
	if (n < 0) n = 0;
	buf[n] = 0;
	return strcmp(buf, want) == 0;
}

static int unlinked_fifo(int fd)
{
	struct stat st;
	char path[64], link[512];
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof(link) - 1);
	if (n < 0 || fstat(fd, &st)) return 0;
	link[n] = 0;
	return S_ISFIFO(st.st_mode) && st.st_nlink == 0 && strstr(link, " (deleted)") != NULL;
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	if (argc < 2) FAIL("usage: pipeedge DIR");
	char gone[4096], half[4096], set[4096];
	snprintf(gone, sizeof(gone), "%s/gone.fifo", argv[1]);
	snprintf(half, sizeof(half), "%s/half.fifo", argv[1]);

	if (pipe2_at(10, 11, 0) || pipe2_at(12, 13, O_DIRECT)) FAIL("pipe2: %m");
	put(11, 'a', 4000, 0);
	put(11, 'P', 200, 1);
	put(11, 'd', 2, 0);
	put(11, 'Q', 4096, 1);
	put(11, 't', 4, 0);
	put(13, 's', 11, 1);
	if (mkfifo(gone, 0640) || mkfifo(half, 0600)) FAIL("mkfifo: %m");
	if (place(open(gone, O_RDONLY | O_NONBLOCK), 14) || place(open(gone, O_WRONLY), 15)) FAIL("open %s: %m", gone);
	(void)!write(15, "kept after unlink", 17);
	int hr = open(half, O_RDONLY | O_NONBLOCK);
	if (hr < 0 || place(open(half, O_WRONLY), 16)) FAIL("open %s: %m", half);
	(void)!write(16, "half", 4);
	close(hr);
	if (unlink(gone) || unlink(half)) FAIL("unlink: %m");

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	const char *want = "100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,"
			   "100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,4";
	if (strcmp(reads(10, 100, set, sizeof(set)), want)) FAIL("the mixed pipe reads %s, want 40 x 100 (stream), 100 (cut packet), 100 (de + cut packet), 4", set);
	if (strcmp(reads(12, 4, set, sizeof(set)), "4")) FAIL("the packet pipe reads %s, want 4 (one cut packet)", set);
	if (!unlinked_fifo(14) || !unlinked_fifo(15) || !unlinked_fifo(16)) FAIL("the FIFOs are not unlinked FIFOs any more");
	if (access(gone, F_OK) == 0 || access(half, F_OK) == 0) FAIL("a FIFO got its name back");
	if (!text_is(14, "kept after unlink")) FAIL("gone.fifo lost its data");
	(void)!write(15, "again", 5);
	if (!text_is(14, "again")) FAIL("gone.fifo does not carry new data");
	char path[64];
	snprintf(path, sizeof(path), "/proc/self/fd/%d", 16);
	int rd = open(path, O_RDONLY | O_NONBLOCK);
	if (rd < 0) FAIL("cannot open a read side of half.fifo: %m");
	if (!text_is(rd, "half")) FAIL("half.fifo lost its data");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
