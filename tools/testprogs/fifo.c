/* A FIFO across dump and restore; argv[1] is a scratch directory for it. Holds
 * fd 3: the FIFO O_RDONLY|O_NONBLOCK, fd 4: O_WRONLY, fd 5: O_RDWR; a 128 KiB buffer
 * with 3000 bytes queued. Prints "ready"; on SIGTERM checks that every fd is still that
 * FIFO (the inode of its path), flags, buffer size and data, and that a fresh open of
 * the path reaches the same buffer; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

#define KERNEL_O_LARGEFILE 0100000
#define QUEUED 3000

static unsigned char pat(long i) { return (unsigned char)(i * 11 + 5); }

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	char path[4096];
	snprintf(path, sizeof(path), "%s/fifo", argv[1]);
	unlink(path);
	if (mkfifo(path, 0600)) FAIL("mkfifo: %m");
	if (place(open(path, O_RDONLY | O_NONBLOCK), 3) || place(open(path, O_WRONLY), 4) || place(open(path, O_RDWR), 5)) FAIL("open: %m");
	if (fcntl(4, F_SETPIPE_SZ, 128 * 1024) != 128 * 1024) FAIL("F_SETPIPE_SZ: %m");
	unsigned char buf[QUEUED + 16];
	for (int i = 0; i < QUEUED; i++) buf[i] = pat(i);
	if (write(4, buf, QUEUED) != QUEUED) FAIL("write: %m");
	struct stat st0;
	stat(path, &st0);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	struct stat st;
	if (stat(path, &st) || st.st_ino != st0.st_ino) FAIL("the FIFO's path changed inode");
	for (int fd = 3; fd <= 5; fd++) {
		char proc[64], link[4096];
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
		ssize_t n = readlink(proc, link, sizeof(link) - 1);
		if (n < 0) FAIL("fd %d is closed", fd);
		link[n] = 0;
		if (strcmp(link, path)) FAIL("fd %d is %s, want %s", fd, link, path);
		if (fstat(fd, &st) || !S_ISFIFO(st.st_mode) || st.st_ino != st0.st_ino || st.st_dev != st0.st_dev) FAIL("fd %d is not the FIFO of the path", fd);
	}
	int want[] = { O_RDONLY | O_NONBLOCK, O_WRONLY, O_RDWR };
	for (int fd = 3; fd <= 5; fd++)
		if ((fcntl(fd, F_GETFL) & ~KERNEL_O_LARGEFILE) != want[fd - 3]) FAIL("fd %d flags 0%o, want 0%o", fd, fcntl(fd, F_GETFL), want[fd - 3]);
	if (fcntl(3, F_GETPIPE_SZ) != 128 * 1024) FAIL("buffer %d bytes, was %d", fcntl(3, F_GETPIPE_SZ), 128 * 1024);
	memset(buf, 0, sizeof(buf));
	ssize_t n = read(3, buf, sizeof(buf));
	if (n != QUEUED) FAIL("%zd bytes queued, were %d", n, QUEUED);
	for (int i = 0; i < QUEUED; i++)
		if (buf[i] != pat(i)) FAIL("byte %d differs", i);
	if (read(3, buf, 1) != -1 || errno != EAGAIN) FAIL("more data than queued");
	if (write(5, "r", 1) != 1 || read(3, buf, 1) != 1 || buf[0] != 'r') FAIL("fd 5 does not reach fd 3");
	int fresh = open(path, O_WRONLY | O_NONBLOCK);
	if (fresh < 0) FAIL("a fresh open of the FIFO for writing fails (%m): no reader on the path's FIFO");
	if (write(fresh, "f", 1) != 1 || read(3, buf, 1) != 1 || buf[0] != 'f') FAIL("a fresh open of the path does not reach fd 3");
	close(fresh);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
