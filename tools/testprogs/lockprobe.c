/* Tests a file lock from outside, for the tests: lockprobe KIND PATH START LEN, KIND
 * "posix" (F_GETLK for a write lock) or "ofd" (F_OFD_GETLK), or lockprobe flock PATH.
 * Prints "free", or "WRITE|READ START LEN PID" of the first conflicting lock, or
 * "locked" for flock; exit 0, or 2 on a usage or syscall error. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) return 2;
	int fd = open(argv[2], O_RDWR);
	if (fd < 0) fd = open(argv[2], O_RDONLY);
	if (fd < 0) { perror("open"); return 2; }
	if (!strcmp(argv[1], "flock")) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) { printf("free\n"); return 0; }
		if (errno != EWOULDBLOCK) { perror("flock"); return 2; }
		printf("locked\n");
		return 0;
	}
	if (argc < 5) return 2;
	struct flock fl;
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_start = atoll(argv[3]);
	fl.l_len = atoll(argv[4]);
	if (fcntl(fd, !strcmp(argv[1], "ofd") ? F_OFD_GETLK : F_GETLK, &fl)) { perror("fcntl"); return 2; }
	if (fl.l_type == F_UNLCK) printf("free\n");
	else printf("%s %ld %ld %d\n", fl.l_type == F_WRLCK ? "WRITE" : "READ", (long)fl.l_start, (long)fl.l_len, fl.l_pid);
	return 0;
}
