/* Four threads, each counting in its own slot through a thread-local index. On SIGTERM
 * the main thread checks that every thread still runs, with its own tid and TLS. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define N 4
static volatile unsigned long counters[N];
static volatile pid_t tids[N];
static __thread int my_index = -1;
static volatile sig_atomic_t term;

static void on_term(int sig) { (void)sig; term = 1; }

static void *worker(void *arg)
{
	my_index = (int)(long)arg;
	tids[my_index] = (pid_t)syscall(SYS_gettid);
	for (;;) {
		counters[my_index]++;
		if (tids[my_index] != (pid_t)syscall(SYS_gettid) && counters[my_index] % 1000000 == 0)
			tids[my_index] = -1; /* tid changed under us */
	}
	return NULL;
}

int main(void)
{
	signal(SIGTERM, on_term);
	pthread_t th[N];
	for (long i = 0; i < N; i++)
		pthread_create(&th[i], NULL, worker, (void *)i);
	while (1) {
		int ok = 1;
		for (int i = 0; i < N; i++)
			ok &= tids[i] != 0;
		if (ok)
			break;
		usleep(1000);
	}
	pid_t saved[N];
	memcpy(saved, (const void *)tids, sizeof(saved));
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();
	unsigned long before[N];
	for (int i = 0; i < N; i++)
		before[i] = counters[i];
	usleep(100000);
	for (int i = 0; i < N; i++) {
		if (counters[i] <= before[i]) {
			printf("FAIL: thread %d stopped counting\n", i);
			return 1;
		}
		if (tids[i] != saved[i]) {
			printf("FAIL: thread %d tid %d, was %d\n", i, tids[i], saved[i]);
			return 1;
		}
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
