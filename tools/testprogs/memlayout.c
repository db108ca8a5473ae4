/* Mappings with unusual layouts and flags; argv[1] is a scratch directory. Holds:
 *   A: 8 anonymous pages split in three by mprotect (pages 2-3 read-only)
 *   B: 4 anonymous pages moved by mremap to a fixed address and grown to 6
 *   C: 8 pages of a file mapped private, pages 3-4 replaced by MAP_FIXED anonymous
 *   D: a file mapped private at page offset 5 (pages written), shared at offset 3
 *   E: a file of 1.5 pages mapped 4 pages shared and private (beyond EOF)
 *   F: a file opened O_RDWR, mapped MAP_SHARED with PROT_READ only
 *   G: a file opened O_RDONLY, mapped MAP_SHARED with PROT_READ
 *   H: PROT_NONE, PROT_EXEC, PROT_READ|PROT_WRITE|PROT_EXEC anonymous mappings
 *   I: an mseal()ed mapping (Linux 6.10+; skipped where ENOSYS)
 *   J: 4 anonymous pages with a guard region (MADV_GUARD_INSTALL) on page 1, and a
 *      private file mapping with one on page 2
 * The VmFlags line of every VMA in /proc/self/smaps is kept at "ready". On SIGTERM:
 * every VMA has the same VmFlags, every byte is as it was, F can be made writable with
 * mprotect and its writes reach the file, G still cannot (EACCES), I is still sealed.
 * PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096L
#define MAXV 256

struct vflags { unsigned long start, end; char flags[160]; };
static struct vflags saved[MAXV], now[MAXV];
static char line[1024];

static int read_flags(struct vflags *out)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	if (!f) return -1;
	int n = -1;
	while (fgets(line, sizeof(line), f)) {
		unsigned long s, e;
		if (sscanf(line, "%lx-%lx ", &s, &e) == 2) {
			if (++n >= MAXV) break;
			out[n].start = s;
			out[n].end = e;
			out[n].flags[0] = 0;
		} else if (n >= 0 && !strncmp(line, "VmFlags:", 8)) {
			strncpy(out[n].flags, line + 8, sizeof(out[n].flags) - 1);
			out[n].flags[strcspn(out[n].flags, "\n")] = 0;
		}
	}
	fclose(f);
	return n + 1;
}

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

/* The page at p is a guard region: pagemap bit 58 (Linux 6.15+). */
static int guarded(void *p)
{
	int fd = open("/proc/self/pagemap", O_RDONLY);
	unsigned long long e = 0;
	int ok = fd >= 0 && pread(fd, &e, 8, (off_t)((unsigned long)p / PG) * 8) == 8;
	close(fd);
	return ok && (e >> 58 & 1);
}

static unsigned char pat(long i, int seed) { return (unsigned char)(i * 31 + seed); }

static void fill(volatile unsigned char *p, long len, int seed)
{
	for (long i = 0; i < len; i++) p[i] = pat(i, seed);
}

static int same(volatile unsigned char *p, long len, int seed)
{
	for (long i = 0; i < len; i++)
		if (p[i] != pat(i, seed)) return 0;
	return 1;
}

