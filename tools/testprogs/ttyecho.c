/* A shell job that talks to its terminal, for --shell-job tests. Prints
 * "ready pid=P sid=S pgid=G" and then, for every line it reads on stdin, "got LINE
 * n=N sid=S pgid=G fg=F tty=T" (N counts the lines read, F is the terminal's foreground
 * group, T whether /dev/tty, opened at start as fd 3, still writes). Exits on EOF. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	int devtty = open("/dev/tty", O_WRONLY);
	if (devtty >= 0 && devtty != 3) {
		dup2(devtty, 3);
		close(devtty);
	}
	printf("ready pid=%d sid=%d pgid=%d\n", getpid(), getsid(0), getpgrp());
	fflush(stdout);
	char line[256];
	int n = 0;
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = 0;
		int tty = write(3, "", 0) == 0;
		printf("got %s n=%d sid=%d pgid=%d fg=%d tty=%d\n", line, ++n, getsid(0), getpgrp(), tcgetpgrp(0), tty);
		fflush(stdout);
	}
	return 0;
}
