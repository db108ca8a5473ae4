/* A file unlinked while another hard link is left (CRIU's link remap); argv[1] is a
 * scratch directory. fd 3: "orig" O_RDWR at offset 7, then unlinked; the inode lives on
 * as "other". fd 4: "orig2" O_RDONLY, unlinked, whose other name is in a subdirectory.
 * On SIGTERM: both fds still show "... (deleted)" and nlink 1, are the inodes of
 * "other" and "sub/other2", keep their offsets and flags, and a write through fd 3 is
 * seen through "other". PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

static int deleted(int fd)
{
	char p[64], l[4096];
	snprintf(p, sizeof(p), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, l, sizeof(l) - 1);
	if (n < 0) return 0;
	l[n] = 0;
	return n > 10 && strcmp(l + n - 10, " (deleted)") == 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	char orig[4096], other[4096], orig2[4096], sub[4096], other2[4096];
	snprintf(orig, sizeof(orig), "%s/orig", argv[1]);
	snprintf(other, sizeof(other), "%s/other", argv[1]);
	snprintf(orig2, sizeof(orig2), "%s/orig2", argv[1]);
	snprintf(sub, sizeof(sub), "%s/sub", argv[1]);
	snprintf(other2, sizeof(other2), "%s/sub/other2", argv[1]);
	unlink(orig); unlink(other); unlink(orig2); unlink(other2);
	mkdir(sub, 0755);
	int fd = open(orig, O_RDWR | O_CREAT | O_EXCL, 0640);
	if (fd < 0 || write(fd, "linked remap\n", 13) != 13 || link(orig, other) || unlink(orig)) FAIL("orig: %m");
	if (place(fd, 3)) FAIL("place 3");
	lseek(3, 7, SEEK_SET);
	fd = open(orig2, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd < 0 || write(fd, "second\n", 7) != 7) FAIL("orig2: %m");
	close(fd);
	if (place(open(orig2, O_RDONLY), 4) || link(orig2, other2) || unlink(orig2)) FAIL("orig2 link: %m");
	struct stat s3, s4;
	fstat(3, &s3);
	fstat(4, &s4);
	printf("ready\n");
	fflush(stdout);
	while (!term)
		pause();
	struct stat a, b, o;
	if (!deleted(3) || !deleted(4)) FAIL("an fd no longer shows an unlinked name");
	if (fstat(3, &a) || fstat(4, &b)) FAIL("fstat: %m");
	if (stat(other, &o) || o.st_ino != a.st_ino || a.st_ino != s3.st_ino) FAIL("fd 3 is no longer the inode of %s", other);
	if (stat(other2, &o) || o.st_ino != b.st_ino || b.st_ino != s4.st_ino) FAIL("fd 4 is no longer the inode of %s", other2);
	if (a.st_nlink != 1 || b.st_nlink != 1) FAIL("link counts %ld and %ld, not 1", (long)a.st_nlink, (long)b.st_nlink);
	if (lseek(3, 0, SEEK_CUR) != 7 || lseek(4, 0, SEEK_CUR) != 0) FAIL("offsets changed");
	if ((fcntl(3, F_GETFL) & O_ACCMODE) != O_RDWR || (fcntl(4, F_GETFL) & O_ACCMODE) != O_RDONLY) FAIL("access modes changed");
	if (write(3, "R", 1) != 1) FAIL("write: %m");
	char got[16] = {0};
	int r = open(other, O_RDONLY);
	if (r < 0 || read(r, got, 13) != 13 || strcmp(got, "linked Remap\n")) FAIL("a write through fd 3 is not in %s (%s)", other, got);
	if (access(orig, F_OK) == 0 || access(orig2, F_OK) == 0) FAIL("an unlinked name is back");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
