/* TCP and UDP sockets across dump and restore (the inet plugin of @amber/socket).
 * `inet sockets`: a TCP IPv4 listener with the options servers set (reuseaddr, reuseport,
 *   nodelay, keepalive with idle/interval/count, fixed buffer sizes, linger, defer-accept,
 *   fastopen, user timeout, O_NONBLOCK, backlog 37), a v6-only TCP listener on ::1, an
 *   unbound TCP socket with TCP_NODELAY, a bound UDP socket with options (broadcast, TOS,
 *   TTL, pktinfo) and a UDP IPv6 socket connected to it... its IPv6 twin.
 * `inet established` (dump --tcp-established): a connection between two sockets of this
 *   process, the server end with 14 bytes unread and a send queue the client has not
 *   read (some of it unsent: the client's receive buffer is small).
 * Prints "ready"; on SIGTERM checks every socket's name, peer and options against what
 * they were, that the listeners accept, datagrams flow and every queued byte arrives
 * once and in order; PASS or FAIL with the reason. Loopback only, ports from the kernel. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/sockios.h>
#include <time.h>
#include "testprog.h"

struct opt { int level, name, value; const char *what; };

static const struct opt listener_opts[] = {
	{ SOL_SOCKET, SO_REUSEADDR, 1, "SO_REUSEADDR" },
	{ SOL_SOCKET, SO_REUSEPORT, 1, "SO_REUSEPORT" },
	{ SOL_SOCKET, SO_KEEPALIVE, 1, "SO_KEEPALIVE" },
	{ SOL_SOCKET, SO_SNDBUF, 50000, "SO_SNDBUF" },
	{ SOL_SOCKET, SO_RCVBUF, 60000, "SO_RCVBUF" },
	{ IPPROTO_TCP, TCP_NODELAY, 1, "TCP_NODELAY" },
	{ IPPROTO_TCP, TCP_KEEPIDLE, 77, "TCP_KEEPIDLE" },
	{ IPPROTO_TCP, TCP_KEEPINTVL, 13, "TCP_KEEPINTVL" },
	{ IPPROTO_TCP, TCP_KEEPCNT, 4, "TCP_KEEPCNT" },
	{ IPPROTO_TCP, TCP_DEFER_ACCEPT, 9, "TCP_DEFER_ACCEPT" },
	{ IPPROTO_TCP, TCP_FASTOPEN, 32, "TCP_FASTOPEN" },
	{ IPPROTO_TCP, TCP_USER_TIMEOUT, 12345, "TCP_USER_TIMEOUT" },
};
static const struct opt udp_opts[] = {
	{ SOL_SOCKET, SO_BROADCAST, 1, "SO_BROADCAST" },
	{ IPPROTO_IP, IP_TOS, 0x10, "IP_TOS" },
	{ IPPROTO_IP, IP_TTL, 33, "IP_TTL" },
	{ IPPROTO_IP, IP_PKTINFO, 1, "IP_PKTINFO" },
};
#define N(a) (sizeof(a) / sizeof((a)[0]))

static int getint(int fd, int level, int name)
{
	int v = -1;
	socklen_t len = sizeof(v);
	if (getsockopt(fd, level, name, &v, &len)) return -1000 - errno;
	return v;
}

/* What a socket looks like from inside: name, peer, a list of options, file flags. */
struct view { struct sockaddr_storage name, peer; socklen_t nlen, plen; int opts[16]; int flags; struct linger linger; };

static void look(int fd, const struct opt *o, size_t n, struct view *v)
{
	memset(v, 0, sizeof(*v));
	v->nlen = v->plen = sizeof(v->name);
	getsockname(fd, (struct sockaddr *)&v->name, &v->nlen);
	if (getpeername(fd, (struct sockaddr *)&v->peer, &v->plen)) v->plen = 0;
	for (size_t i = 0; i < n; i++) v->opts[i] = getint(fd, o[i].level, o[i].name);
	v->flags = fcntl(fd, F_GETFL);
	socklen_t ll = sizeof(v->linger);
	getsockopt(fd, SOL_SOCKET, SO_LINGER, &v->linger, &ll);
}

static int same(const char *what, int fd, const struct opt *o, size_t n, const struct view *before)
{
	struct view now;
	look(fd, o, n, &now);
	if (now.nlen != before->nlen || memcmp(&now.name, &before->name, now.nlen)) FAIL("%s: its address changed", what);
	if (now.plen != before->plen || memcmp(&now.peer, &before->peer, now.plen)) FAIL("%s: its peer changed", what);
	for (size_t i = 0; i < n; i++)
		if (now.opts[i] != before->opts[i]) FAIL("%s: %s is %d, was %d", what, o[i].what, now.opts[i], before->opts[i]);
	if (now.flags != before->flags) FAIL("%s: file flags 0%o, were 0%o", what, now.flags, before->flags);
	if (now.linger.l_onoff != before->linger.l_onoff || now.linger.l_linger != before->linger.l_linger) FAIL("%s: SO_LINGER changed", what);
	return 0;
}

