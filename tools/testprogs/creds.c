/* Credentials across dump and restore: started as root, the program takes other uids,
 * gids and supplementary groups, keeps a reduced capability set and no_new_privs. On
 * SIGTERM it checks them all and prints PASS or FAIL. */
#define _GNU_SOURCE
#include <grp.h>
#include <linux/capability.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "testprog.h"

static int capget2(struct __user_cap_data_struct d[2])
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	return (int)syscall(SYS_capget, &h, d);
}

int main(void)
{
	signal(SIGTERM, on_term);
	gid_t groups[] = { 7, 42, 4242 };
	if (setgroups(3, groups) < 0) { perror("setgroups"); return 2; }
	prctl(PR_CAPBSET_DROP, CAP_SYS_BOOT);
	prctl(PR_SET_KEEPCAPS, 1);
	if (setresgid(1000, 1001, 1002) < 0 || setresuid(2000, 2001, 2002) < 0) { perror("setres"); return 2; }
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
	d[0].permitted = (1u << CAP_KILL) | (1u << CAP_NET_BIND_SERVICE);
	d[0].effective = 1u << CAP_KILL;
	if (syscall(SYS_capset, &h, d) < 0) { perror("capset"); return 2; }
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	uid_t r, e, s;
	gid_t gr, ge, gs;
	getresuid(&r, &e, &s);
	getresgid(&gr, &ge, &gs);
	if (r != 2000 || e != 2001 || s != 2002) FAIL("uids %d %d %d", r, e, s);
	if (gr != 1000 || ge != 1001 || gs != 1002) FAIL("gids %d %d %d", gr, ge, gs);
	gid_t now[8];
	int n = getgroups(8, now);
	if (n != 3 || now[0] != 7 || now[1] != 42 || now[2] != 4242) FAIL("groups: %d of them", n);
	struct __user_cap_data_struct c[2];
	capget2(c);
	if (c[0].permitted != d[0].permitted || c[0].effective != d[0].effective || c[1].permitted || c[1].effective)
		FAIL("capabilities prm %x eff %x", c[0].permitted, c[0].effective);
	if (prctl(PR_CAPBSET_READ, CAP_SYS_BOOT) != 0) FAIL("CAP_SYS_BOOT is back in the bounding set");
	if (prctl(PR_CAPBSET_READ, CAP_KILL) != 1) FAIL("CAP_KILL left the bounding set");
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1) FAIL("no_new_privs lost");
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
