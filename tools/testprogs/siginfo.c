/* Pending signals keep their whole siginfo across dump and restore: a SIGCHLD from a
 * child that exited (CLD_EXITED, its pid and status; the child stays a zombie), an RT
 * signal sent by sigqueue with a value (SI_QUEUE, sender pid and uid), a POSIX timer's
 * signal (SI_TIMER, its value). Prints "ready" when set up; on SIGTERM checks them with
 * sigtimedwait and prints PASS or FAIL. */
#define _GNU_SOURCE
#include "testprog.h"
#include <errno.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>

int main(void)
{
	signal(SIGTERM, on_term);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGRTMIN + 2);
	sigaddset(&set, SIGRTMIN + 4);
	sigprocmask(SIG_BLOCK, &set, NULL);

	pid_t child = fork();
	if (child == 0) _exit(7);
	union sigval v = { .sival_int = 5150 };
	if (sigqueue(getpid(), SIGRTMIN + 2, v)) FAIL("sigqueue");
	timer_t timer;
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN + 4, .sigev_value = { .sival_int = 777 } };
	if (timer_create(CLOCK_MONOTONIC, &sev, &timer)) FAIL("timer_create");
	struct itimerspec its = { .it_value = { 0, 1000000 } };
	timer_settime(timer, 0, &its, NULL);
	for (;;) { /* every signal queued before "ready" */
		sigset_t p;
		sigpending(&p);
		if (sigismember(&p, SIGCHLD) && sigismember(&p, SIGRTMIN + 4)) break;
		usleep(1000);
	}
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term) pause();

	struct timespec zero = { 0, 0 };
	siginfo_t si;
	sigset_t one;
	sigemptyset(&one);
	sigaddset(&one, SIGCHLD);
	if (sigtimedwait(&one, &si, &zero) != SIGCHLD) FAIL("no pending SIGCHLD");
	if (si.si_code != CLD_EXITED || si.si_pid != child || si.si_status != 7)
		FAIL("SIGCHLD si_code %d pid %d status %d, want CLD_EXITED(%d) %d 7", si.si_code, si.si_pid, si.si_status, CLD_EXITED, child);
	sigemptyset(&one);
	sigaddset(&one, SIGRTMIN + 2);
	if (sigtimedwait(&one, &si, &zero) != SIGRTMIN + 2) FAIL("no pending SIGRTMIN+2");
	if (si.si_code != SI_QUEUE || si.si_value.sival_int != 5150 || si.si_uid != getuid())
		FAIL("SIGRTMIN+2 si_code %d value %d uid %d, want SI_QUEUE(%d) 5150 %d", si.si_code, si.si_value.sival_int, si.si_uid, SI_QUEUE, getuid());
	sigemptyset(&one);
	sigaddset(&one, SIGRTMIN + 4);
	if (sigtimedwait(&one, &si, &zero) != SIGRTMIN + 4) FAIL("no pending timer signal");
	if (si.si_code != SI_TIMER || si.si_value.sival_int != 777) FAIL("timer signal si_code %d value %d, want SI_TIMER(%d) 777", si.si_code, si.si_value.sival_int, SI_TIMER);
	int st;
	if (waitpid(child, &st, WNOHANG) != child || !WIFEXITED(st) || WEXITSTATUS(st) != 7) FAIL("the zombie child is not there with status 7");
	printf("PASS\n");
	return 0;
}
