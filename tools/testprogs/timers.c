/* Five kinds of POSIX timer across dump and restore, at sparse ids (a timer is deleted
 * between them):
 *   periodic  CLOCK_MONOTONIC every 20 ms, SIGUSR1 with sival 7
 *   oneshot   CLOCK_REALTIME 1000 s away, SIGUSR2 (must not fire)
 *   thread    CLOCK_MONOTONIC every 15 ms, SIGEV_THREAD_ID at a second thread, SIGRTMIN+1
 *   disarmed  created with SIGRTMIN+2, never armed
 *   cpu       CLOCK_PROCESS_CPUTIME_ID every 5 ms of CPU time, SIGRTMIN+3 with sival 9
 *   held      CLOCK_MONOTONIC every 5 ms, SIGRTMIN+4 blocked: its signal is pending at dump
 * Prints "ready PID" and the ids; on SIGTERM checks every timer (its id still answers,
 * interval, remaining time, signals with SI_TIMER, the right value and thread) and that
 * the periodic ones still fire; the held timer's signal must still be pending and still
 * be the timer's own: once the timer is deleted, it is gone (a copy queued in its place
 * would stay). PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t term, ticks, thread_ticks, cpu_ticks, usr2, rt2, bad;
static volatile pid_t worker_tid, wrong_tid;
static const char *volatile bad_why;

static void on_term(int sig) { (void)sig; term = 1; }
static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_code != SI_TIMER || si->si_value.sival_int != 7) { bad = 1; bad_why = "periodic"; }
	ticks++;
}
static void on_usr2(int sig) { (void)sig; usr2 = 1; }
static void on_thread(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_code != SI_TIMER) { bad = 1; bad_why = "thread"; }
	pid_t me = (pid_t)syscall(SYS_gettid);
	if (me != worker_tid) wrong_tid = me;
	thread_ticks++;
}
static void on_rt2(int sig) { (void)sig; rt2 = 1; }
static void on_cpu(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_code != SI_TIMER || si->si_value.sival_int != 9) { bad = 1; bad_why = "cpu"; }
	cpu_ticks++;
}

static void *worker(void *arg)
{
	(void)arg;
	worker_tid = (pid_t)syscall(SYS_gettid);
	for (;;)
		pause();
	return NULL;
}

#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } while (0)

static double secs(struct timespec t) { return t.tv_sec + t.tv_nsec / 1e9; }

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

static int handle(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_flags = SA_RESTART | SA_SIGINFO;
	sa.sa_sigaction = fn;
	return sigaction(sig, &sa, NULL);
}

static int create(clockid_t clock, int notify, int signo, int value, pid_t tid, timer_t *out)
{
	struct sigevent ev;
	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = notify;
	ev.sigev_signo = signo;
	ev.sigev_value.sival_int = value;
	ev._sigev_un._tid = tid;
	return timer_create(clock, &ev, out);
}

static int arm(timer_t t, long interval_ns, time_t value_s, long value_ns)
{
	struct itimerspec its = { { interval_ns / 1000000000, interval_ns % 1000000000 }, { value_s, value_ns } };
	return timer_settime(t, 0, &its, NULL);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_handler = on_rt2;
	sigaction(SIGRTMIN + 2, &sa, NULL);
	handle(SIGUSR1, on_usr1);
	handle(SIGRTMIN + 1, on_thread);
	handle(SIGRTMIN + 3, on_cpu);

	sigset_t held_sig;
	sigemptyset(&held_sig);
	sigaddset(&held_sig, SIGRTMIN + 4);
	pthread_sigmask(SIG_BLOCK, &held_sig, NULL); /* both threads */
	pthread_t th;
	pthread_create(&th, NULL, worker, NULL);
	while (!worker_tid)
		usleep(1000);

	timer_t periodic, spare, oneshot, thread, disarmed, cpu, held;
	if (create(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 7, 0, &periodic)) FAIL("timer_create periodic: %m");
	if (create(CLOCK_MONOTONIC, SIGEV_NONE, 0, 0, 0, &spare)) FAIL("timer_create spare: %m");
	if (create(CLOCK_REALTIME, SIGEV_SIGNAL, SIGUSR2, 8, 0, &oneshot)) FAIL("timer_create oneshot: %m");
	timer_delete(spare); /* leaves a hole in the ids */
	if (create(CLOCK_MONOTONIC, SIGEV_THREAD_ID, SIGRTMIN + 1, 5, worker_tid, &thread)) FAIL("timer_create thread: %m");
	if (create(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGRTMIN + 2, 6, 0, &disarmed)) FAIL("timer_create disarmed: %m");
	if (create(CLOCK_PROCESS_CPUTIME_ID, SIGEV_SIGNAL, SIGRTMIN + 3, 9, 0, &cpu)) FAIL("timer_create cpu: %m");
	if (create(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGRTMIN + 4, 11, 0, &held)) FAIL("timer_create held: %m");
	if (arm(periodic, 20000000, 0, 20000000) || arm(oneshot, 0, 1000, 0) || arm(thread, 15000000, 0, 15000000) ||
	    arm(cpu, 5000000, 0, 5000000) || arm(held, 5000000, 0, 1000000))
		FAIL("timer_settime: %m");
	/* The main thread never takes the worker's signal. */
	sigset_t only_worker;
	sigemptyset(&only_worker);
	sigaddset(&only_worker, SIGRTMIN + 1);
	pthread_sigmask(SIG_BLOCK, &only_worker, NULL);
	burn_cpu(0.02);

	printf("ready %d\nids %ld %ld %ld %ld %ld %ld\n", getpid(), (long)periodic, (long)oneshot, (long)thread, (long)disarmed, (long)cpu, (long)held);
	fflush(stdout);
	while (!term)
		pause();

	struct itimerspec got;
	if (timer_gettime(periodic, &got)) FAIL("timer_gettime (periodic timer %ld): %m", (long)periodic);
	if (secs(got.it_interval) != 0.02) FAIL("periodic timer interval %.9f s, was 0.02", secs(got.it_interval));
	if (secs(got.it_value) <= 0 || secs(got.it_value) > 0.02) FAIL("periodic timer has %.9f s left, want (0, 0.02]", secs(got.it_value));
	if (timer_gettime(oneshot, &got)) FAIL("timer_gettime (one-shot timer %ld): %m", (long)oneshot);
	if (secs(got.it_interval) != 0) FAIL("one-shot timer got an interval: %.9f s", secs(got.it_interval));
	if (secs(got.it_value) < 900 || secs(got.it_value) > 1000) FAIL("one-shot timer has %.3f s left, want 900-1000", secs(got.it_value));
	if (timer_gettime(thread, &got)) FAIL("timer_gettime (thread timer %ld): %m", (long)thread);
	if (secs(got.it_interval) != 0.015) FAIL("thread timer interval %.9f s, was 0.015", secs(got.it_interval));
	if (timer_gettime(disarmed, &got)) FAIL("timer_gettime (disarmed timer %ld): %m", (long)disarmed);
	if (secs(got.it_interval) != 0 || secs(got.it_value) != 0) FAIL("the disarmed timer is armed: %.9f s, every %.9f s", secs(got.it_value), secs(got.it_interval));
	if (timer_gettime(cpu, &got)) FAIL("timer_gettime (CPU-time timer %ld): %m", (long)cpu);
	if (secs(got.it_interval) != 0.005) FAIL("CPU-time timer interval %.9f s, was 0.005", secs(got.it_interval));
	if (secs(got.it_value) <= 0 || secs(got.it_value) > 0.005) FAIL("CPU-time timer has %.9f s left, want (0, 0.005]", secs(got.it_value));

	if (timer_gettime(held, &got)) FAIL("timer_gettime (held timer %ld): %m", (long)held);
	if (secs(got.it_interval) != 0.005) FAIL("held timer interval %.9f s, was 0.005", secs(got.it_interval));
	sigset_t pending;
	sigpending(&pending);
	if (!sigismember(&pending, SIGRTMIN + 4)) FAIL("the held timer's signal is no longer pending");
	timer_delete(held);
	struct timespec now = { 0, 0 };
	siginfo_t si;
	if (sigtimedwait(&held_sig, &si, &now) > 0)
		FAIL("the held timer's pending signal outlived timer_delete (si_code %d): it came back as a copy, not as the timer's own", si.si_code);

	int t0 = ticks, w0 = thread_ticks, c0 = cpu_ticks;
	burn_cpu(0.1);
	usleep(100000);
	if (ticks <= t0) FAIL("the periodic timer stopped firing");
	if (thread_ticks <= w0) FAIL("the thread timer stopped firing");
	if (cpu_ticks <= c0) FAIL("the CPU-time timer stopped firing");
	if (wrong_tid) FAIL("the thread timer's signal reached thread %d, not %d", wrong_tid, worker_tid);
	if (bad) FAIL("a %s timer signal came without SI_TIMER or its value", bad_why);
	if (usr2) FAIL("the one-shot timer fired early");
	if (rt2) FAIL("the disarmed timer fired");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
