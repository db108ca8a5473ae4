/* A chroot'ed process: argv[1] is a scratch directory that becomes its root, with a
 * marker file and a sub/ directory it works in. Prints "ready"; on SIGTERM checks that
 * its root is still that directory (same inode, the marker at /) and its cwd is /sub,
 * then prints PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

int main(int argc, char **argv)
{
	if (argc < 2) FAIL("usage: chroot DIR");
	char path[4096];
	snprintf(path, sizeof(path), "%s/sub", argv[1]);
	if (mkdir(path, 0755) && errno != EEXIST) FAIL("mkdir %s: %m", path);
	snprintf(path, sizeof(path), "%s/inside-jail", argv[1]);
	int fd = open(path, O_CREAT | O_WRONLY, 0644);
	if (fd < 0) FAIL("create %s: %m", path);
	close(fd);
	struct stat jail;
	if (stat(argv[1], &jail)) FAIL("stat %s: %m", argv[1]);
	signal(SIGTERM, on_term);
	if (chroot(argv[1])) FAIL("chroot %s: %m", argv[1]);
	if (chdir("/sub")) FAIL("chdir /sub: %m");
	printf("ready\n");
	fflush(stdout);
	while (!term)
		pause();
	struct stat root;
	if (stat("/", &root)) FAIL("stat /: %m");
	if (root.st_ino != jail.st_ino || root.st_dev != jail.st_dev) FAIL("/ is inode %lu, not the jail's %lu", (unsigned long)root.st_ino, (unsigned long)jail.st_ino);
	if (access("/inside-jail", F_OK)) FAIL("/inside-jail is not there: %m");
	char cwd[4096];
	if (!getcwd(cwd, sizeof(cwd))) FAIL("getcwd: %m");
	if (strcmp(cwd, "/sub")) FAIL("cwd is %s, not /sub", cwd);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
