/* Unlinked ("ghost") files held open; argv[1] is a scratch directory. Holds:
 *   fd 3: a sparse file, 3 MiB long: data at 0 (4 KiB), at 1 MiB + 100, the rest holes
 *   fd 4: mode 04751, owner 1234:5678, atime and mtime set to the nanosecond
 *   fd 5, fd 6: one inode opened through two hard links, both unlinked (two descriptions)
 *   fd 7: linked to a second name, unlinked, resized, the second name unlinked, resized
 *   fd 8: O_WRONLY, unlinked, then inherited by a child, which reads it back through
 *         /proc/self/fd/8 and writes to it
 *   fd 9: 1.5 MiB of data, over the default ghost limit (the case dumps with --ghost-limit)
 * On SIGTERM: each fd is still "... (deleted)" with nlink 0; the holes, st_blocks, mode,
 * owner, times and size are as they were; fds 5 and 6 are one inode (a write through
 * one is seen through the other); the child reads its file and its write is seen by the
 * parent. PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define MIB (1L << 20)

struct extent { long data, hole; };

/* The data runs of fd, as SEEK_DATA/SEEK_HOLE show them (at most max). */
static int extents(int fd, struct extent *out, int max)
{
	int n = 0;
	off_t off = 0;
	for (;;) {
		off_t d = lseek(fd, off, SEEK_DATA);
		if (d < 0) break;
		off_t h = lseek(fd, d, SEEK_HOLE);
		if (n < max) out[n] = (struct extent){d, h};
		n++;
		off = h;
	}
	return n;
}

static int deleted(int fd)
{
	char p[64], l[4096];
	snprintf(p, sizeof(p), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, l, sizeof(l) - 1);
	if (n < 0) return 0;
	l[n] = 0;
	return n > 10 && strcmp(l + n - 10, " (deleted)") == 0;
}

static int make(const char *dir, const char *name, char *path, size_t size)
{
	snprintf(path, size, "%s/%s", dir, name);
	unlink(path);
	return open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
}

