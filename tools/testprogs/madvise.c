/* One anonymous mapping per madvise bit and lock (VmFlags dc dd hg nh wf mg sr rr lo lf
 * nr gd), each filled with its own pattern. Prints "ready" and "region NAME ADDR" lines;
 * on SIGTERM checks every pattern, then forks: the child must not have the DONTFORK
 * region and must see zeros in the WIPEONFORK one, while the parent keeps both; the
 * locked regions must be resident. PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096UL
#define PAGES 4

enum { DONTFORK, DONTDUMP, HUGEPAGE, NOHUGEPAGE, WIPEONFORK, MERGEABLE, SEQUENTIAL, RANDOM_, LOCKED, LOCKONFAULT, NORESERVE, GROWSDOWN, N };
static const char *names[N] = { "dontfork", "dontdump", "hugepage", "nohugepage", "wipeonfork", "mergeable", "sequential", "random",
	"locked", "lockonfault", "noreserve", "growsdown" };
static const int advice[N] = { MADV_DONTFORK, MADV_DONTDUMP, MADV_HUGEPAGE, MADV_NOHUGEPAGE, MADV_WIPEONFORK, MADV_MERGEABLE,
	MADV_SEQUENTIAL, MADV_RANDOM, -1, -1, -1, -1 };
static unsigned char *region[N];

static unsigned char pat(int r, size_t i) { return (unsigned char)(i * 7 + r * 31 + 1); }

static int is_mapped(void *addr)
{
	unsigned char v;
	return mincore(addr, PG, &v) == 0;
}

static int resident(void *addr, size_t len)
{
	unsigned char v[PAGES];
	if (mincore(addr, len, v) != 0) return 0;
	for (size_t i = 0; i < len / PG; i++) if (!(v[i] & 1)) return 0;
	return 1;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	for (int r = 0; r < N; r++) {
		int flags = MAP_PRIVATE | MAP_ANONYMOUS;
		if (r == NORESERVE) flags |= MAP_NORESERVE;
		if (r == GROWSDOWN) flags |= MAP_GROWSDOWN;
		/* A PROT_NONE page after each keeps neighbours from merging before the advice. */
		unsigned char *p = mmap(NULL, (PAGES + 1) * PG, PROT_READ | PROT_WRITE, flags, -1, 0);
		if (p == MAP_FAILED) FAIL("mmap %s", names[r]);
		mprotect(p + PAGES * PG, PG, PROT_NONE);
		if (advice[r] >= 0 && madvise(p, PAGES * PG, advice[r]) != 0) FAIL("madvise %s: %m", names[r]);
		for (size_t i = 0; i < PAGES * PG; i++) p[i] = pat(r, i);
		if (r == LOCKED && mlock(p, PAGES * PG) != 0) FAIL("mlock: %m");
		if (r == LOCKONFAULT && syscall(SYS_mlock2, p, PAGES * PG, MLOCK_ONFAULT) != 0) FAIL("mlock2: %m");
		region[r] = p;
	}
	printf("ready\n");
	for (int r = 0; r < N; r++) printf("region %s %lx\n", names[r], (unsigned long)region[r]);
	fflush(stdout);
	while (!term)
		pause();

	for (int r = 0; r < N; r++)
		for (size_t i = 0; i < PAGES * PG; i++)
			if (region[r][i] != pat(r, i)) FAIL("%s region byte %zu changed", names[r], i);
	if (!resident(region[LOCKED], PAGES * PG)) FAIL("the mlocked region is not resident");
	pid_t child = fork();
	if (child < 0) FAIL("fork: %m");
	if (child == 0) {
		if (is_mapped(region[DONTFORK])) _exit(1); /* MADV_DONTFORK: not inherited */
		for (size_t i = 0; i < PAGES * PG; i++)
			if (region[WIPEONFORK][i] != 0) _exit(2); /* MADV_WIPEONFORK: zero in the child */
		for (size_t i = 0; i < PAGES * PG; i++)
			if (region[DONTDUMP][i] != pat(DONTDUMP, i)) _exit(3); /* an ordinary inherited copy */
		_exit(0);
	}
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st)) FAIL("child did not exit");
	if (WEXITSTATUS(st) == 1) FAIL("the DONTFORK region was inherited by a child after restore");
	if (WEXITSTATUS(st) == 2) FAIL("the WIPEONFORK region was not wiped in a child after restore");
	if (WEXITSTATUS(st) != 0) FAIL("child check %d failed", WEXITSTATUS(st));
	if (region[WIPEONFORK][5] != pat(WIPEONFORK, 5)) FAIL("the parent's WIPEONFORK region was wiped");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
