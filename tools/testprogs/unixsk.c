/* A parent and a child talking over unix sockets, with data queued in every direction
 * at dump time; argv[1] is a scratch directory for the listener's socket file.
 *
 * Parent: fd 3 stream socketpair end (O_NONBLOCK, SO_SNDBUF set), fd 4 datagram pair end
 * (SO_PASSCRED), fd 5 seqpacket pair end, fd 6 a listener at DIR/srv.sock (backlog 5),
 * fd 7 the connection it accepted, fd 8 a datagram socket at an abstract name.
 * Child: the other ends at 3, 4, 5; fd 6 its accepted connection to the listener, fd 7
 * a connection the parent has not accepted yet; fd 8 a datagram socket connected to the
 * parent's abstract name.
 * Queued: child -> parent on the stream with a pipe's read end in flight (SCM_RIGHTS),
 * parent -> child on the stream, two datagrams each way (one empty), seqpacket messages
 * the child then shut down writing, a request and a response on the accepted
 * connection, a datagram to the abstract name.
 * Prints "ready PID"; on SIGTERM each side reads and checks everything (the parent first
 * accepts the pending connection and greets the child on it, then signals the child and
 * waits for its verdict); SO_PEERCRED names the tasks that made each connection. PASS or
 * FAIL with the reason. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include "testprog.h"

#define SNDBUF 150000
static char listen_path[108];
static const char abstract_name[] = "\0amber-unixsk-test";

static socklen_t path_addr(struct sockaddr_un *a, const char *p)
{
	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	strncpy(a->sun_path, p, sizeof(a->sun_path) - 1);
	return sizeof(*a);
}

static socklen_t abstract_addr(struct sockaddr_un *a)
{
	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	memcpy(a->sun_path, abstract_name, sizeof(abstract_name) - 1);
	return offsetof(struct sockaddr_un, sun_path) + sizeof(abstract_name) - 1;
}

/* Receives one message: its length (or -1), an fd passed with it (or -1), the sender's pid. */
static ssize_t recv_one(int fd, char *buf, size_t len, int *passed, pid_t *sender)
{
	char control[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
	struct iovec iov = { buf, len };
	struct msghdr msg = { 0 };
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = control;
	msg.msg_controllen = sizeof(control);
	ssize_t n = recvmsg(fd, &msg, MSG_DONTWAIT);
	if (passed) *passed = -1;
	if (sender) *sender = 0;
	if (n < 0) return -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_type == SCM_RIGHTS && passed) memcpy(passed, CMSG_DATA(c), sizeof(int));
		if (c->cmsg_type == SCM_CREDENTIALS && sender) {
			struct ucred uc;
			memcpy(&uc, CMSG_DATA(c), sizeof(uc));
			*sender = uc.pid;
		}
	}
	buf[n < (ssize_t)len ? n : (ssize_t)len - 1] = 0;
	return n;
}

#define EXPECT_MSG(fd, want) do { \
	char b_[256]; \
	ssize_t n_ = recv_one(fd, b_, sizeof(b_), NULL, NULL); \
	if (n_ != (ssize_t)strlen(want) || strcmp(b_, want)) FAIL("fd %d: read %zd bytes '%s', want '%s'", fd, n_, n_ >= 0 ? b_ : strerror(errno), want); \
} while (0)

static int child_checks(void)
{
	EXPECT_MSG(3, "parent to child, stream");
	EXPECT_MSG(4, "parent to child, datagram");
	EXPECT_MSG(6, "response");
	char b[64];
	int fl = fcntl(7, F_GETFL);
	fcntl(7, F_SETFL, fl & ~O_NONBLOCK);
	ssize_t n = read(7, b, sizeof(b) - 1);
	if (n != 7 || memcmp(b, "welcome", 7)) FAIL("child fd 7: the connection accepted after restore sent %zd bytes", n);
	struct ucred uc;
	socklen_t ul = sizeof(uc);
	if (getsockopt(6, SOL_SOCKET, SO_PEERCRED, &uc, &ul) || uc.pid != getppid()) FAIL("child fd 6: SO_PEERCRED pid %d, want the parent %d (its listener)", uc.pid, getppid());
	int v = 0;
	socklen_t l = sizeof(v);
	if (getsockopt(5, SOL_SOCKET, SO_TYPE, &v, &l) || v != SOCK_SEQPACKET) FAIL("child fd 5 is not a seqpacket socket");
	if (send(5, "x", 1, MSG_DONTWAIT | MSG_NOSIGNAL) >= 0 || errno != EPIPE) FAIL("child fd 5: writing after shutdown(SHUT_WR) did not fail with EPIPE: %m");
	return 0;
}

