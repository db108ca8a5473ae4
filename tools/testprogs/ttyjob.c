/* A terminal with a shell job on it, for --shell-job tests: `ttyjob PROG ARGS...`.
 * The process itself is the terminal emulator: it opens a pty master and relays its
 * stdin to the terminal and the terminal's output to its stdout. A child is the shell:
 * it starts a new session with the pty slave as controlling terminal, turns off echo and
 * newline translation (so the test sees exactly what the job writes), and runs PROG as a
 * job: in a process group of its own, in the foreground, with the slave as fds 0-2.
 * First line on stdout: "ttyjob pts=/dev/pts/N shell=PID job=PID". When the test
 * closes our stdin, the terminal gets an end-of-file (^D). When the job ends the shell
 * writes "ttyjob: job exited N" (or "killed by signal N") to the terminal and
 * exits; the emulator exits once no one holds the terminal any more. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static void die(const char *what) { perror(what); _exit(120); }

static int shell(const char *pts, int info, char **argv)
{
	if (setsid() < 0) die("setsid");
	int tty = open(pts, O_RDWR); /* the first terminal a session leader opens is its own */
	if (tty < 0) die("open pts");
	if (ioctl(tty, TIOCSCTTY, 0) < 0) die("TIOCSCTTY");
	struct termios t;
	if (tcgetattr(tty, &t) < 0) die("tcgetattr");
	t.c_lflag &= ~(ECHO | ECHONL);
	t.c_oflag &= ~ONLCR;
	if (tcsetattr(tty, TCSANOW, &t) < 0) die("tcsetattr");
	signal(SIGTTOU, SIG_IGN); /* a shell may hand the terminal around */
	pid_t job = fork();
	if (job < 0) die("fork");
	if (job == 0) {
		setpgid(0, 0);
		if (tcsetpgrp(tty, getpid()) < 0) die("tcsetpgrp");
		signal(SIGTTOU, SIG_DFL);
		for (int fd = 0; fd < 3; fd++) dup2(tty, fd);
		if (tty > 2) close(tty);
		close(info);
		execvp(argv[0], argv);
		die(argv[0]);
	}
	setpgid(job, job);
	if (write(info, &job, sizeof(job)) != sizeof(job)) die("write info");
	close(info);
	int st;
	while (waitpid(job, &st, 0) < 0)
		if (errno != EINTR) die("waitpid");
	tcsetpgrp(tty, getpgrp());
	if (WIFEXITED(st)) dprintf(tty, "ttyjob: job exited %d\n", WEXITSTATUS(st));
	else dprintf(tty, "ttyjob: job killed by signal %d\n", WTERMSIG(st));
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) { fprintf(stderr, "usage: ttyjob PROG ARGS...\n"); return 2; }
	int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (m < 0 || grantpt(m) < 0 || unlockpt(m) < 0) die("posix_openpt");
	char pts[64];
	if (ptsname_r(m, pts, sizeof(pts)) != 0) die("ptsname");
	int info[2];
	if (pipe2(info, O_CLOEXEC) < 0) die("pipe");
	pid_t sh = fork();
	if (sh < 0) die("fork");
	if (sh == 0) {
		close(info[0]);
		return shell(pts, info[1], argv + 1);
	}
	close(info[1]);
	pid_t job = 0;
	if (read(info[0], &job, sizeof(job)) != sizeof(job)) die("read info");
	close(info[0]);
	printf("ttyjob pts=%s shell=%d job=%d\n", pts, sh, job);
	fflush(stdout);

	struct pollfd p[2] = { { 0, POLLIN, 0 }, { m, POLLIN, 0 } };
	char buf[4096];
	for (;;) {
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR) continue;
			die("poll");
		}
		if (p[0].revents) {
			ssize_t n = read(0, buf, sizeof(buf));
			if (n <= 0) { /* stdin closed: end-of-file for the job, keep relaying output */
				p[0].fd = -1;
				if (write(m, "\004", 1) != 1) die("write EOF");
			}
			else if (write(m, buf, n) != n) die("write to terminal");
		}
		if (p[1].revents) {
			ssize_t n = read(m, buf, sizeof(buf));
			if (n <= 0) break; /* EIO: nobody holds the terminal any more */
			if (write(1, buf, n) != n) die("write to stdout");
		}
	}
	int st;
	waitpid(sh, &st, 0);
	return 0;
}
