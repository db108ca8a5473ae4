/* Shared anonymous memory between a parent and its child. The child writes into the
 * shared pages before the dump; on SIGTERM the parent asks the child to write again
 * and checks that it sees the child's writes: the memory is still one, not two copies. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096

int main(void)
{
	signal(SIGTERM, on_term);
	volatile unsigned char *shm = mmap(NULL, 8 * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	for (int i = 0; i < 8 * PG; i++)
		shm[i] = (unsigned char)(i * 13);
	pid_t child = fork();
	if (child == 0) {
		shm[PG] = 0xC1; /* before the dump */
		while (!term)
			pause();
		shm[2 * PG] = 0xC2; /* after the restore */
		_exit(0);
	}
	while (shm[PG] != 0xC1)
		usleep(1000);
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	while (!term)
		pause();
	kill(child, SIGTERM);
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		printf("FAIL: child status %x\n", st);
		return 1;
	}
	if (shm[2 * PG] != 0xC2) {
		printf("FAIL: the child's write after restore is not visible: the mapping is no longer shared\n");
		return 1;
	}
	for (int i = 0; i < 8 * PG; i++) {
		if (i == PG || i == 2 * PG) continue;
		if (shm[i] != (unsigned char)(i * 13)) {
			printf("FAIL: shared byte %d changed\n", i);
			return 1;
		}
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
