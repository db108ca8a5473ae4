/* An fd Amber cannot restore: an io_uring instance at fd 3. Prints "ready"; on SIGTERM checks the ring is still there
 * (a refused dump must leave the task as it was) and prints PASS. */
#define _GNU_SOURCE
#include <linux/io_uring.h>
#include <string.h>
#include <sys/syscall.h>
#include "testprog.h"

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	struct io_uring_params p;
	memset(&p, 0, sizeof(p));
	if (place(syscall(SYS_io_uring_setup, 4, &p), 3)) FAIL("io_uring_setup: %m");
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();
	char link[64];
	ssize_t n = readlink("/proc/self/fd/3", link, sizeof(link) - 1);
	if (n <= 0) FAIL("fd 3 is gone");
	link[n] = 0;
	if (strcmp(link, "anon_inode:[io_uring]")) FAIL("fd 3 is %s", link);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
