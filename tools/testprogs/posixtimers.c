/* POSIX timers across dump and restore: a periodic CLOCK_MONOTONIC timer (every 20 ms,
 * SIGUSR1 with sival 7) and a one-shot CLOCK_REALTIME timer 1000 s away (SIGUSR2).
 * Prints "ready"; on SIGTERM checks both timers (same ids, intervals, remaining time)
 * and that the periodic one still fires with its value; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t term, ticks, bad_value, usr2;
static void on_term(int sig) { (void)sig; term = 1; }
static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_code != SI_TIMER || si->si_value.sival_int != 7) bad_value = 1;
	ticks++;
}
static void on_usr2(int sig) { (void)sig; usr2 = 1; }

#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } while (0)

static double secs(struct timespec t) { return t.tv_sec + t.tv_nsec / 1e9; }

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_flags = SA_RESTART | SA_SIGINFO;
	sa.sa_sigaction = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);

	timer_t periodic, oneshot;
	struct sigevent ev;
	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	ev.sigev_value.sival_int = 7;
	if (timer_create(CLOCK_MONOTONIC, &ev, &periodic)) FAIL("timer_create: %m");
	ev.sigev_signo = SIGUSR2;
	ev.sigev_value.sival_int = 8;
	if (timer_create(CLOCK_REALTIME, &ev, &oneshot)) FAIL("timer_create: %m");
	struct itimerspec its = { { 0, 20000000 }, { 0, 20000000 } };
	timer_settime(periodic, 0, &its, NULL);
	struct itimerspec far = { { 0, 0 }, { 1000, 0 } };
	timer_settime(oneshot, 0, &far, NULL);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	struct itimerspec got;
	if (timer_gettime(periodic, &got)) FAIL("timer_gettime (periodic timer %p): %m", (void *)periodic);
	if (got.it_interval.tv_sec != 0 || got.it_interval.tv_nsec != 20000000) FAIL("periodic timer interval %.9f s, was 0.02", secs(got.it_interval));
	if (timer_gettime(oneshot, &got)) FAIL("timer_gettime (one-shot timer %p): %m", (void *)oneshot);
	if (secs(got.it_value) < 900 || secs(got.it_value) > 1000) FAIL("one-shot timer has %.3f s left, want 900-1000", secs(got.it_value));
	int t0 = ticks;
	usleep(150000);
	if (ticks <= t0) FAIL("the periodic timer stopped firing");
	if (bad_value) FAIL("a timer signal came without SI_TIMER and sival 7");
	if (usr2) FAIL("the one-shot timer fired early");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
