/* A known page layout for the pagemap scanners: 64 anonymous pages of which 0-2, 10,
 * 20-29 and 63 are written, and a private file
 * mapping of 4 pages (argv[1]) of which page 1 is written (copied on write) and page 2
 * only read. Prints "ready ANON FILE" (hex addresses) and waits for SIGTERM. */
#include <string.h>
#include <sys/mman.h>
#include "testprog.h"

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	signal(SIGTERM, on_term);
	char *anon = mmap(NULL, 64 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (anon == MAP_FAILED || fd < 0 || ftruncate(fd, 4 * 4096)) return 2;
	char *file = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (file == MAP_FAILED) return 2;
	static const int written[] = { 0, 1, 2, 10, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 63 };
	for (unsigned i = 0; i < sizeof(written) / sizeof(written[0]); i++) anon[written[i] * 4096] = 1;
	file[4096] = 1;
	volatile char sink = file[2 * 4096];
	(void)sink;
	printf("ready %p %p\n", (void *)anon, (void *)file);
	fflush(stdout);
	while (!term) pause();
	printf("PASS\n");
	return 0;
}
