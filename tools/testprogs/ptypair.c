/* A pseudo-terminal pair inside the tree, like a terminal multiplexer's server and its
 * shell: the parent holds the master at fd 3 (window 33x101); a child is the leader of a
 * new session whose controlling terminal is the slave (fd 4, raw mode with distinctive
 * control characters), and its child, in a process group of its own, is the terminal's
 * foreground group. Prints "ready PID"; on SIGTERM the child checks its terminal (same
 * slave index, session, foreground group, termios, window size, /dev/tty) and reports
 * over the pty; the parent checks its master and prints PASS or FAIL with the reason.
 * With argument "queued", 7 bytes written to the master wait unread in the slave; with
 * "masteronly", the parent holds the master alone (no child, the slave never opened). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "testprog.h"

static char slave_path[64];

static int report(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int report(int fd, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (write(fd, buf, n) != n) return 1;
	return 0;
}

static int child_check(int fd, pid_t fg)
{
	struct termios t;
	struct winsize ws;
	char name[64];
	pid_t sid = 0;
	if (ioctl(fd, TIOCGSID, &sid) || sid != getpid()) return report(fd, "child FAIL: session of the terminal %d, want %d\n", sid, getpid()) | 1;
	if (tcgetpgrp(fd) != fg) return report(fd, "child FAIL: foreground group %d, want %d\n", tcgetpgrp(fd), fg) | 1;
	if (ttyname_r(fd, name, sizeof(name)) || strcmp(name, slave_path)) return report(fd, "child FAIL: slave is %s, want %s\n", name, slave_path) | 1;
	if (tcgetattr(fd, &t)) return report(fd, "child FAIL: tcgetattr: %m\n") | 1;
	if ((t.c_lflag & (ICANON | ECHO)) || t.c_cc[VMIN] != 1 || t.c_cc[VINTR] != 7 || !(t.c_iflag & IUTF8) || cfgetospeed(&t) != B9600)
		return report(fd, "child FAIL: termios lflag 0%o VMIN %d VINTR %d iflag 0%o\n", t.c_lflag, t.c_cc[VMIN], t.c_cc[VINTR], t.c_iflag) | 1;
	if (ioctl(fd, TIOCGWINSZ, &ws) || ws.ws_row != 33 || ws.ws_col != 101) return report(fd, "child FAIL: window %dx%d\n", ws.ws_row, ws.ws_col) | 1;
	int cur = open("/dev/tty", O_RDWR);
	if (cur < 0) return report(fd, "child FAIL: /dev/tty: %m\n") | 1;
	close(cur);
	return report(fd, "child ok\n");
}

int main(int argc, char **argv)
{
	int queued = argc > 1 && !strcmp(argv[1], "queued");
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0 || grantpt(m) || unlockpt(m) || place(m, 3)) FAIL("posix_openpt: %m");
	int index;
	if (ioctl(3, TIOCGPTN, &index)) FAIL("TIOCGPTN: %m");
	snprintf(slave_path, sizeof(slave_path), "/dev/pts/%d", index);
	struct winsize ws = { .ws_row = 33, .ws_col = 101 };
	if (ioctl(3, TIOCSWINSZ, &ws)) FAIL("TIOCSWINSZ: %m");

	if (argc > 1 && !strcmp(argv[1], "masteronly")) { /* no task ever opens the slave */
		printf("ready %d\n", getpid());
		fflush(stdout);
		while (!term) pause();
		printf("PASS\n");
		return 0;
	}
	pid_t child = fork();
	if (child == 0) {
		close(3);
		setsid();
		if (place(open(slave_path, O_RDWR), 4)) _exit(3); /* becomes the controlling terminal */
		struct termios t;
		tcgetattr(4, &t);
		cfmakeraw(&t);
		t.c_iflag |= IUTF8;
		t.c_cc[VINTR] = 7;
		cfsetspeed(&t, B9600);
		tcsetattr(4, TCSANOW, &t);
		pid_t fg = fork();
		if (fg == 0) {
			setpgid(0, 0);
			while (!term) pause();
			_exit(0);
		}
		setpgid(fg, fg);
		signal(SIGTTOU, SIG_IGN);
		if (tcsetpgrp(4, fg)) _exit(4);
		report(4, "up\n");
		while (!term) pause();
		kill(fg, SIGTERM);
		waitpid(fg, NULL, 0);
		_exit(child_check(4, fg));
	}
	char buf[512];
	size_t got = 0;
	while (got < 3 || !memchr(buf, '\n', got)) {
		ssize_t n = read(3, buf + got, sizeof(buf) - 1 - got);
		if (n <= 0) FAIL("reading the child's first line: %m");
		got += n;
	}
	if (queued && write(3, "pending", 7) != 7) FAIL("write: %m"); /* the child never reads it */
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	int now;
	if (ioctl(3, TIOCGPTN, &now) || now != index) FAIL("master index %d, want %d", now, index);
	if (ioctl(3, TIOCGWINSZ, &ws) || ws.ws_row != 33 || ws.ws_col != 101) FAIL("master window %dx%d", ws.ws_row, ws.ws_col);
	kill(child, SIGTERM);
	got = 0;
	while (!memchr(buf, '\n', got)) {
		ssize_t n = read(3, buf + got, sizeof(buf) - 1 - got);
		if (n <= 0) FAIL("reading the child's verdict: %m");
		got += n;
	}
	buf[got] = 0;
	int status;
	if (waitpid(child, &status, 0) != child) FAIL("waitpid: %m");
	if (strncmp(buf, "child ok", 8)) FAIL("%s", buf);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) FAIL("child exit status 0x%x", status);
	printf("PASS\n");
	return 0;
}
