/* Mappings of a memfd whose fd is closed, shared with a child. The memfd "amber-map"
 * (8 pages + 100 bytes, a pattern) is mapped by the parent MAP_SHARED (pages 0-3) and
 * MAP_PRIVATE (pages 0-1, page 1 copied-on-write with private bytes); the child maps
 * pages 4-8 MAP_SHARED after the fork, writes into them, and shares the parent's
 * MAP_SHARED mapping too. Every fd is closed before "ready". On SIGTERM: names in
 * /proc/self/maps, content, the private copy, then the parent writes a token, the child
 * must see it and answer through its own mapping, which the parent must see. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define PG 4096UL
#define SIZE (8 * PG + 100)
#define NAME "amber-map"

static unsigned char pat(size_t i) { return (unsigned char)(i * 11 + 5); }

/* The maps line of addr names the memfd. */
static int named(void *addr)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	int ok = 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned long s, e;
		if (sscanf(line, "%lx-%lx", &s, &e) == 2 && (unsigned long)addr >= s && (unsigned long)addr < e)
			ok = strstr(line, "/memfd:" NAME " (deleted)") != NULL;
	}
	fclose(f);
	return ok;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	int fd = memfd_create(NAME, MFD_CLOEXEC);
	if (fd < 0 || ftruncate(fd, SIZE) != 0) FAIL("memfd: %m");
	unsigned char buf[SIZE];
	for (size_t i = 0; i < SIZE; i++) buf[i] = pat(i);
	if (write(fd, buf, SIZE) != (ssize_t)SIZE) FAIL("write: %m");
	volatile unsigned char *shared = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	volatile unsigned char *priv = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (shared == MAP_FAILED || priv == MAP_FAILED) FAIL("mmap: %m");
	priv[PG + 7] = 0xEE; /* copied on write: private to this mapping */
	int go[2], back[2];
	if (pipe(go) || pipe(back)) FAIL("pipe");
	pid_t child = fork();
	if (child == 0) {
		volatile unsigned char *tail = mmap(NULL, 5 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 4 * PG);
		close(fd);
		if (tail == MAP_FAILED) _exit(10);
		tail[0] = 0xC1; /* file offset 4 pages: only the child maps it */
		char c = 'r';
		if (write(back[1], &c, 1) != 1) _exit(11);
		while (!term)
			pause();
		if (!named((void *)tail) || !named((void *)shared)) _exit(12);
		for (size_t i = 1; i < 4 * PG + 100; i++)
			if (tail[i] != pat(4 * PG + i)) _exit(13);
		if (read(go[0], &c, 1) != 1) _exit(14);
		if (shared[3 * PG] != 0xA5) _exit(15); /* the parent's write after restore */
		tail[1] = 0xC2;                        /* the answer, through the child's own mapping */
		_exit(0);
	}
	close(fd);
	char c;
	if (read(back[0], &c, 1) != 1) FAIL("child did not start");
	printf("ready %d child %d\n", getpid(), child);
	fflush(stdout);
	while (!term)
		pause();

	if (!named((void *)shared) || !named((void *)priv)) FAIL("the mappings are no longer named /memfd:" NAME " (deleted)");
	for (size_t i = 0; i < 4 * PG; i++)
		if (shared[i] != pat(i)) FAIL("shared byte %zu changed", i);
	if (priv[PG + 7] != 0xEE) FAIL("the private copy-on-write byte was lost");
	if (shared[PG + 7] != pat(PG + 7)) FAIL("the private write leaked into the memfd");
	if (priv[9] != pat(9)) FAIL("private byte 9 changed");
	shared[3 * PG] = 0xA5;
	kill(child, SIGTERM);
	if (write(go[1], "g", 1) != 1) FAIL("pipe");
	int st;
	if (waitpid(child, &st, 0) != child || !WIFEXITED(st)) FAIL("child did not exit");
	if (WEXITSTATUS(st) == 15) FAIL("the child does not see the parent's write after restore: the memfd is no longer shared");
	if (WEXITSTATUS(st) != 0) FAIL("child check %d failed", WEXITSTATUS(st));
	/* The child's answer went into file offset 4 pages + 1: map it again to look. */
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	unsigned long s = 0, e = 0;
	while (fgets(line, sizeof(line), f))
		if (strstr(line, "/memfd:" NAME) && sscanf(line, "%lx-%lx", &s, &e) == 2 && s == (unsigned long)shared) break;
	fclose(f);
	char path[128];
	snprintf(path, sizeof(path), "/proc/self/map_files/%lx-%lx", s, e);
	FILE *m = fopen(path, "r");
	if (!m || fseek(m, 4 * PG + 1, SEEK_SET) != 0) FAIL("cannot reopen the memfd through %s", path);
	int got = fgetc(m);
	fclose(m);
	if (got != 0xC2) FAIL("the child's write after restore is not in the memfd (got %d)", got);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
