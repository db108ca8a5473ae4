/* File locks across dump and restore; argv[1] is a scratch directory, argv[2] the kind:
 * "posix" (fd 3: a write lock on bytes [0,10) and a read lock from 100 to EOF of file
 * posix, fcntl F_SETLK), "ofd" (fd 4: an open file description write lock on [5,25) of
 * file ofd), "flock" (fd 5: flock LOCK_EX on file flock; fd 6: LOCK_SH on file shared,
 * also held by a child through the same description), "lease" (fd 7: a read lease,
 * F_SETLEASE, on file lease; Amber refuses it), or "all" (all but the lease). Prints "ready PID"; on
 * SIGTERM a checker process of its own tests every lock from outside (F_GETLK,
 * F_OFD_GETLK, flock LOCK_NB on a new open file) and PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

static char dir[4000];

static int open_in(const char *name, int flags)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return open(path, flags | O_CREAT, 0600);
}

static int setlk(int fd, int cmd, short type, off_t start, off_t len)
{
	struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
	return fcntl(fd, cmd, &fl);
}

/* What a fresh process sees: 0 when every lock is there, 1 (printed) when not. */
static int check(int posix, int ofd, int flk, pid_t owner)
{
	struct flock fl;
	if (posix) {
		int fd = open_in("posix", O_RDWR);
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_RDLCK; fl.l_start = 3; fl.l_len = 1;
		if (fcntl(fd, F_GETLK, &fl)) FAIL("F_GETLK: %m");
		if (fl.l_type != F_WRLCK || fl.l_start != 0 || fl.l_len != 10 || fl.l_pid != owner)
			FAIL("posix write lock: got type %d [%ld,+%ld) pid %d, want a write lock [0,+10) of %d", fl.l_type, (long)fl.l_start, (long)fl.l_len, fl.l_pid, owner);
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_WRLCK; fl.l_start = 200; fl.l_len = 1;
		if (fcntl(fd, F_GETLK, &fl)) FAIL("F_GETLK: %m");
		if (fl.l_type != F_RDLCK || fl.l_start != 100 || fl.l_len != 0 || fl.l_pid != owner)
			FAIL("posix read lock: got type %d [%ld,+%ld) pid %d", fl.l_type, (long)fl.l_start, (long)fl.l_len, fl.l_pid);
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_WRLCK; fl.l_start = 50; fl.l_len = 10;
		if (fcntl(fd, F_GETLK, &fl) || fl.l_type != F_UNLCK) FAIL("posix: bytes [50,60) are locked");
		close(fd);
	}
	if (ofd) {
		int fd = open_in("ofd", O_RDWR);
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_RDLCK; fl.l_start = 0; fl.l_len = 0;
		if (fcntl(fd, F_OFD_GETLK, &fl)) FAIL("F_OFD_GETLK: %m");
		if (fl.l_type != F_WRLCK || fl.l_start != 5 || fl.l_len != 20 || fl.l_pid != -1)
			FAIL("ofd lock: got type %d [%ld,+%ld) pid %d, want a write lock [5,+20)", fl.l_type, (long)fl.l_start, (long)fl.l_len, fl.l_pid);
		close(fd);
	}
	if (flk) {
		int fd = open_in("flock", O_RDONLY);
		if (flock(fd, LOCK_SH | LOCK_NB) == 0 || errno != EWOULDBLOCK) FAIL("flock: the exclusive lock is gone");
		close(fd);
		fd = open_in("shared", O_RDONLY);
		if (flock(fd, LOCK_SH | LOCK_NB)) FAIL("flock: a shared lock conflicts: %m");
		flock(fd, LOCK_UN);
		if (flock(fd, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK) FAIL("flock: the shared lock is gone");
		close(fd);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	snprintf(dir, sizeof(dir), "%s", argv[1]);
	int all = !strcmp(argv[2], "all");
	int posix = all || !strcmp(argv[2], "posix"), ofd = all || !strcmp(argv[2], "ofd"), flk = all || !strcmp(argv[2], "flock");
	if (!strcmp(argv[2], "lease")) {
		int fd = open_in("lease", O_RDONLY);
		if (place(fd, 7) || fcntl(7, F_SETLEASE, F_RDLCK)) FAIL("F_SETLEASE: %m");
		printf("ready %d\n", getpid());
		fflush(stdout);
		while (!term) pause();
		if (fcntl(7, F_GETLEASE) != F_RDLCK) FAIL("the lease is gone");
		printf("PASS\n");
		return 0;
	}
	if (!posix && !ofd && !flk) return 2;

	pid_t child = -1;
	if (posix) {
		if (place(open_in("posix", O_RDWR), 3)) FAIL("open: %m");
		if (setlk(3, F_SETLK, F_WRLCK, 0, 10) || setlk(3, F_SETLK, F_RDLCK, 100, 0)) FAIL("F_SETLK: %m");
	}
	if (ofd) {
		if (place(open_in("ofd", O_RDWR), 4)) FAIL("open: %m");
		if (setlk(4, F_OFD_SETLK, F_WRLCK, 5, 20)) FAIL("F_OFD_SETLK: %m");
	}
	if (flk) {
		if (place(open_in("flock", O_RDONLY), 5) || place(open_in("shared", O_RDONLY), 6)) FAIL("open: %m");
		if (flock(5, LOCK_EX | LOCK_NB) || flock(6, LOCK_SH | LOCK_NB)) FAIL("flock: %m");
		child = fork();
		if (child == 0) {
			close(3); close(4); close(5); /* keeps 6: the shared lock's description */
			while (!term) pause();
			_exit(0);
		}
	}
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	if (child > 0) {
		kill(child, SIGTERM);
		waitpid(child, NULL, 0);
	}
	pid_t self = getpid();
	pid_t checker = fork();
	if (checker == 0) _exit(check(posix, ofd, flk, self));
	int status;
	if (waitpid(checker, &status, 0) != checker || !WIFEXITED(status) || WEXITSTATUS(status)) return 1;
	printf("PASS\n");
	return 0;
}
