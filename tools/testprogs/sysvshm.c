/* SysV shared memory between a parent and its child. Segment A: key 0x414d<pid & 0xffff>,
 * 3 pages + 100 bytes, mode 0640, a pattern, attached by both (the child inherits the
 * attach). Segment B: IPC_PRIVATE, 2 pages, removed (IPC_RMID) while attached, shared
 * the same way. The child writes into both before the dump. Prints "ready A_ID B_ID";
 * on SIGTERM the parent checks ids, key, size, mode, attach counts (IPC_STAT on the
 * same shmids), content, writes tokens the child must see, and the child answers.
 * The parent removes segment A before it exits.
 *
 * `sysvshm hold ID`: attaches segment ID, prints "ready", and waits (a foreign user). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096UL
#define A_SIZE (3 * PG + 100)
#define B_SIZE (2 * PG)

static int a_id = -1;
#undef FAIL
#define FAIL(...) do { printf("FAIL: " __VA_ARGS__); printf("\n"); fflush(stdout); if (a_id >= 0) shmctl(a_id, IPC_RMID, NULL); return 1; } while (0)

static unsigned char pat(size_t i) { return (unsigned char)(i * 17 + 3); }

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	if (argc == 3 && strcmp(argv[1], "hold") == 0) {
		if (shmat(atoi(argv[2]), NULL, 0) == (void *)-1) { printf("FAIL: shmat %s: %m\n", argv[2]); return 1; }
		printf("ready\n");
		fflush(stdout);
		while (!term)
			pause();
		return 0;
	}
	key_t key = 0x414d0000 | (getpid() & 0xffff);
	a_id = shmget(key, A_SIZE, IPC_CREAT | IPC_EXCL | 0640);
	int b_id = shmget(IPC_PRIVATE, B_SIZE, IPC_CREAT | 0600);
	if (a_id < 0 || b_id < 0) FAIL("shmget: %m");
	volatile unsigned char *a = shmat(a_id, NULL, 0);
	volatile unsigned char *b = shmat(b_id, NULL, 0);
	if (a == (void *)-1 || b == (void *)-1) FAIL("shmat: %m");
	shmctl(b_id, IPC_RMID, NULL); /* gone once the last attach goes */
	for (size_t i = 0; i < A_SIZE; i++) a[i] = pat(i);
	b[5] = 0xB0;
	pid_t child = fork();
	if (child == 0) {
		a[PG] = 0xC1; /* before the dump */
		b[PG] = 0xC1;
		while (!term)
			pause();
		for (int i = 0; i < 2000 && (a[2 * PG] != 0xA5 || b[6] != 0xA5); i++)
			usleep(1000);
		if (a[2 * PG] != 0xA5 || b[6] != 0xA5) _exit(3); /* the parent's writes after restore */
		a[2 * PG + 1] = 0xC2;
		b[7] = 0xC2;
		_exit(0);
	}
	while (a[PG] != 0xC1 || b[PG] != 0xC1)
		usleep(1000);
	printf("ready %d %d\n", a_id, b_id);
	fflush(stdout);
	while (!term)
		pause();

	struct shmid_ds ds;
	if (shmctl(a_id, IPC_STAT, &ds) != 0) FAIL("IPC_STAT of segment A (shmid %d): %m", a_id);
	if (ds.shm_perm.__key != key) FAIL("segment A has key 0x%x, not 0x%x", ds.shm_perm.__key, key);
	if (ds.shm_segsz != A_SIZE) FAIL("segment A has size %zu", (size_t)ds.shm_segsz);
	if ((ds.shm_perm.mode & 0777) != 0640) FAIL("segment A has mode %o", ds.shm_perm.mode);
	if (ds.shm_nattch != 2) FAIL("segment A has %lu attaches, not 2", (unsigned long)ds.shm_nattch);
	if (shmctl(b_id, IPC_STAT, &ds) != 0) FAIL("IPC_STAT of segment B (shmid %d): %m", b_id);
	if (!(ds.shm_perm.mode & SHM_DEST)) FAIL("segment B is no longer marked removed");
	if (ds.shm_nattch != 2) FAIL("segment B has %lu attaches, not 2", (unsigned long)ds.shm_nattch);
	for (size_t i = 0; i < A_SIZE; i++)
		if (i != PG && a[i] != pat(i)) FAIL("segment A byte %zu changed", i);
	if (a[PG] != 0xC1 || b[PG] != 0xC1 || b[5] != 0xB0) FAIL("the writes made before the dump were lost");
	a[2 * PG] = 0xA5;
	b[6] = 0xA5;
	kill(child, SIGTERM);
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st)) FAIL("child did not exit");
	if (WEXITSTATUS(st) == 3) FAIL("the child does not see the parent's writes after restore: the segments are no longer shared");
	if (WEXITSTATUS(st) != 0) FAIL("child check %d failed", WEXITSTATUS(st));
	if (a[2 * PG + 1] != 0xC2 || b[7] != 0xC2) FAIL("the child's answers are not visible");
	shmctl(a_id, IPC_RMID, NULL);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