static int child_main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	struct sockaddr_un a;
	int c1 = socket(AF_UNIX, SOCK_STREAM, 0), c2 = socket(AF_UNIX, SOCK_STREAM, 0), d = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (connect(c1, (struct sockaddr *)&a, path_addr(&a, listen_path))) FAIL("child connect: %m");
	if (place(c1, 6)) FAIL("place");
	if (send(6, "request", 7, 0) != 7) FAIL("child send: %m");
	/* connections queue in order: the parent's accept() takes this first one */
	if (connect(c2, (struct sockaddr *)&a, path_addr(&a, listen_path))) FAIL("child connect 2: %m");
	if (place(c2, 7)) FAIL("place");
	fcntl(7, F_SETFL, O_NONBLOCK);
	if (connect(d, (struct sockaddr *)&a, abstract_addr(&a))) FAIL("child connect abstract: %m");
	if (place(d, 8)) FAIL("place");
	if (send(8, "to the abstract name", 20, 0) != 20) FAIL("child send 8: %m");
	int p[2];
	if (pipe(p)) FAIL("pipe: %m");
	if (write(p[1], "piped", 5) != 5) FAIL("write pipe");
	close(p[1]);
	char data[] = "child to parent, stream";
	struct iovec iov = { data, strlen(data) };
	char control[CMSG_SPACE(sizeof(int))];
	struct msghdr msg = { 0 };
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = control;
	msg.msg_controllen = sizeof(control);
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[0], sizeof(int));
	if (sendmsg(3, &msg, 0) < 0) FAIL("child sendmsg: %m");
	close(p[0]);
	if (send(4, "child datagram", 14, 0) != 14 || send(4, "", 0, 0) != 0) FAIL("child send 4: %m");
	if (send(5, "seq one", 7, 0) != 7 || send(5, "seq two", 7, 0) != 7) FAIL("child send 5: %m");
	shutdown(5, SHUT_WR);
	kill(getppid(), SIGUSR1);
	while (!term)
		pause();
	return child_checks();
}

