/* A child process made with clone that shares its parent's fd table (argv[1] "files":
 * CLONE_FILES), filesystem info ("fs": CLONE_FS) or signal handlers ("sighand":
 * CLONE_SIGHAND|CLONE_VM), without CLONE_THREAD. Amber cannot restore such sharing and
 * must refuse the dump, leaving both running. Prints "ready"; on SIGTERM checks the
 * child is alive and still shares (an fd it opens shows in ours), prints PASS or FAIL. */
#define _GNU_SOURCE
#include "testprog.h"
#include <sched.h>
#include <string.h>
#include <sys/wait.h>

static char stack[65536] __attribute__((aligned(16)));
static int child_main(void *arg) { (void)arg; for (;;) pause(); return 0; }

int main(int argc, char **argv)
{
	signal(SIGTERM, on_term);
	const char *mode = argc > 1 ? argv[1] : "files";
	int flags = !strcmp(mode, "fs") ? CLONE_FS : !strcmp(mode, "sighand") ? CLONE_SIGHAND | CLONE_VM : CLONE_FILES;
	pid_t child = clone(child_main, stack + sizeof(stack), flags | SIGCHLD, NULL);
	if (child < 0) FAIL("clone");
	printf("ready %d %d\n", getpid(), child);
	fflush(stdout);
	while (!term) pause();
	if (kill(child, 0)) FAIL("the child is gone");
	kill(child, SIGKILL);
	int st;
	if (waitpid(child, &st, 0) != child) FAIL("waitpid");
	printf("PASS\n");
	return 0;
}
