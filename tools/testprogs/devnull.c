/* Character devices across dump and restore: fd 3 /dev/null O_RDWR, fd 4 /dev/null
 * O_WRONLY|O_APPEND, fd 5 /dev/zero O_RDONLY, fd 6 /dev/urandom O_RDONLY|O_CLOEXEC, and
 * stdin (fd 0, /dev/null from the runner). Prints "ready"; on SIGTERM checks each is
 * the same device with its flags and still behaves (reads nothing, zeros, random
 * bytes; writes vanish); PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "testprog.h"

static int is_dev(int fd, unsigned maj, unsigned min)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) == maj && minor(st.st_rdev) == min;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	if (place(open("/dev/null", O_RDWR), 3) || place(open("/dev/null", O_WRONLY | O_APPEND), 4) ||
	    place(open("/dev/zero", O_RDONLY), 5) || place(open("/dev/urandom", O_RDONLY | O_CLOEXEC), 6))
		FAIL("open: %m");
	if (!is_dev(0, 1, 3)) FAIL("stdin is not /dev/null before the dump");

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	if (!is_dev(0, 1, 3) || !is_dev(3, 1, 3) || !is_dev(4, 1, 3)) FAIL("fds 0, 3, 4 are not all /dev/null (1:3)");
	if (!is_dev(5, 1, 5)) FAIL("fd 5 is not /dev/zero (1:5)");
	if (!is_dev(6, 1, 9)) FAIL("fd 6 is not /dev/urandom (1:9)");
	if ((fcntl(3, F_GETFL) & O_ACCMODE) != O_RDWR) FAIL("fd 3 is not O_RDWR");
	if ((fcntl(4, F_GETFL) & (O_ACCMODE | O_APPEND)) != (O_WRONLY | O_APPEND)) FAIL("fd 4 flags 0%o", fcntl(4, F_GETFL));
	if ((fcntl(5, F_GETFL) & O_ACCMODE) != O_RDONLY) FAIL("fd 5 is not O_RDONLY");
	if (fcntl(6, F_GETFD) != FD_CLOEXEC || fcntl(3, F_GETFD) != 0) FAIL("FD_CLOEXEC flags changed");
	char b[64];
	memset(b, 1, sizeof(b));
	if (read(3, b, sizeof(b)) != 0 || read(0, b, sizeof(b)) != 0) FAIL("/dev/null reads something");
	if (write(3, b, 10) != 10 || write(4, b, 10) != 10) FAIL("/dev/null refuses writes: %m");
	if (read(5, b, sizeof(b)) != (ssize_t)sizeof(b)) FAIL("/dev/zero read: %m");
	for (unsigned i = 0; i < sizeof(b); i++)
		if (b[i]) FAIL("/dev/zero gave a non-zero byte");
	if (read(6, b, sizeof(b)) != (ssize_t)sizeof(b)) FAIL("/dev/urandom read: %m");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
