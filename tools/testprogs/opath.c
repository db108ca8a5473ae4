/* O_PATH fds; argv[1] is a scratch directory. Holds:
 *   fd 3: O_PATH of a regular file        fd 4: O_PATH of a directory
 *   fd 5: O_PATH|O_NOFOLLOW of a symlink   fd 6: O_PATH|O_CLOEXEC of /dev/null
 * On SIGTERM: each fd is still O_PATH (fcntl F_GETFL), names the same path and inode
 * type, the symlink's target reads through readlinkat(fd 5, ""), fstatat through fd 4
 * finds the file, and the file opens again through /proc/self/fd/3. PASS or FAIL. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	char file[4096], link[4096];
	snprintf(file, sizeof(file), "%s/target", argv[1]);
	snprintf(link, sizeof(link), "%s/link", argv[1]);
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "opath\n", 6) != 6) FAIL("create: %m");
	close(fd);
	unlink(link);
	if (symlink("target", link)) FAIL("symlink: %m");
	if (place(open(file, O_PATH), 3) || place(open(argv[1], O_PATH | O_DIRECTORY), 4) ||
	    place(open(link, O_PATH | O_NOFOLLOW), 5) || place(open("/dev/null", O_PATH | O_CLOEXEC), 6))
		FAIL("open: %m");
	printf("ready\n");
	fflush(stdout);
	while (!term)
		pause();
	int types[] = {S_IFREG, S_IFDIR, S_IFLNK, S_IFCHR};
	for (int i = 3; i <= 6; i++) {
		int fl = fcntl(i, F_GETFL);
		struct stat st;
		if (fl < 0 || !(fl & O_PATH)) FAIL("fd %d is no longer O_PATH (flags 0%o)", i, fl);
		if (fstat(i, &st) || (int)(st.st_mode & S_IFMT) != types[i - 3]) FAIL("fd %d: type 0%o, was 0%o", i, st.st_mode & S_IFMT, types[i - 3]);
	}
	if ((fcntl(6, F_GETFD) & FD_CLOEXEC) == 0 || (fcntl(3, F_GETFD) & FD_CLOEXEC)) FAIL("FD_CLOEXEC changed");
	char t[64] = {0};
	if (readlinkat(5, "", t, sizeof(t) - 1) != 6 || strcmp(t, "target")) FAIL("fd 5: readlinkat gives \"%s\": %m", t);
	struct stat st;
	if (fstatat(4, "target", &st, 0) || st.st_size != 6) FAIL("fd 4: fstatat through the directory: %m");
	int r = open("/proc/self/fd/3", O_RDONLY);
	char b[8] = {0};
	if (r < 0 || read(r, b, 7) != 6 || strcmp(b, "opath\n")) FAIL("fd 3: reopening the file through /proc/self/fd/3: %m");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
