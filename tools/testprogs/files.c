/* Regular files across dump and restore; argv[1] is a scratch directory. Holds:
 *   fd 3: data.txt O_RDWR at offset 1234          fd 5: a dup of fd 3 (shared offset)
 *   fd 4: data.txt O_RDONLY at offset 77 (another open file description)
 *   fd 6: log.txt O_WRONLY|O_APPEND at its end    fd 7: data.txt O_RDONLY|O_CLOEXEC
 *   fd 8: gone.txt O_RDWR at offset 10, then unlinked (an open unlinked file)
 *   fd 9: data.txt O_RDWR|O_NONBLOCK|O_NOATIME... flags beyond the access mode
 * Prints "ready"; on SIGTERM checks paths, offsets, flags, FD_CLOEXEC, which fds share a
 * description, contents, that O_APPEND still appends and that the unlinked file is
 * still unlinked with its content; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testprog.h"

static unsigned char pat(long i, int seed) { return (unsigned char)(i * 13 + seed); }

static int link_of(int fd, char *out, size_t size)
{
	char p[64];
	snprintf(p, sizeof(p), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, out, size - 1);
	if (n < 0) return -1;
	out[n] = 0;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	char data[4096], logp[4096], gone[4096];
	snprintf(data, sizeof(data), "%s/data.txt", argv[1]);
	snprintf(logp, sizeof(logp), "%s/log.txt", argv[1]);
	snprintf(gone, sizeof(gone), "%s/gone.txt", argv[1]);
	static unsigned char buf[8192];
	for (int i = 0; i < 8192; i++) buf[i] = pat(i, 1);
	int fd = open(data, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, buf, 8192) != 8192) FAIL("create %s: %m", data);
	close(fd);
	fd = open(logp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "first line\n", 11) != 11) FAIL("create %s: %m", logp);
	close(fd);

	if (place(open(data, O_RDWR), 3)) FAIL("open 3: %m");
	lseek(3, 1234, SEEK_SET);
	if (place(open(data, O_RDONLY), 4)) FAIL("open 4: %m");
	lseek(4, 77, SEEK_SET);
	if (dup2(3, 5) != 5) FAIL("dup2: %m");
	if (place(open(logp, O_WRONLY | O_APPEND), 6)) FAIL("open 6: %m");
	if (write(6, "second line\n", 12) != 12) FAIL("append: %m");
	if (place(open(data, O_RDONLY | O_CLOEXEC), 7)) FAIL("open 7: %m");
	for (int i = 0; i < 8192; i++) buf[i] = pat(i, 2);
	if (place(open(gone, O_RDWR | O_CREAT | O_TRUNC, 0600), 8)) FAIL("open 8: %m");
	if (write(8, buf, 5000) != 5000) FAIL("write 8: %m");
	lseek(8, 10, SEEK_SET);
	if (unlink(gone)) FAIL("unlink: %m");
	if (place(open(data, O_RDWR | O_NONBLOCK | O_NOATIME), 9)) FAIL("open 9: %m");
	lseek(9, 4096, SEEK_SET);
	struct stat st_data;
	stat(data, &st_data);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	char l[4096], want[4200];
	const int same_data[] = { 3, 4, 5, 7, 9 };
	for (unsigned i = 0; i < sizeof(same_data) / sizeof(same_data[0]); i++) {
		int f = same_data[i];
		struct stat st;
		if (link_of(f, l, sizeof(l)) || strcmp(l, data)) FAIL("fd %d is %s, want %s", f, l, data);
		if (fstat(f, &st) || st.st_ino != st_data.st_ino || st.st_dev != st_data.st_dev) FAIL("fd %d is another inode", f);
	}
	if (link_of(6, l, sizeof(l)) || strcmp(l, logp)) FAIL("fd 6 is %s, want %s", l, logp);
	snprintf(want, sizeof(want), "%s (deleted)", gone);
	if (link_of(8, l, sizeof(l)) || strcmp(l, want)) FAIL("fd 8 is '%s', want '%s'", l, want);
	if (access(gone, F_OK) == 0) FAIL("%s exists again", gone);
	struct stat st8;
	if (fstat(8, &st8) || st8.st_nlink != 0 || st8.st_size != 5000) FAIL("fd 8: nlink %lu size %ld, want 0 and 5000", (unsigned long)st8.st_nlink, (long)st8.st_size);

	if (lseek(3, 0, SEEK_CUR) != 1234) FAIL("fd 3 offset %ld, was 1234", (long)lseek(3, 0, SEEK_CUR));
	if (lseek(4, 0, SEEK_CUR) != 77) FAIL("fd 4 offset %ld, was 77", (long)lseek(4, 0, SEEK_CUR));
	if (lseek(7, 0, SEEK_CUR) != 0) FAIL("fd 7 offset %ld, was 0", (long)lseek(7, 0, SEEK_CUR));
	if (lseek(8, 0, SEEK_CUR) != 10) FAIL("fd 8 offset %ld, was 10", (long)lseek(8, 0, SEEK_CUR));
	if (lseek(9, 0, SEEK_CUR) != 4096) FAIL("fd 9 offset %ld, was 4096", (long)lseek(9, 0, SEEK_CUR));
	struct { int fd, acc, extra; } flags[] = {
		{ 3, O_RDWR, 0 }, { 4, O_RDONLY, 0 }, { 5, O_RDWR, 0 }, { 6, O_WRONLY, O_APPEND },
		{ 7, O_RDONLY, 0 }, { 8, O_RDWR, 0 }, { 9, O_RDWR, O_NONBLOCK | O_NOATIME },
	};
	for (unsigned i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
		int fl = fcntl(flags[i].fd, F_GETFL);
		if ((fl & O_ACCMODE) != flags[i].acc) FAIL("fd %d access mode 0%o", flags[i].fd, fl & O_ACCMODE);
		if ((fl & (O_APPEND | O_NONBLOCK | O_NOATIME)) != flags[i].extra) FAIL("fd %d flags 0%o", flags[i].fd, fl);
	}
	for (int f = 3; f <= 9; f++)
		if (fcntl(f, F_GETFD) != (f == 7 ? FD_CLOEXEC : 0)) FAIL("fd %d FD_CLOEXEC is %d", f, fcntl(f, F_GETFD));

	/* fds 3 and 5 share one description; 4 is another one. */
	lseek(3, 100, SEEK_SET);
	if (lseek(5, 0, SEEK_CUR) != 100) FAIL("fds 3 and 5 no longer share their offset");
	if (lseek(4, 0, SEEK_CUR) != 77) FAIL("fd 4 follows fd 3's offset");
	unsigned char c;
	if (read(4, &c, 1) != 1 || c != pat(77, 1)) FAIL("fd 4 reads %d at 77", c);
	if (pwrite(3, "Z", 1, 200) != 1) FAIL("pwrite: %m");
	if (pread(7, &c, 1, 200) != 1 || c != 'Z') FAIL("fd 7 does not see fd 3's write");
	if (write(6, "third line\n", 11) != 11) FAIL("append after restore: %m");
	char logbuf[64] = { 0 };
	int lf = open(logp, O_RDONLY);
	ssize_t n = read(lf, logbuf, sizeof(logbuf) - 1);
	close(lf);
	if (n != 34 || strcmp(logbuf, "first line\nsecond line\nthird line\n")) FAIL("log.txt holds '%s'", logbuf);
	static unsigned char got[5000];
	if (pread(8, got, 5000, 0) != 5000) FAIL("pread 8: %m");
	for (int i = 0; i < 5000; i++)
		if (got[i] != pat(i, 2)) FAIL("unlinked file byte %d is %d", i, got[i]);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