static volatile sig_atomic_t child_ready;
static void on_usr1(int sig) { (void)sig; child_ready = 1; }

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	snprintf(listen_path, sizeof(listen_path), "%s/srv.sock", argv[1]);
	unlink(listen_path);

	int sp[2], dp[2], qp[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sp) || socketpair(AF_UNIX, SOCK_DGRAM, 0, dp) || socketpair(AF_UNIX, SOCK_SEQPACKET, 0, qp)) FAIL("socketpair: %m");
	int one = 1;
	setsockopt(dp[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	int l = socket(AF_UNIX, SOCK_STREAM, 0), ab = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un a;
	if (bind(l, (struct sockaddr *)&a, path_addr(&a, listen_path)) || listen(l, 5)) FAIL("listen: %m");
	if (bind(ab, (struct sockaddr *)&a, abstract_addr(&a))) FAIL("bind abstract: %m");
	/* parent: 3 4 5 6 8; child: 3 4 5 (the other ends) */
	int hi[] = { fcntl(sp[0], F_DUPFD, 100), fcntl(sp[1], F_DUPFD, 100), fcntl(dp[0], F_DUPFD, 100), fcntl(dp[1], F_DUPFD, 100),
		     fcntl(qp[0], F_DUPFD, 100), fcntl(qp[1], F_DUPFD, 100), fcntl(l, F_DUPFD, 100), fcntl(ab, F_DUPFD, 100) };
	close(sp[0]); close(sp[1]); close(dp[0]); close(dp[1]); close(qp[0]); close(qp[1]); close(l); close(ab);
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, &old);
	pid_t child = fork();
	if (child < 0) FAIL("fork: %m");
	if (child == 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		dup2(hi[1], 3); dup2(hi[3], 4); dup2(hi[5], 5);
		for (int i = 0; i < 8; i++) close(hi[i]);
		return child_main();
	}
	dup2(hi[0], 3); dup2(hi[2], 4); dup2(hi[4], 5); dup2(hi[6], 6); dup2(hi[7], 8);
	for (int i = 0; i < 8; i++) close(hi[i]);
	int s1 = accept(6, NULL, NULL);
	if (s1 < 0 || place(s1, 7)) FAIL("accept: %m");
	while (!child_ready)
		sigsuspend(&old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	int sndbuf = SNDBUF / 2;
	setsockopt(3, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
	fcntl(3, F_SETFL, O_NONBLOCK);
	if (send(3, "parent to child, stream", 23, 0) != 23) FAIL("send 3: %m");
	if (send(4, "parent to child, datagram", 25, 0) != 25) FAIL("send 4: %m");
	if (send(7, "response", 8, 0) != 8) FAIL("send 7: %m");
	int sndbuf_seen = 0;
	socklen_t sl = sizeof(sndbuf_seen);
	getsockopt(3, SOL_SOCKET, SO_SNDBUF, &sndbuf_seen, &sl);

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	char b[256];
	int passed;
	pid_t sender;
	if (recv_one(3, b, sizeof(b), &passed, NULL) != 23 || strcmp(b, "child to parent, stream")) FAIL("fd 3: read '%s'", b);
	if (passed < 0) FAIL("fd 3: the pipe sent with the data did not come");
	ssize_t n = read(passed, b, sizeof(b));
	if (n != 5 || memcmp(b, "piped", 5)) FAIL("the passed pipe holds %zd bytes", n);
	if (!(fcntl(3, F_GETFL) & O_NONBLOCK)) FAIL("fd 3 lost O_NONBLOCK");
	int v = 0;
	socklen_t vl = sizeof(v);
	getsockopt(3, SOL_SOCKET, SO_SNDBUF, &v, &vl);
	if (v != sndbuf_seen) FAIL("fd 3 SO_SNDBUF %d, was %d", v, sndbuf_seen);
	if (recv_one(4, b, sizeof(b), NULL, &sender) != 14 || strcmp(b, "child datagram")) FAIL("fd 4: first datagram '%s'", b);
	if (sender != child) FAIL("fd 4: the datagram's credentials say pid %d, want the child %d", sender, child);
	if (recv_one(4, b, sizeof(b), NULL, NULL) != 0) FAIL("fd 4: the empty datagram is missing");
	if (recv_one(4, b, sizeof(b), NULL, NULL) != -1 || errno != EAGAIN) FAIL("fd 4: more datagrams than sent");
	EXPECT_MSG(5, "seq one");
	EXPECT_MSG(5, "seq two");
	if (recv(5, b, sizeof(b), MSG_DONTWAIT) != 0) FAIL("fd 5: no end of file after the child's shutdown");
	EXPECT_MSG(7, "request");
	EXPECT_MSG(8, "to the abstract name");
	struct sockaddr_un got;
	socklen_t gl = sizeof(got);
	if (getsockname(6, (struct sockaddr *)&got, &gl) || strcmp(got.sun_path, listen_path)) FAIL("the listener's name is '%s'", got.sun_path);
	struct ucred uc;
	socklen_t ul = sizeof(uc);
	if (getsockopt(3, SOL_SOCKET, SO_PEERCRED, &uc, &ul) || uc.pid != getpid()) FAIL("fd 3: SO_PEERCRED pid %d, want %d (the parent made the pair)", uc.pid, getpid());
	ul = sizeof(uc);
	if (getsockopt(7, SOL_SOCKET, SO_PEERCRED, &uc, &ul) || uc.pid != child) FAIL("fd 7: SO_PEERCRED pid %d, want the child %d (it connected)", uc.pid, child);
	int s2 = accept4(6, NULL, NULL, SOCK_NONBLOCK);
	if (s2 < 0) FAIL("the connection not accepted before the dump is not there: %m");
	if (send(s2, "welcome", 7, 0) != 7) FAIL("send welcome: %m");
	kill(child, SIGTERM);
	int status;
	if (waitpid(child, &status, 0) != child) FAIL("waitpid: %m");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) FAIL("the child failed its checks (status 0x%x)", status);
	printf("PASS\n");
	return 0;
}
