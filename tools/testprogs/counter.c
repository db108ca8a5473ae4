/* Writes 1, 2, 3... one line every few milliseconds to stdout (a file), so that a
 * test can check no line is lost or repeated across dump and restore. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts = {0, 2 * 1000 * 1000};
	for (unsigned long i = 1;; i++) {
		printf("%lu\n", i);
		fflush(stdout);
		nanosleep(&ts, NULL);
	}
}
