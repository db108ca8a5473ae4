/* Shared anonymous memory between a parent and its child across dump and restore:
 * 16 pages MAP_SHARED|MAP_ANONYMOUS made before fork, filled with a pattern (the last
 * page is a mailbox the child writes into before the dump), plus a MAP_SHARED|
 * MAP_ANONYMOUS area the parent made after the fork (its own). Prints "ready"; on
 * SIGTERM the parent checks the content and the child's writes, writes a token, wakes
 * the child, which must see the token (the memory is still shared, not a private copy
 * each) and answers through the same memory; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096
#define PAGES 16

static unsigned char pat(long i) { return (unsigned char)(i * 29 + 1); }

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	unsigned char *shm = mmap(NULL, PAGES * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (shm == MAP_FAILED) FAIL("mmap: %m");
	for (long i = 0; i < (PAGES - 1) * PG; i++) shm[i] = pat(i);
	volatile uint64_t *mail = (volatile uint64_t *)(shm + (PAGES - 1) * PG);
	pid_t child = fork();
	if (child == 0) {
		/* The child fills mail[8..] and waits for SIGTERM from the parent. */
		for (int i = 8; i < 16; i++) mail[i] = 0xC0DE0000u + i;
		while (!term)
			pause();
		if (mail[0] != 0x70CE4) _exit(3); /* the parent's token did not arrive */
		for (long i = 0; i < (PAGES - 1) * PG; i++)
			if (shm[i] != pat(i)) _exit(4);
		mail[1] = 0xACCE55;
		_exit(0);
	}
	unsigned char *own = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	memset(own, 0x5A, 4 * PG);
	while (mail[15] != 0xC0DE000Fu)
		usleep(1000);
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	while (!term)
		pause();

	for (long i = 0; i < (PAGES - 1) * PG; i++)
		if (shm[i] != pat(i)) FAIL("the parent's shared page %ld changed", i / PG);
	for (int i = 8; i < 16; i++)
		if (mail[i] != 0xC0DE0000u + i) FAIL("the parent does not see the child's writes (word %d)", i);
	for (long i = 0; i < 4 * PG; i++)
		if (own[i] != 0x5A) FAIL("the parent's own shared area changed");
	mail[0] = 0x70CE4;
	kill(child, SIGTERM);
	int st;
	if (waitpid(child, &st, 0) != child) FAIL("waitpid: %m");
	if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		int c = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
		FAIL("child: %s", c == 3 ? "does not see the parent's write: the memory is no longer shared" : c == 4 ? "its shared pages changed" : "died");
	}
	if (mail[1] != 0xACCE55) FAIL("the parent does not see the child's answer: the memory is no longer shared");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