static int file_of(const char *dir, const char *name, long size, int seed, int flags)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	int fd = open(p, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) return -1;
	unsigned char *b = malloc(size);
	for (long i = 0; i < size; i++) b[i] = pat(i, seed);
	if (write(fd, b, size) != size) return -1;
	free(b);
	close(fd);
	return open(p, flags);
}

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	/* A */
	unsigned char *a = mmap(NULL, 8 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (a == MAP_FAILED) FAIL("A: %m");
	fill(a, 8 * PG, 1);
	if (mprotect(a + 2 * PG, 2 * PG, PROT_READ)) FAIL("A mprotect: %m");

	/* B: moved to a hole we make, then grown */
	unsigned char *b0 = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *hole = mmap(NULL, 16 * PG, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (b0 == MAP_FAILED || hole == MAP_FAILED) FAIL("B: %m");
	fill(b0, 4 * PG, 2);
	munmap(hole, 16 * PG);
	unsigned char *b = mremap(b0, 4 * PG, 4 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, hole + 4 * PG);
	if (b == MAP_FAILED) FAIL("B mremap: %m");
	b = mremap(b, 4 * PG, 6 * PG, 0);
	if (b == MAP_FAILED) FAIL("B grow: %m");
	fill(b + 4 * PG, 2 * PG, 3);

	/* C */
	int cf = file_of(argv[1], "c", 8 * PG, 4, O_RDONLY);
	unsigned char *c = cf < 0 ? MAP_FAILED : mmap(NULL, 8 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, cf, 0);
	if (c == MAP_FAILED) FAIL("C: %m");
	if (mmap(c + 3 * PG, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) FAIL("C fixed: %m");
	fill(c + 3 * PG, 2 * PG, 5);
	c[7 * PG + 1] = 0x77;
	close(cf);

	/* D */
	int df = file_of(argv[1], "d", 16 * PG, 6, O_RDWR);
	unsigned char *dp = df < 0 ? MAP_FAILED : mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, df, 5 * PG);
	unsigned char *ds = df < 0 ? MAP_FAILED : mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, df, 3 * PG);
	if (dp == MAP_FAILED || ds == MAP_FAILED) FAIL("D: %m");
	dp[PG + 9] = 0xD9;
	ds[2 * PG + 3] = 0xD3; /* file offset 5 pages + 3: page 0 of dp, not copied */
	close(df);

	/* E */
	int ef = file_of(argv[1], "e", PG + PG / 2, 7, O_RDWR);
	unsigned char *es = ef < 0 ? MAP_FAILED : mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, ef, 0);
	unsigned char *ep = ef < 0 ? MAP_FAILED : mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, ef, 0);
	if (es == MAP_FAILED || ep == MAP_FAILED) FAIL("E: %m");
	ep[PG + 100] = 0xE1;
	close(ef);

	/* F, G */
	int ff = file_of(argv[1], "f", 2 * PG, 8, O_RDWR);
	unsigned char *fm = ff < 0 ? MAP_FAILED : mmap(NULL, 2 * PG, PROT_READ, MAP_SHARED, ff, 0);
	int gf = file_of(argv[1], "g", 2 * PG, 9, O_RDONLY);
	unsigned char *gm = gf < 0 ? MAP_FAILED : mmap(NULL, 2 * PG, PROT_READ, MAP_SHARED, gf, 0);
	if (fm == MAP_FAILED || gm == MAP_FAILED) FAIL("F/G: %m");
	close(gf);

	/* H */
	unsigned char *hn = mmap(NULL, 2 * PG, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *hx = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *hw = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (hn == MAP_FAILED || hx == MAP_FAILED || hw == MAP_FAILED) FAIL("H: %m");
	fill(hx, 2 * PG, 10);
	if (mprotect(hx, 2 * PG, PROT_EXEC)) FAIL("H mprotect: %m");
	fill(hw, 2 * PG, 11);

	/* I */
	unsigned char *im = mmap(NULL, 2 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (im == MAP_FAILED) FAIL("I: %m");
	int sealed = syscall(462 /* mseal */, im, 2 * PG, 0) == 0;
	if (!sealed && errno != ENOSYS) FAIL("mseal: %m");

	/* J */
	unsigned char *ja = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int jf = file_of(argv[1], "j", 4 * PG, 12, O_RDONLY);
	unsigned char *jm = jf < 0 ? MAP_FAILED : mmap(NULL, 4 * PG, PROT_READ, MAP_PRIVATE, jf, 0);
	if (ja == MAP_FAILED || jm == MAP_FAILED) FAIL("J: %m");
	close(jf);
	fill(ja, 4 * PG, 13);
	if (madvise(ja + PG, PG, MADV_GUARD_INSTALL) || madvise(jm + 2 * PG, PG, MADV_GUARD_INSTALL)) FAIL("MADV_GUARD_INSTALL: %m");

	int ns = read_flags(saved);
	if (ns <= 0 || ns >= MAXV) FAIL("smaps: %d VMAs", ns);
	printf("ready\n");
	fflush(stdout);
	while (!term)
		pause();

	int nn = read_flags(now);
	for (int i = 0; i < ns; i++) {
		int found = 0;
		for (int j = 0; j < nn; j++) {
			if (now[j].start != saved[i].start) continue;
			found = 1;
			if (now[j].end != saved[i].end) FAIL("VMA %lx-%lx now ends at %lx", saved[i].start, saved[i].end, now[j].end);
			if (strcmp(now[j].flags, saved[i].flags)) FAIL("VMA %lx-%lx VmFlags:%s, were:%s", saved[i].start, saved[i].end, now[j].flags, saved[i].flags);
		}
		if (!found) FAIL("VMA %lx-%lx (VmFlags:%s) is gone", saved[i].start, saved[i].end, saved[i].flags);
	}
	if (nn != ns) FAIL("%d VMAs, were %d", nn, ns);

	if (!same(a, 8 * PG, 1)) FAIL("A: data changed");
	if (mprotect(a + 2 * PG, 2 * PG, PROT_READ | PROT_WRITE)) FAIL("A: mprotect: %m");
	if (!same(b, 4 * PG, 2) || !same(b + 4 * PG, 2 * PG, 3)) FAIL("B: data changed");
	for (long i = 0; i < 8 * PG; i++) {
		unsigned char want = i >= 3 * PG && i < 5 * PG ? pat(i - 3 * PG, 5) : i == 7 * PG + 1 ? 0x77 : pat(i, 4);
		if (c[i] != want) FAIL("C: byte %ld is %d, was %d", i, c[i], want);
	}
	for (long i = 0; i < 4 * PG; i++) {
		/* page 1 is the mapping's own copy; page 0 still shows the file, with the shared write */
		unsigned char want = i == PG + 9 ? 0xD9 : i == 3 ? 0xD3 : pat(5 * PG + i, 6);
		if (dp[i] != want) FAIL("D private: byte %ld is %d, was %d", i, dp[i], want);
	}
	for (long i = 0; i < 3 * PG; i++) {
		unsigned char want = i == 2 * PG + 3 ? 0xD3 : pat(3 * PG + i, 6);
		if (ds[i] != want) FAIL("D shared: byte %ld is %d, was %d", i, ds[i], want);
	}
	for (long i = 0; i < PG + PG / 2; i++) {
		if (es[i] != pat(i, 7)) FAIL("E shared: byte %ld changed", i);
		if (ep[i] != (i == PG + 100 ? 0xE1 : pat(i, 7))) FAIL("E private: byte %ld changed", i);
	}
	for (long i = PG + PG / 2; i < 2 * PG; i++)
		if (es[i] || ep[i]) FAIL("E: byte %ld past EOF is not zero", i);
	if (!same(fm, 2 * PG, 8)) FAIL("F: data changed");
	if (mprotect(fm, 2 * PG, PROT_READ | PROT_WRITE)) FAIL("F: mprotect(PROT_WRITE) of a shared mapping of an O_RDWR file: %m");
	fm[5] = 0xF5;
	if (pread(ff, line, 6, 0) != 6 || (unsigned char)line[5] != 0xF5) FAIL("F: a write through the mapping does not reach the file");
	if (!same(gm, 2 * PG, 9)) FAIL("G: data changed");
	if (mprotect(gm, 2 * PG, PROT_READ | PROT_WRITE) == 0 || errno != EACCES) FAIL("G: mprotect(PROT_WRITE) of a shared mapping of an O_RDONLY file did not fail with EACCES");
	if (mprotect(hx, 2 * PG, PROT_READ) || !same(hx, 2 * PG, 10) || !same(hw, 2 * PG, 11)) FAIL("H: data changed");
	if (sealed && (mprotect(im, 2 * PG, PROT_READ | PROT_WRITE) == 0 || errno != EPERM)) FAIL("I: the mapping is no longer sealed (mprotect: %m)");
	if (!guarded(ja + PG) || !guarded(jm + 2 * PG)) FAIL("J: a guard region is gone");
	if (guarded(ja) || guarded(ja + 2 * PG) || guarded(jm + PG) || guarded(jm + 3 * PG)) FAIL("J: a page next to a guard region became one");
	if (!same(ja, PG, 13) || ja[2 * PG] != pat(2 * PG, 13) || ja[4 * PG - 1] != pat(4 * PG - 1, 13)) FAIL("J: data around the guard region changed");
	if (jm[0] != pat(0, 12) || jm[3 * PG] != pat(3 * PG, 12)) FAIL("J: file data around the guard region changed");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
