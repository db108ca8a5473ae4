/* inherit-fd (seed 001): started with fd 3 a regular file (read-only, a few bytes read
 * from it) and fd 4 the write end of a pipe the runner reads. Writes "tick N" lines to
 * fd 4 every 5 ms. The runner dumps it with that pipe external and restores it onto a
 * new pipe with --inherit-fd fd[3]:pipe:[...] (the same number as the task's regular
 * file: the clash of seed 001). Prints "ready"; on SIGTERM checks fd 3 (same file and
 * offset) and fd 4 (a pipe write end), writes "bye N" and prints PASS or FAIL. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "testprog.h"

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct stat st3, st4;
	if (fstat(3, &st3) || !S_ISREG(st3.st_mode)) FAIL("fd 3 is not a regular file");
	if (fstat(4, &st4) || !S_ISFIFO(st4.st_mode)) FAIL("fd 4 is not a pipe");
	char head[8] = { 0 };
	if (read(3, head, 7) != 7) FAIL("read fd 3: %m");

	printf("ready %d\n", getpid());
	fflush(stdout);
	unsigned long n = 0;
	struct timespec ts = { 0, 5 * 1000 * 1000 };
	char line[64];
	while (!term) {
		int len = snprintf(line, sizeof(line), "tick %lu\n", ++n);
		if (write(4, line, len) != len) FAIL("write tick %lu: %m", n);
		nanosleep(&ts, NULL);
	}
	struct stat now;
	if (fstat(3, &now) || now.st_ino != st3.st_ino || now.st_dev != st3.st_dev) FAIL("fd 3 is another file");
	if (lseek(3, 0, SEEK_CUR) != 7) FAIL("fd 3 offset %ld, was 7", (long)lseek(3, 0, SEEK_CUR));
	if ((fcntl(3, F_GETFL) & O_ACCMODE) != O_RDONLY) FAIL("fd 3 is not read-only");
	if (fstat(4, &now) || !S_ISFIFO(now.st_mode)) FAIL("fd 4 is not a pipe");
	if ((fcntl(4, F_GETFL) & O_ACCMODE) != O_WRONLY) FAIL("fd 4 is not write-only");
	int len = snprintf(line, sizeof(line), "bye %lu\n", n + 1);
	if (write(4, line, len) != len) FAIL("write bye: %m");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