static char buf[8192];

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	char p[4096], p2[4096];

	/* fd 3: sparse */
	int fd = make(argv[1], "sparse", p, sizeof(p));
	memset(buf, 'S', 4096);
	if (fd < 0 || pwrite(fd, buf, 4096, 0) != 4096 || pwrite(fd, "tail", 4, MIB + 100) != 4 || ftruncate(fd, 3 * MIB)) FAIL("sparse: %m");
	if (unlink(p) || place(fd, 3)) FAIL("sparse unlink: %m");
	struct extent before[8], after[8];
	int nb = extents(3, before, 8);
	struct stat s3;
	fstat(3, &s3);

	/* fd 4: attributes */
	fd = make(argv[1], "attrs", p, sizeof(p));
	if (fd < 0 || write(fd, "attributes\n", 11) != 11) FAIL("attrs: %m");
	if (fchown(fd, 1234, 5678) || fchmod(fd, 04751)) FAIL("attrs chown/chmod: %m");
	struct timespec ts[2] = {{1000000001, 123456789}, {1500000002, 987654321}};
	if (futimens(fd, ts)) FAIL("futimens: %m");
	if (unlink(p) || place(fd, 4)) FAIL("attrs unlink: %m");
	struct stat s4;
	fstat(4, &s4);

	/* fds 5, 6: two names of one inode */
	fd = make(argv[1], "twin-a", p, sizeof(p));
	snprintf(p2, sizeof(p2), "%s/twin-b", argv[1]);
	unlink(p2);
	if (fd < 0 || write(fd, "twins\n", 6) != 6 || link(p, p2)) FAIL("twins: %m");
	if (place(fd, 5) || place(open(p2, O_RDWR), 6)) FAIL("twins open: %m");
	lseek(6, 2, SEEK_SET);
	if (unlink(p) || unlink(p2)) FAIL("twins unlink: %m");

	/* fd 7: unlinked, linked back, unlinked again, resized */
	fd = make(argv[1], "relinked", p, sizeof(p));
	snprintf(p2, sizeof(p2), "%s/relinked-again", argv[1]);
	unlink(p2);
	if (fd < 0 || write(fd, "relinked\n", 9) != 9 || link(p, p2) || unlink(p)) FAIL("relinked: %m");
	if (ftruncate(fd, 20000) || pwrite(fd, "end", 3, 19997) != 3 || unlink(p2) || ftruncate(fd, 19999)) FAIL("resize: %m");
	if (place(fd, 7)) FAIL("place 7");
	lseek(7, 5, SEEK_SET);
	struct stat s7;
	fstat(7, &s7);

	/* fd 8: write-only, shared with a child */
	fd = make(argv[1], "shared", p, sizeof(p));
	if (fd < 0 || write(fd, "from the parent\n", 16) != 16) FAIL("shared: %m");
	close(fd);
	if (place(open(p, O_WRONLY | O_APPEND), 8) || unlink(p)) FAIL("shared open: %m");
	/* fd 9: big */
	fd = make(argv[1], "big", p, sizeof(p));
	for (long off = 0; fd >= 0 && off < MIB + MIB / 2; off += sizeof(buf)) {
		memset(buf, (int)(off / sizeof(buf)), sizeof(buf));
		if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) FAIL("big: %m");
	}
	if (fd < 0 || unlink(p) || place(fd, 9)) FAIL("big: %m");

	int back[2];
	if (pipe(back)) FAIL("pipe");
	pid_t child = fork();
	if (child == 0) {
		close(back[0]);
		if (write(back[1], "r", 1) != 1) _exit(10);
		while (!term)
			pause();
		if (!deleted(8)) _exit(11);
		int r = open("/proc/self/fd/8", O_RDONLY);
		if (r < 0) _exit(12);
		char got[64] = {0};
		if (read(r, got, sizeof(got) - 1) != 16 || strcmp(got, "from the parent\n")) _exit(13);
		close(r);
		if (write(8, "from the child\n", 15) != 15) _exit(14);
		_exit(0);
	}
	close(back[1]);
	char c;
	if (read(back[0], &c, 1) != 1) FAIL("child did not start");
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	while (!term)
		pause();

	for (int i = 3; i <= 9; i++) {
		struct stat s;
		if (!deleted(i)) FAIL("fd %d no longer names an unlinked file", i);
		if (fstat(i, &s) || s.st_nlink != 0) FAIL("fd %d: nlink %ld, not 0", i, (long)s.st_nlink);
	}
	struct stat s;
	fstat(4, &s);
	if (s.st_mode != s4.st_mode) FAIL("fd 4: mode 0%o, was 0%o (permissions have changed)", s.st_mode, s4.st_mode);
	if (s.st_uid != 1234 || s.st_gid != 5678) FAIL("fd 4: owner %d:%d, was 1234:5678", s.st_uid, s.st_gid);
	if (s.st_atim.tv_sec != s4.st_atim.tv_sec || s.st_atim.tv_nsec != s4.st_atim.tv_nsec) FAIL("fd 4: atime %ld.%09ld, was %ld.%09ld", (long)s.st_atim.tv_sec, s.st_atim.tv_nsec, (long)s4.st_atim.tv_sec, s4.st_atim.tv_nsec);
	if (s.st_mtim.tv_sec != ts[1].tv_sec || s.st_mtim.tv_nsec != ts[1].tv_nsec) FAIL("fd 4: mtime %ld.%09ld, was %ld.%09ld", (long)s.st_mtim.tv_sec, s.st_mtim.tv_nsec, (long)ts[1].tv_sec, ts[1].tv_nsec);
	if (s.st_size != 11 || pread(4, buf, 11, 0) != 11 || memcmp(buf, "attributes\n", 11)) FAIL("fd 4: content changed");

	fstat(3, &s);
	if (s.st_size != 3 * MIB) FAIL("fd 3: size %ld, was %ld", (long)s.st_size, 3 * MIB);
	int na = extents(3, after, 8);
	if (na != nb) FAIL("fd 3: %d data runs, were %d (holes lost)", na, nb);
	for (int i = 0; i < na && i < 8; i++)
		if (after[i].data != before[i].data || after[i].hole != before[i].hole)
			FAIL("fd 3: data run %d is %ld-%ld, was %ld-%ld", i, after[i].data, after[i].hole, before[i].data, before[i].hole);
	if (s.st_blocks != s3.st_blocks) FAIL("fd 3: %ld blocks, were %ld", (long)s.st_blocks, (long)s3.st_blocks);
	if (pread(3, buf, 4096, 0) != 4096) FAIL("fd 3: read");
	for (int i = 0; i < 4096; i++)
		if (buf[i] != 'S') FAIL("fd 3: byte %d changed", i);
	if (pread(3, buf, 4, MIB + 100) != 4 || memcmp(buf, "tail", 4)) FAIL("fd 3: the data after the hole changed");
	if (pread(3, buf, 8, 2 * MIB) != 8 || memcmp(buf, "\0\0\0\0\0\0\0\0", 8)) FAIL("fd 3: the hole holds data");

	struct stat a, b;
	fstat(5, &a);
	fstat(6, &b);
	if (a.st_ino != b.st_ino || a.st_dev != b.st_dev) FAIL("fds 5 and 6 are no longer one inode");
	if (lseek(6, 0, SEEK_CUR) != 2 || lseek(5, 0, SEEK_CUR) != 6) FAIL("fds 5/6: offsets changed");
	if (pwrite(5, "T", 1, 0) != 1 || pread(6, buf, 6, 0) != 6 || memcmp(buf, "Twins\n", 6)) FAIL("fds 5/6: a write through 5 is not seen through 6");

	fstat(7, &s);
	if (s.st_size != 19999 || s.st_size != s7.st_size) FAIL("fd 7: size %ld, was 19999", (long)s.st_size);
	if (lseek(7, 0, SEEK_CUR) != 5) FAIL("fd 7: offset changed");
	if (pread(7, buf, 9, 0) != 9 || memcmp(buf, "relinked\n", 9)) FAIL("fd 7: content changed");
	if (pread(7, buf, 2, 19997) != 2 || memcmp(buf, "en", 2)) FAIL("fd 7: the bytes at the end changed");
	if (pread(7, buf, 100, 9) != 100) FAIL("fd 7: read");
	for (int i = 0; i < 100; i++)
		if (buf[i]) FAIL("fd 7: byte %d after the content is not zero", 9 + i);

	for (long off = 0; off < MIB + MIB / 2; off += sizeof(buf)) {
		if (pread(9, buf, sizeof(buf), off) != (ssize_t)sizeof(buf)) FAIL("fd 9: short read at %ld", off);
		for (size_t i = 0; i < sizeof(buf); i++)
			if (buf[i] != (char)(off / sizeof(buf))) FAIL("fd 9: byte %ld changed", off + (long)i);
	}

	kill(child, SIGTERM);
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st)) FAIL("child did not exit");
	if (WEXITSTATUS(st) != 0) FAIL("the child's check %d failed (unlinked file shared with a child)", WEXITSTATUS(st));
	int r = open("/proc/self/fd/8", O_RDONLY);
	char got[64] = {0};
	if (r < 0 || read(r, got, sizeof(got) - 1) != 31 || strcmp(got, "from the parent\nfrom the child\n")) FAIL("fd 8: the child's write is not in the parent's file (%s)", got);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
