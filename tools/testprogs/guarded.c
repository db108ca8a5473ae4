/* The image fuzzer's subject: memory filled with a known pattern, a pipe holding 40 KB of
 * queued data, an epoll (fd 7) watching the pipe's read end, and (with the argument "nobody") the credentials of uid/gid 65534. On
 * SIGTERM it checks every byte and prints PASS or FAIL, so a restore that exits 0 on a
 * damaged image but gives back wrong memory or lost data is seen. */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include "testprog.h"

#define PAGES 48
#define QUEUED (40 * 1024)

static unsigned char byte_at(size_t i) { return (unsigned char)((i * 2654435761u) >> 13); }

int main(int argc, char **argv)
{
	signal(SIGTERM, on_term);
	size_t len = PAGES * 4096;
	unsigned char *mem = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED) return 2;
	for (size_t i = 0; i < len; i++) mem[i] = byte_at(i);
	pipe_at(5, 6);
	fcntl(6, F_SETFL, O_NONBLOCK);
	static unsigned char buf[QUEUED];
	for (size_t i = 0; i < QUEUED; i++) buf[i] = byte_at(i + 7);
	if (write(6, buf, QUEUED) != QUEUED) return 2;
	if (place(epoll_create1(0), 7)) return 2;
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x5eed };
	if (epoll_ctl(7, EPOLL_CTL_ADD, 5, &ev)) return 2;
	if (argc > 1 && strcmp(argv[1], "nobody") == 0) {
		if (setgroups(0, NULL) || setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) return 2;
	}
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	for (size_t i = 0; i < len; i++)
		if (mem[i] != byte_at(i)) FAIL("memory differs at byte %zu", i);
	struct epoll_event got_ev[2];
	int nev = epoll_wait(7, got_ev, 2, 0);
	if (nev != 1 || got_ev[0].data.u64 != 0x5eed || !(got_ev[0].events & EPOLLIN)) FAIL("epoll: %d events", nev);
	fcntl(5, F_SETFL, O_NONBLOCK);
	memset(buf, 0, sizeof buf);
	size_t got = 0;
	for (ssize_t n; got < QUEUED && (n = read(5, buf + got, QUEUED - got)) > 0;) got += n;
	if (got != QUEUED) FAIL("pipe gave back %zu of %d bytes", got, QUEUED);
	for (size_t i = 0; i < QUEUED; i++)
		if (buf[i] != byte_at(i + 7)) FAIL("pipe data differs at byte %zu", i);
	unsigned char extra;
	if (read(5, &extra, 1) != -1 || errno != EAGAIN) FAIL("the pipe holds more than was queued");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
