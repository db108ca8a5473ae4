/* Memory Amber refuses to dump, one kind per run (argv[1]):
 *   aio     an AIO context (io_setup): its ring is mapped as "/[aio] (deleted)"
 *   ghostmap  a mapping of an unlinked file (argv[2]: a scratch directory)
 * Prints "ready"; on SIGTERM checks that its data is intact (the refused dump left it
 * running unharmed). PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096L

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	unsigned char *m = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED) FAIL("mmap: %m");
	memset(m, 0x5a, 4 * PG);
	if (!strcmp(argv[1], "aio")) {
		aio_context_t ctx = 0;
		if (syscall(SYS_io_setup, 8, &ctx)) FAIL("io_setup: %m");
	} else if (!strcmp(argv[1], "ghostmap") && argc > 2) {
		char p[4096];
		snprintf(p, sizeof(p), "%s/mapped", argv[2]);
		int fd = open(p, O_RDWR | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || ftruncate(fd, PG) || unlink(p)) FAIL("file: %m");
		if (mmap(NULL, PG, PROT_READ, MAP_SHARED, fd, 0) == MAP_FAILED) FAIL("mmap file: %m");
		close(fd);
	} else
		FAIL("unknown kind %s", argv[1]);
	printf("ready\n");
	fflush(stdout);
	while (!term)
		pause();
	for (long i = 0; i < 4 * PG; i++)
		if (m[i] != 0x5a) FAIL("byte %ld changed", i);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
