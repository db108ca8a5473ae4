/* argv[1] MiB of anonymous memory, every page written with a pattern; on SIGTERM
 * checks every page and prints PASS or FAIL. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "testprog.h"

int main(int argc, char **argv)
{
	size_t mib = argc > 1 ? strtoul(argv[1], NULL, 10) : 64;
	size_t size = mib << 20;
	signal(SIGTERM, on_term);
	unsigned long *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED) return 2;
	for (size_t i = 0; i < size / sizeof(long); i += 512)
		mem[i] = i * 2654435761UL;
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();
	for (size_t i = 0; i < size / sizeof(long); i += 512)
		if (mem[i] != i * 2654435761UL) {
			printf("FAIL: word %zu changed\n", i);
			return 1;
		}
	printf("PASS\n");
	return 0;
}
