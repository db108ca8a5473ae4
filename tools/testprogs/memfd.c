/* A memfd across dump and restore (the @amber/plugin-memfd plugin). Holds:
 *   fd 3: memfd "amber-test-memfd", O_RDWR, MFD_ALLOW_SEALING, 300000 bytes of a known
 *         pattern then a zero tail up to 310001 bytes, offset 12345, sealed F_SEAL_SHRINK
 *   fd 5: a dup of fd 3 (the same open file description)
 *   fd 6: the same memfd reopened O_RDONLY through /proc/self/fd/3 (another
 *         description of the same inode), offset 777
 * Prints "ready"; on SIGTERM checks names, content, size, offsets, flags, seals, that
 * fds 3 and 5 share their offset, and that fd 6 sees writes made through fd 3, then
 * prints PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

#define NAME "amber-test-memfd"
#define DATA 300000
#define SIZE 310001
#define POS 12345
#define RO_POS 777

static unsigned char pattern(long i) { return (unsigned char)((i * 7 + 13) % 251); }

#define CHECK(cond, ...) do { if (!(cond)) { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } } while (0)

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	static unsigned char buf[SIZE];
	for (long i = 0; i < DATA; i++)
		buf[i] = pattern(i);

	int m = memfd_create(NAME, MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (m < 0 || place(m, 3) < 0) { printf("FAIL: memfd_create: %m\n"); return 1; }
	if (write(3, buf, DATA) != DATA) { printf("FAIL: write: %m\n"); return 1; }
	if (ftruncate(3, SIZE) < 0) { printf("FAIL: ftruncate: %m\n"); return 1; }
	if (fcntl(3, F_ADD_SEALS, F_SEAL_SHRINK) < 0) { printf("FAIL: F_ADD_SEALS: %m\n"); return 1; }
	lseek(3, POS, SEEK_SET);
	if (dup2(3, 5) < 0) { printf("FAIL: dup2: %m\n"); return 1; }
	int ro = open("/proc/self/fd/3", O_RDONLY);
	if (ro < 0 || place(ro, 6) < 0) { printf("FAIL: reopen: %m\n"); return 1; }
	lseek(6, RO_POS, SEEK_SET);
	struct stat before;
	fstat(3, &before);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	char link[256];
	ssize_t n = readlink("/proc/self/fd/3", link, sizeof(link) - 1);
	CHECK(n > 0, "fd 3 is not open");
	link[n] = 0;
	CHECK(strcmp(link, "/memfd:" NAME " (deleted)") == 0, "fd 3 is %s", link);
	n = readlink("/proc/self/fd/6", link, sizeof(link) - 1);
	CHECK(n > 0, "fd 6 is not open");
	link[n] = 0;
	CHECK(strcmp(link, "/memfd:" NAME " (deleted)") == 0, "fd 6 is %s", link);

	struct stat st, st6;
	CHECK(fstat(3, &st) == 0, "fstat: %m");
	CHECK(st.st_size == SIZE, "size %ld, was %d", (long)st.st_size, SIZE);
	CHECK((st.st_mode & 07777) == (before.st_mode & 07777), "mode 0%o, was 0%o", st.st_mode & 07777, before.st_mode & 07777);
	CHECK(fstat(6, &st6) == 0 && st6.st_ino == st.st_ino && st6.st_dev == st.st_dev, "fd 6 is not the same memfd as fd 3");
	CHECK(lseek(3, 0, SEEK_CUR) == POS, "fd 3 offset %ld, was %d", (long)lseek(3, 0, SEEK_CUR), POS);
	CHECK(lseek(6, 0, SEEK_CUR) == RO_POS, "fd 6 offset %ld, was %d", (long)lseek(6, 0, SEEK_CUR), RO_POS);
	CHECK((fcntl(3, F_GETFL) & O_ACCMODE) == O_RDWR, "fd 3 flags 0%o", fcntl(3, F_GETFL));
	CHECK((fcntl(6, F_GETFL) & O_ACCMODE) == O_RDONLY, "fd 6 flags 0%o", fcntl(6, F_GETFL));
	CHECK(fcntl(3, F_GETFD) == FD_CLOEXEC, "fd 3 lost FD_CLOEXEC");
	CHECK(fcntl(6, F_GETFD) == 0, "fd 6 has FD_CLOEXEC");
	CHECK(fcntl(3, F_GET_SEALS) == F_SEAL_SHRINK, "seals 0x%x, were F_SEAL_SHRINK", fcntl(3, F_GET_SEALS));

	static unsigned char got[SIZE];
	CHECK(pread(3, got, SIZE, 0) == SIZE, "pread: %m");
	for (long i = 0; i < SIZE; i++)
		CHECK(got[i] == (i < DATA ? pattern(i) : 0), "byte %ld is %d, was %d", i, got[i], i < DATA ? pattern(i) : 0);

	/* fds 3 and 5: one description; fd 6: another one of the same file. */
	lseek(3, 100, SEEK_SET);
	CHECK(lseek(5, 0, SEEK_CUR) == 100, "fds 3 and 5 no longer share their offset");
	unsigned char x = 0xAB, y = 0;
	CHECK(pwrite(3, &x, 1, 42) == 1, "pwrite: %m");
	CHECK(pread(6, &y, 1, 42) == 1 && y == 0xAB, "fd 6 does not see a write through fd 3");
	CHECK(ftruncate(3, 10) < 0, "F_SEAL_SHRINK no longer stops shrinking");

	printf("PASS\n");
	fflush(stdout);
	return 0;
}
