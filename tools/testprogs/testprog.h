/* What the test programs share: the SIGTERM flag they wait on, FAIL (print the reason
 * and return 1 from the function), and fd placement helpers. */
#ifndef AMBER_TESTPROG_H
#define AMBER_TESTPROG_H
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static volatile sig_atomic_t term;
static void on_term(int sig) { (void)sig; term = 1; }

#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } while (0)

/* Moves fd to number `want` (closing the old number); -1 if fd is -1 or dup2 fails. */
__attribute__((unused)) static int place(int fd, int want)
{
	if (fd < 0) return -1;
	if (fd == want) return 0;
	if (dup2(fd, want) < 0) return -1;
	close(fd);
	return 0;
}

/* A new pipe whose read end is at fd r and write end at fd w, an end at -1 closed (exits
 * 3 without a pipe). It goes through numbers above every target, so none is clobbered. */
__attribute__((unused)) static void pipe_at(int r, int w)
{
	int p[2];
	if (pipe(p)) exit(3);
	int hr = fcntl(p[0], F_DUPFD, 100), hw = fcntl(p[1], F_DUPFD, 100);
	close(p[0]);
	close(p[1]);
	if (r >= 0) dup2(hr, r);
	if (w >= 0) dup2(hw, w);
	close(hr);
	close(hw);
}
#endif
