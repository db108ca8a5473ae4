/* An O_ASYNC owner and signal on a regular file (F_SETOWN to itself, F_SETSIG SIGRTMIN):
 * Amber does not keep them for regular files, so the dump must refuse, naming the fd,
 * and leave the program running. Prints "ready"; on SIGTERM checks the owner and signal
 * are still set and prints PASS or FAIL. */
#define _GNU_SOURCE
#include "testprog.h"

int main(void)
{
	signal(SIGTERM, on_term);
	int fd = open("/proc/self/exe", O_RDONLY);
	if (place(fd, 7)) FAIL("open");
	if (fcntl(7, F_SETOWN, getpid()) || fcntl(7, F_SETSIG, SIGRTMIN)) FAIL("F_SETOWN/F_SETSIG");
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term) pause();
	if (fcntl(7, F_GETOWN) != getpid() || fcntl(7, F_GETSIG) != SIGRTMIN) FAIL("owner %d signal %d", fcntl(7, F_GETOWN), fcntl(7, F_GETSIG));
	printf("PASS\n");
	return 0;
}
