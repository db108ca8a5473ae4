/* Nested pid namespaces (seed 004). Run as init of a pid namespace A: it creates a
 * namespace B whose init (pid 1 in B) has a child (pid 2 in B). On SIGTERM each checks
 * its pid and ppid as its own namespace shows them; the root prints PASS or FAIL. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

static void wait_term(void) { while (!term) pause(); }

int main(void)
{
	signal(SIGTERM, on_term);
	if (getpid() != 1) { printf("FAIL: start me as init of a pid namespace\n"); return 2; }
	int ready[2];
	pipe(ready);
	if (unshare(CLONE_NEWPID) < 0) { perror("unshare"); return 2; }
	pid_t binit = fork();
	if (binit == 0) {
		pid_t g = fork();
		if (g == 0) {
			close(ready[0]);
			close(ready[1]);
			wait_term();
			_exit(getpid() == 2 && getppid() == 1 ? 0 : 11);
		}
		(void)!write(ready[1], "x", 1);
		close(ready[0]);
		close(ready[1]);
		wait_term();
		kill(g, SIGTERM);
		int st;
		if (waitpid(g, &st, 0) != g || !WIFEXITED(st) || WEXITSTATUS(st) != 0) _exit(20);
		_exit(getpid() == 1 && getppid() == 0 ? 0 : 12);
	}
	char c;
	(void)!read(ready[0], &c, 1);
	close(ready[0]);
	close(ready[1]);
	printf("ready 1 nested-init %d\n", binit);
	fflush(stdout);
	wait_term();
	kill(binit, SIGTERM);
	int st;
	if (waitpid(binit, &st, 0) != binit || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		printf("FAIL: nested init status %x\n", st);
		return 1;
	}
	if (getpid() != 1) { printf("FAIL: root pid %d\n", getpid()); return 1; }
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
