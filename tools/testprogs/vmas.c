/* Many kinds of memory: anonymous, file private (partly copied-on-write), file shared,
 * PROT_NONE guard pages, a read-only page, a 1 GiB sparse mapping, shared anonymous
 * memory. argv[1] is a scratch file. On SIGTERM every byte and protection is checked. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096UL

static void fill(unsigned char *p, size_t n, unsigned seed) { for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(i * 31 + seed); }
static int same(const unsigned char *p, size_t n, unsigned seed) { for (size_t i = 0; i < n; i++) if (p[i] != (unsigned char)(i * 31 + seed)) return 0; return 1; }

static int prot_of(void *addr, char *perms)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	unsigned long a = (unsigned long)addr;
	while (fgets(line, sizeof(line), f)) {
		unsigned long s, e;
		char p[5];
		if (sscanf(line, "%lx-%lx %4s", &s, &e, p) == 3 && a >= s && a < e) {
			strcpy(perms, p);
			fclose(f);
			return 0;
		}
	}
	fclose(f);
	return -1;
}

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	signal(SIGTERM, on_term);
	int fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	unsigned char buf[16 * PG];
	fill(buf, sizeof(buf), 7);
	if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) return 2;

	unsigned char *anon = mmap(NULL, 64 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	fill(anon, 64 * PG, 1);
	/* guard pages around a region */
	unsigned char *guarded = mmap(NULL, 10 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(guarded, PG, PROT_NONE);
	mprotect(guarded + 9 * PG, PG, PROT_NONE);
	fill(guarded + PG, 8 * PG, 2);
	/* file private, half copied-on-write */
	unsigned char *fpriv = mmap(NULL, 16 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	fill(fpriv, 8 * PG, 3);
	/* file shared: writes reach the file */
	unsigned char *fshared = mmap(NULL, 16 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	fill(fshared + 12 * PG, 4 * PG, 4);
	/* read-only page with content */
	unsigned char *ro = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	fill(ro, PG, 5);
	mprotect(ro, PG, PROT_READ);
	/* 1 GiB sparse */
	size_t big = 1UL << 30;
	unsigned char *sparse = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	for (size_t off = 0; off < big; off += 64UL << 20)
		fill(sparse + off, PG, (unsigned)(off >> 20));
	/* shared anonymous */
	unsigned char *shanon = mmap(NULL, 8 * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	fill(shanon, 8 * PG, 6);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	char perms[8];
	if (!same(anon, 64 * PG, 1)) FAIL("anonymous memory changed");
	if (!same(guarded + PG, 8 * PG, 2)) FAIL("guarded region changed");
	if (prot_of(guarded, perms) || strcmp(perms, "---p")) FAIL("low guard page is %s", perms);
	if (prot_of(guarded + 9 * PG, perms) || strcmp(perms, "---p")) FAIL("high guard page is %s", perms);
	if (!same(fpriv, 8 * PG, 3)) FAIL("file private copied pages changed");
	unsigned char expect[8 * PG];
	fill(expect, 16 * PG > sizeof(buf) ? sizeof(expect) : sizeof(expect), 7);
	if (memcmp(fpriv + 8 * PG, buf + 8 * PG, 4 * PG)) FAIL("file private clean pages differ from the file");
	if (!same(fshared + 12 * PG, 4 * PG, 4)) FAIL("file shared pages changed");
	fshared[0] = 0xAB;
	unsigned char b;
	if (pread(fd, &b, 1, 0) != 1 || b != 0xAB) FAIL("file shared mapping no longer writes through");
	if (!same(ro, PG, 5)) FAIL("read-only page changed");
	if (prot_of(ro, perms) || strcmp(perms, "r--p")) FAIL("read-only page is %s", perms);
	for (size_t off = 0; off < big; off += 64UL << 20) {
		if (!same(sparse + off, PG, (unsigned)(off >> 20))) FAIL("sparse page at %zu MiB changed", off >> 20);
		if (sparse[off + PG + 5] != 0) FAIL("sparse hole at %zu MiB is not zero", off >> 20);
	}
	if (!same(shanon, 8 * PG, 6)) FAIL("shared anonymous memory changed");
	if (prot_of(shanon, perms) || strcmp(perms, "rw-s")) FAIL("shared anonymous mapping is %s", perms);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
