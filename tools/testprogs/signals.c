/* Signal state across dump and restore: a handler, a blocked signal pending, an
 * alternate stack, a running interval timer. Prints "ready" when set up; on SIGTERM
 * checks everything is as before and prints PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t usr1_count, alarm_count, term;
static char altstack[65536];

static void on_usr1(int sig) { (void)sig; usr1_count++; }
static void on_alarm(int sig) { (void)sig; alarm_count++; }
static void on_term(int sig) { (void)sig; term = 1; }

#define CHECK(cond, ...) do { if (!(cond)) { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } } while (0)

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART | SA_ONSTACK;
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGHUP, SIG_IGN);

	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack), .ss_flags = 0 };
	sigaltstack(&ss, NULL);

	sigset_t block;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR2);
	sigaddset(&block, SIGRTMIN + 3);
	sigprocmask(SIG_BLOCK, &block, NULL);
	raise(SIGUSR2);                       /* pending, blocked */
	union sigval v = { .sival_int = 4242 };
	sigqueue(getpid(), SIGRTMIN + 3, v); /* pending with its value */

	prctl(PR_SET_PDEATHSIG, SIGHUP); /* ignored here, so harmless if it fires */
	prctl(PR_SET_CHILD_SUBREAPER, 1);

	struct itimerval it = { { 0, 20000 }, { 0, 20000 } };
	setitimer(ITIMER_REAL, &it, NULL);

	pid_t pid = getpid();
	printf("ready %d\n", pid);
	fflush(stdout);
	while (!term)
		pause();

	int alarms_at_term = alarm_count;
	CHECK(getpid() == pid, "pid %d, was %d", getpid(), pid);
	struct sigaction cur;
	sigaction(SIGUSR1, NULL, &cur);
	CHECK(cur.sa_handler == on_usr1, "SIGUSR1 handler lost");
	CHECK((cur.sa_flags & (SA_RESTART | SA_ONSTACK)) == (SA_RESTART | SA_ONSTACK), "SIGUSR1 flags %x", cur.sa_flags);
	CHECK(sigismember(&cur.sa_mask, SIGUSR2), "SIGUSR1 handler mask lost");
	sigaction(SIGHUP, NULL, &cur);
	CHECK(cur.sa_handler == SIG_IGN, "SIGHUP no longer ignored");
	sigset_t mask, pending;
	sigprocmask(SIG_BLOCK, NULL, &mask);
	CHECK(sigismember(&mask, SIGUSR2) && sigismember(&mask, SIGRTMIN + 3), "blocked mask lost");
	sigpending(&pending);
	CHECK(sigismember(&pending, SIGUSR2), "pending SIGUSR2 lost");
	CHECK(sigismember(&pending, SIGRTMIN + 3), "pending SIGRTMIN+3 lost");
	siginfo_t si;
	struct timespec zero = { 0, 0 };
	CHECK(sigtimedwait(&block, &si, &zero) > 0, "cannot take a pending signal");
	if (si.si_signo != SIGUSR2)
		CHECK(si.si_value.sival_int == 4242, "queued value %d", si.si_value.sival_int);
	stack_t now;
	sigaltstack(NULL, &now);
	CHECK(now.ss_sp == altstack && now.ss_size == sizeof(altstack), "sigaltstack lost");
	int pdeath = 0, subreaper = 0;
	prctl(PR_GET_PDEATHSIG, &pdeath);
	prctl(PR_GET_CHILD_SUBREAPER, &subreaper);
	CHECK(pdeath == SIGHUP, "pdeath signal %d", pdeath);
	CHECK(subreaper == 1, "no longer a child subreaper");
	raise(SIGUSR1);
	CHECK(usr1_count == 1, "SIGUSR1 handler did not run");
	struct itimerval t;
	getitimer(ITIMER_REAL, &t);
	CHECK(t.it_interval.tv_usec == 20000, "itimer interval %ld", (long)t.it_interval.tv_usec);
	usleep(100000);
	CHECK(alarm_count > alarms_at_term, "itimer stopped firing");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
