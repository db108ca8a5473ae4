/* A process tree: the root has a zombie child (exit 7, not reaped), a child that
 * counts, and a child that is a session leader whose own child leads a process group.
 * Prints "ready" when set up. On SIGTERM the root checks pids, ppids, sessions, groups
 * and the zombie's status, asks the others to check themselves, and prints PASS/FAIL. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

static void wait_term(void) { while (!term) pause(); }

/* A child checks its ids and exits 0 (or 10 + which check failed). */
static int check_ids(pid_t want_ppid, pid_t want_sid, pid_t want_pgid)
{
	if (getppid() != want_ppid) return 11;
	if (getsid(0) != want_sid) return 12;
	if (getpgrp() != want_pgid) return 13;
	return 0;
}

int main(void)
{
	signal(SIGTERM, on_term);
	pid_t root = getpid(), root_sid = getsid(0), root_pgid = getpgrp();

	pid_t zombie = fork();
	if (zombie == 0) _exit(7);

	pid_t counter = fork();
	if (counter == 0) {
		volatile unsigned long n = 0;
		while (!term) n++;
		_exit(check_ids(root, root_sid, root_pgid));
	}

	int ready[2];
	pipe(ready);
	pid_t leader = fork();
	if (leader == 0) {
		setsid();
		pid_t me = getpid();
		pid_t grand = fork();
		if (grand == 0) {
			close(ready[0]);
			close(ready[1]);
			setpgid(0, 0);
			wait_term();
			_exit(check_ids(me, me, getpid()));
		}
		write(ready[1], "x", 1);
		close(ready[0]);
		close(ready[1]);
		wait_term();
		kill(grand, SIGTERM);
		int st;
		if (waitpid(grand, &st, 0) != grand || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
			_exit(20 + (WIFEXITED(st) ? WEXITSTATUS(st) : 9));
		_exit(check_ids(root, me, me));
	}
	char c;
	read(ready[0], &c, 1);
	close(ready[0]);
	close(ready[1]);
	usleep(20000); /* let the zombie be a zombie */
	printf("ready %d zombie %d counter %d leader %d\n", root, zombie, counter, leader);
	fflush(stdout);
	wait_term();

	int st;
	if (getpid() != root) { printf("FAIL: root pid\n"); return 1; }
	if (waitpid(zombie, &st, WNOHANG) != zombie || !WIFEXITED(st) || WEXITSTATUS(st) != 7) {
		printf("FAIL: zombie %d not reaped with status 7 (status %x)\n", zombie, st);
		return 1;
	}
	pid_t kids[2] = { counter, leader };
	for (int i = 0; i < 2; i++) {
		kill(kids[i], SIGTERM);
		if (waitpid(kids[i], &st, 0) != kids[i] || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
			printf("FAIL: child %d status %x\n", kids[i], st);
			return 1;
		}
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
