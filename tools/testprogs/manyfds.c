/* Many descriptors: raises RLIMIT_NOFILE's soft limit to its hard limit, opens
 * /dev/null and dup()s it until fds 0..argv[1]-1 (default 10000) are all open (fds
 * 0-2 from the caller are replaced by it too); with argv[2] "distinct", opens
 * /dev/null anew for each fd instead (n open file descriptions). Prints "ready"; on
 * SIGTERM checks every fd is still /dev/null, all one open file description (an
 * O_NONBLOCK set through the last fd shows on all of them) or, distinct, each its own
 * (it shows on the last only), and the limit is what it was; PASS or FAIL. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "testprog.h"

/* stdout is fd 1, which becomes /dev/null too: keep a copy of it for the verdict. */
static FILE *out;
#undef FAIL
#define FAIL(...) do { fprintf(out, "FAIL: " __VA_ARGS__); fprintf(out, "\n"); fflush(out); return 1; } while (0)

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10000;
	int distinct = argc > 2 && strcmp(argv[2], "distinct") == 0;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_cur = rl.rlim_max;
	setrlimit(RLIMIT_NOFILE, &rl);
	if (rl.rlim_cur < (rlim_t)n + 1) {
		printf("FAIL: RLIMIT_NOFILE %lu is below %d\n", (unsigned long)rl.rlim_cur, n + 1);
		return 1;
	}
	/* The report stream lives at fd n (the first number past the /dev/null ones). */
	int keep = fcntl(1, F_DUPFD, n);
	if (keep != n) { printf("FAIL: F_DUPFD gave %d\n", keep); return 1; }
	out = fdopen(keep, "w");
	int nul = open("/dev/null", O_RDWR);
	if (nul < 0) FAIL("open /dev/null: %m");
	for (int fd = 0; fd < n; fd++) {
		if (fd == nul) continue;
		int f = distinct ? open("/dev/null", O_RDWR) : nul;
		if (f < 0) FAIL("open /dev/null: %m");
		if (f != fd && dup2(f, fd) != fd) FAIL("dup2 %d: %m", fd);
		if (distinct && f != fd) close(f);
	}
	fprintf(out, "ready %d fds %d\n", getpid(), n);
	fflush(out);
	while (!term)
		pause();

	struct rlimit now;
	getrlimit(RLIMIT_NOFILE, &now);
	if (now.rlim_cur != rl.rlim_cur || now.rlim_max != rl.rlim_max) FAIL("RLIMIT_NOFILE %lu/%lu, was %lu/%lu", (unsigned long)now.rlim_cur, (unsigned long)now.rlim_max, (unsigned long)rl.rlim_cur, (unsigned long)rl.rlim_max);
	if (fcntl(n - 1, F_SETFL, O_NONBLOCK)) FAIL("F_SETFL: %m");
	for (int fd = 0; fd < n; fd++) {
		struct stat st;
		if (fstat(fd, &st) || !S_ISCHR(st.st_mode) || major(st.st_rdev) != 1 || minor(st.st_rdev) != 3) FAIL("fd %d is not /dev/null", fd);
		int nonblock = (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
		if (!distinct && !nonblock) FAIL("fd %d is not the same open file description as fd %d", fd, n - 1);
		if (distinct && nonblock != (fd == n - 1)) FAIL("fd %d shares its open file description with fd %d", fd, n - 1);
	}
	fprintf(out, "PASS\n");
	fflush(out);
	return 0;
}
