/* A wide process tree: the root forks argv[1] children (default 99: 100 tasks in all)
 * that sleep in pause(). Prints "ready" once all exist; on SIGTERM the root checks
 * every child is still its child (alive, same pid), ends them with SIGUSR1 and checks
 * each was killed by it; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 99;
	if (n < 1 || n > 100000) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	pid_t *kids = calloc(n, sizeof(pid_t));
	for (int i = 0; i < n; i++) {
		kids[i] = fork();
		if (kids[i] == 0) {
			signal(SIGTERM, SIG_DFL);
			for (;;)
				pause();
		}
		if (kids[i] < 0) FAIL("fork %d: %m", i);
	}
	printf("ready %d children %d\n", getpid(), n);
	fflush(stdout);
	while (!term)
		pause();
	for (int i = 0; i < n; i++) {
		int st;
		if (waitpid(kids[i], &st, WNOHANG) != 0) FAIL("child %d (%d) is gone or not ours", i, kids[i]);
	}
	for (int i = 0; i < n; i++)
		kill(kids[i], SIGUSR1);
	for (int i = 0; i < n; i++) {
		int st;
		if (waitpid(kids[i], &st, 0) != kids[i] || !WIFSIGNALED(st) || WTERMSIG(st) != SIGUSR1) FAIL("child %d (%d) status 0x%x", i, kids[i], st);
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
