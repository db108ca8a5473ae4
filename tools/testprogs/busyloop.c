/* A single-threaded busy loop. Prints the address of its counter, then counts
 * forever, so a test can read the counter through /proc/PID/mem. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile unsigned long counter;

int main(void)
{
	/* Some heap with a known pattern, to check memory after restore. */
	unsigned char *heap = malloc(1 << 20);
	for (int i = 0; i < (1 << 20); i++)
		heap[i] = (unsigned char)(i * 7);
	printf("counter %p heap %p\n", (void *)&counter, (void *)heap);
	fflush(stdout);
	for (;;)
		counter++;
}