static void wait_term(void)
{
	while (!term) pause();
}

/* Accepts one connection on a non-blocking listener, waiting up to 10 s. */
static int accept_one(int l)
{
	struct pollfd p = { .fd = l, .events = POLLIN };
	if (poll(&p, 1, 10000) != 1) return -1;
	return accept4(l, NULL, NULL, SOCK_CLOEXEC);
}

static int sockets(void)
{
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	int one = 1;
	struct linger lg = { 1, 7 };

	int l4 = socket(AF_INET, SOCK_STREAM, 0);
	for (size_t i = 0; i < N(listener_opts); i++)
		if (setsockopt(l4, listener_opts[i].level, listener_opts[i].name, &listener_opts[i].value, sizeof(int))) FAIL("setsockopt %s: %m", listener_opts[i].what);
	setsockopt(l4, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	if (bind(l4, (struct sockaddr *)&a4, sizeof(a4)) || listen(l4, 37)) FAIL("listen: %m");
	fcntl(l4, F_SETFL, O_NONBLOCK | O_RDWR);

	int l6 = socket(AF_INET6, SOCK_STREAM, 0);
	setsockopt(l6, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	if (bind(l6, (struct sockaddr *)&a6, sizeof(a6)) || listen(l6, 5)) FAIL("listen v6: %m");

	int fresh = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(fresh, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

	int u4 = socket(AF_INET, SOCK_DGRAM, 0);
	for (size_t i = 0; i < N(udp_opts); i++) setsockopt(u4, udp_opts[i].level, udp_opts[i].name, &udp_opts[i].value, sizeof(int));
	if (bind(u4, (struct sockaddr *)&a4, sizeof(a4))) FAIL("bind udp: %m");
	struct sockaddr_in u4addr;
	socklen_t len = sizeof(u4addr);
	getsockname(u4, (struct sockaddr *)&u4addr, &len);
	int uc = socket(AF_INET, SOCK_DGRAM, 0);
	if (connect(uc, (struct sockaddr *)&u4addr, sizeof(u4addr))) FAIL("connect udp: %m");

	int u6 = socket(AF_INET6, SOCK_DGRAM, 0);
	if (bind(u6, (struct sockaddr *)&a6, sizeof(a6))) FAIL("bind udp6: %m");
	struct sockaddr_in6 u6addr;
	len = sizeof(u6addr);
	getsockname(u6, (struct sockaddr *)&u6addr, &len);
	int uc6 = socket(AF_INET6, SOCK_DGRAM, 0);
	if (connect(uc6, (struct sockaddr *)&u6addr, sizeof(u6addr))) FAIL("connect udp6: %m");

	struct view v[7];
	look(l4, listener_opts, N(listener_opts), &v[0]);
	look(l6, NULL, 0, &v[1]);
	look(fresh, listener_opts + 5, 1, &v[2]);
	look(u4, udp_opts, N(udp_opts), &v[3]);
	look(uc, NULL, 0, &v[4]);
	look(u6, NULL, 0, &v[5]);
	look(uc6, NULL, 0, &v[6]);
	printf("ready\n");
	fflush(stdout);
	wait_term();

	if (same("tcp listener", l4, listener_opts, N(listener_opts), &v[0]) || same("tcp6 listener", l6, NULL, 0, &v[1]) ||
	    same("unbound tcp socket", fresh, listener_opts + 5, 1, &v[2]) || same("udp socket", u4, udp_opts, N(udp_opts), &v[3]) ||
	    same("connected udp socket", uc, NULL, 0, &v[4]) || same("udp6 socket", u6, NULL, 0, &v[5]) ||
	    same("connected udp6 socket", uc6, NULL, 0, &v[6]))
		return 1;
	if (getint(l6, IPPROTO_IPV6, IPV6_V6ONLY) != 1) FAIL("tcp6 listener: no longer v6-only");
	/* The listeners accept (the IPv4 one once data came: TCP_DEFER_ACCEPT). */
	int c = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in l4addr;
	len = sizeof(l4addr);
	getsockname(l4, (struct sockaddr *)&l4addr, &len);
	if (connect(c, (struct sockaddr *)&l4addr, sizeof(l4addr)) || write(c, "x", 1) != 1) FAIL("connect to the listener: %m");
	if (accept_one(l4) < 0) FAIL("the listener accepts nothing: %m");
	int c6 = socket(AF_INET6, SOCK_STREAM, 0);
	struct sockaddr_in6 l6addr;
	len = sizeof(l6addr);
	getsockname(l6, (struct sockaddr *)&l6addr, &len);
	if (connect(c6, (struct sockaddr *)&l6addr, sizeof(l6addr)) || accept_one(l6) < 0) FAIL("the v6 listener: %m");
	/* Datagrams flow. */
	char buf[16];
	if (write(uc, "ping", 4) != 4 || recv(u4, buf, sizeof(buf), 0) != 4 || memcmp(buf, "ping", 4)) FAIL("udp: no datagram");
	if (write(uc6, "pong", 4) != 4 || recv(u6, buf, sizeof(buf), 0) != 4 || memcmp(buf, "pong", 4)) FAIL("udp6: no datagram");
	printf("PASS\n");
	return 0;
}

static unsigned char at(size_t i) { return (unsigned char)(i % 251); }

static int established(void)
{
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int l = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(l, (struct sockaddr *)&a4, sizeof(a4)) || listen(l, 4)) FAIL("listen: %m");
	socklen_t len = sizeof(a4);
	getsockname(l, (struct sockaddr *)&a4, &len);
	int client = socket(AF_INET, SOCK_STREAM, 0);
	int small = 4096, snd = 32768, one = 1;
	setsockopt(client, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
	if (connect(client, (struct sockaddr *)&a4, sizeof(a4))) FAIL("connect: %m");
	int server = accept4(l, NULL, NULL, 0);
	if (server < 0) FAIL("accept: %m");
	setsockopt(server, SOL_SOCKET, SO_SNDBUF, &snd, sizeof(snd));
	setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (write(client, "client-before;", 14) != 14) FAIL("write: %m");
	/* Fill the server's send queue. */
	fcntl(server, F_SETFL, O_NONBLOCK | O_RDWR);
	size_t sent = 0;
	unsigned char chunk[4096];
	for (;;) {
		for (size_t i = 0; i < sizeof(chunk); i++) chunk[i] = at(sent + i);
		ssize_t n = write(server, chunk, sizeof(chunk));
		if (n <= 0) break;
		sent += (size_t)n;
	}
	int unsent = 0;
	ioctl(server, SIOCOUTQNSD, &unsent);
	if (unsent <= 0) FAIL("no unsent data in the send queue");
	struct view vs, vc;
	look(server, NULL, 0, &vs);
	look(client, NULL, 0, &vc);
	printf("ready %zu bytes queued, %d unsent\n", sent, unsent);
	fflush(stdout);
	wait_term();

	if (same("server end", server, NULL, 0, &vs) || same("client end", client, NULL, 0, &vc)) return 1;
	if (getint(server, IPPROTO_TCP, TCP_NODELAY) != 1) FAIL("TCP_NODELAY lost");
	/* Every queued byte reaches the client once, in order. */
	size_t got = 0;
	time_t end = time(NULL) + 60;
	while (got < sent && time(NULL) < end) {
		struct pollfd p = { .fd = client, .events = POLLIN };
		if (poll(&p, 1, 1000) != 1) continue;
		ssize_t n = read(client, chunk, sizeof(chunk));
		if (n <= 0) FAIL("client read after %zu of %zu bytes: %zd %m", got, sent, n);
		for (ssize_t i = 0; i < n; i++)
			if (chunk[i] != at(got + (size_t)i)) FAIL("byte %zu is %u, expected %u", got + (size_t)i, chunk[i], at(got + (size_t)i));
		got += (size_t)n;
	}
	if (got != sent) FAIL("the client got %zu of %zu bytes", got, sent);
	char buf[64];
	fcntl(server, F_SETFL, O_RDWR);
	ssize_t n = recv(server, buf, 14, MSG_WAITALL);
	if (n != 14 || memcmp(buf, "client-before;", 14)) FAIL("the server read %zd bytes: %.*s", n, (int)(n > 0 ? n : 0), buf);
	if (write(client, "after", 5) != 5 || recv(server, buf, 5, MSG_WAITALL) != 5 || memcmp(buf, "after", 5)) FAIL("no new data after restore");
	if (write(server, "reply", 5) != 5 || recv(client, buf, 5, MSG_WAITALL) != 5 || memcmp(buf, "reply", 5)) FAIL("no reply after restore");
	printf("PASS\n");
	return 0;
}

int main(int argc, char **argv)
{
	signal(SIGTERM, on_term);
	const char *mode = argc > 1 ? argv[1] : "sockets";
	if (!strcmp(mode, "sockets")) return sockets();
	if (!strcmp(mode, "established")) return established();
	fprintf(stderr, "usage: inet sockets|established\n");
	return 2;
}
