/* The three interval timers across dump and restore: ITIMER_REAL firing every 30 ms,
 * ITIMER_PROF every 10 ms of CPU time, and ITIMER_VIRTUAL as a one-shot 500 s of user
 * time away (its remaining value must survive, not restart or vanish). The main loop
 * sleeps in pause(). Prints "ready"; on SIGTERM checks intervals and values, burns
 * 300 ms of CPU and checks that the periodic timers still fire; PASS or FAIL. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t term, alrm, prof, vtalrm;
static void on_term(int sig) { (void)sig; term = 1; }
static void on_alrm(int sig) { (void)sig; alrm++; }
static void on_prof(int sig) { (void)sig; prof++; }
static void on_vtalrm(int sig) { (void)sig; vtalrm++; }

#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } while (0)

static double secs(struct timeval tv) { return tv.tv_sec + tv.tv_usec / 1e6; }

static void burn_cpu(double seconds)
{
	struct timespec t0, t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	volatile unsigned long x = 0;
	do {
		for (int i = 0; i < 100000; i++) x++;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	} while ((t.tv_sec - t0.tv_sec) + (t.tv_nsec - t0.tv_nsec) / 1e9 < seconds);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_alrm;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = on_prof;
	sigaction(SIGPROF, &sa, NULL);
	sa.sa_handler = on_vtalrm;
	sigaction(SIGVTALRM, &sa, NULL);

	struct itimerval real = { { 0, 30000 }, { 0, 30000 } };
	struct itimerval profi = { { 0, 10000 }, { 0, 10000 } };
	struct itimerval virt = { { 0, 0 }, { 500, 0 } };
	setitimer(ITIMER_REAL, &real, NULL);
	setitimer(ITIMER_PROF, &profi, NULL);
	setitimer(ITIMER_VIRTUAL, &virt, NULL);
	burn_cpu(0.05);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	struct itimerval r, p, v;
	getitimer(ITIMER_REAL, &r);
	getitimer(ITIMER_PROF, &p);
	getitimer(ITIMER_VIRTUAL, &v);
	if (r.it_interval.tv_sec != 0 || r.it_interval.tv_usec != 30000) FAIL("ITIMER_REAL interval %.6f s, was 0.03", secs(r.it_interval));
	if (secs(r.it_value) <= 0) FAIL("ITIMER_REAL is disarmed");
	if (secs(r.it_value) > 0.0301) FAIL("ITIMER_REAL left more than its interval (0.03 s): %.6f s", secs(r.it_value));
	if (p.it_interval.tv_sec != 0 || p.it_interval.tv_usec != 10000) FAIL("ITIMER_PROF interval %.6f s, was 0.01", secs(p.it_interval));
	if (secs(p.it_value) <= 0) FAIL("ITIMER_PROF is disarmed");
	if (secs(p.it_value) > 0.0101) FAIL("ITIMER_PROF left more than its interval (0.01 s): %.6f s", secs(p.it_value));
	if (secs(v.it_interval) != 0) FAIL("ITIMER_VIRTUAL interval %.6f s, was 0", secs(v.it_interval));
	if (secs(v.it_value) < 499 || secs(v.it_value) > 500) FAIL("ITIMER_VIRTUAL value %.6f s, want 499-500 s left", secs(v.it_value));
	int a0 = alrm, p0 = prof;
	burn_cpu(0.3);
	if (alrm <= a0) FAIL("ITIMER_REAL stopped firing");
	if (prof <= p0) FAIL("ITIMER_PROF stopped firing");
	if (vtalrm) FAIL("ITIMER_VIRTUAL fired early");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
