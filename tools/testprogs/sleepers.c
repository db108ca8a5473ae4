/* Sleeping in syscalls across dump and restore: the main thread blocks in read() on a
 * pipe, a second thread loops in nanosleep(). A second pipe holds queued data, with a
 * custom buffer size, its ends at the swapped fd numbers of seed 000 (read 27, write 18).
 * On SIGTERM the handler writes into the first pipe, the read returns, and everything
 * is checked: PASS or FAIL. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int wake[2];
static volatile unsigned long sleeps;

static void on_term(int sig) { (void)sig; (void)!write(wake[1], "x", 1); }

static void *sleeper(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	for (;;) {
		nanosleep(&ts, NULL);
		sleeps++;
	}
	return NULL;
}

#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); return 1; } while (0)

int main(void)
{
	int q[2];
	pipe(wake);
	pipe(q);
	dup2(q[0], 27);
	dup2(q[1], 18);
	close(q[0]);
	close(q[1]);
	fcntl(27, F_SETPIPE_SZ, 16 * 4096);
	const char queued[] = "queued-data-across-the-dump";
	(void)!write(18, queued, sizeof(queued));

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	pthread_t th;
	pthread_create(&th, NULL, sleeper, NULL);

	printf("ready %d\n", getpid());
	fflush(stdout);
	char c = 0;
	ssize_t n = read(wake[0], &c, 1);
	if (n != 1 || c != 'x') FAIL("read on the pipe returned %zd '%c'", n, c);

	unsigned long before = sleeps;
	usleep(150000);
	if (sleeps <= before) FAIL("the nanosleep thread is stuck (%lu)", sleeps);
	if (fcntl(27, F_GETPIPE_SZ) != 16 * 4096) FAIL("pipe size %d", fcntl(27, F_GETPIPE_SZ));
	char buf[64] = { 0 };
	n = read(27, buf, sizeof(buf));
	if (n != (ssize_t)sizeof(queued) || memcmp(buf, queued, sizeof(queued))) FAIL("queued data lost: %zd bytes '%s'", n, buf);
	(void)!write(18, "y", 1);
	if (read(27, buf, 1) != 1 || buf[0] != 'y') FAIL("the swapped pipe no longer connects 18 to 27");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
