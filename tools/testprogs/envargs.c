/* Arguments, environment, auxiliary vector and names across dump and restore. Run as
 * `envargs alpha "beta gamma" "" tail` with AMBER_CF_ENV=... in the environment (any
 * other arguments: FAIL). It edits argv[1] in place (visible in /proc/self/cmdline),
 * adds a variable with setenv (on the heap) and renames itself (comm "cf-envargs").
 * Prints "ready"; on SIGTERM checks argv and environ (pointers and strings), the
 * variables, getauxval values, /proc/self/{cmdline,environ,auxv,exe}, the arg/env
 * bounds of /proc/self/stat and the comm; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <unistd.h>
#include "testprog.h"

struct blob { char data[65536]; ssize_t len; };

static void slurp(const char *path, struct blob *b)
{
	FILE *f = fopen(path, "r");
	b->len = -1;
	if (!f) return;
	b->len = (ssize_t)fread(b->data, 1, sizeof(b->data), f);
	fclose(f);
}

/* Fields 48-51 of /proc/self/stat: arg_start arg_end env_start env_end. */
static int arg_env_bounds(unsigned long out[4])
{
	char buf[4096];
	FILE *f = fopen("/proc/self/stat", "r");
	if (!f) return -1;
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	char *p = strrchr(buf, ')');
	if (!p) return -1;
	p += 2; /* field 3 */
	for (int field = 3; field < 48; field++) {
		p = strchr(p, ' ');
		if (!p) return -1;
		p++;
	}
	return sscanf(p, "%lu %lu %lu %lu", &out[0], &out[1], &out[2], &out[3]) == 4 ? 0 : -1;
}

static const char *const want_args[] = { "alpha", "beta gamma", "", "tail" };

int main(int argc, char **argv, char **envp)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	if (argc != 5) FAIL("run with %d arguments, want 4", argc - 1);
	for (int i = 0; i < 4; i++)
		if (strcmp(argv[i + 1], want_args[i])) FAIL("argument %d is '%s'", i + 1, argv[i + 1]);
	const char *var = getenv("AMBER_CF_ENV");
	if (!var) FAIL("AMBER_CF_ENV is not set");
	char var_copy[256];
	snprintf(var_copy, sizeof(var_copy), "%s", var);

	argv[1][0] = 'A'; /* /proc/self/cmdline shows "Alpha" from now on */
	setenv("AMBER_CF_ADDED", "added-after-start", 1);
	prctl(PR_SET_NAME, "cf-envargs");

	char **argv0 = argv, **envp0 = envp, **environ0 = environ;
	char *args0[5];
	for (int i = 0; i < 5; i++) args0[i] = argv[i];
	unsigned long at_random[2], pagesz = getauxval(AT_PAGESZ), hwcap = getauxval(AT_HWCAP), ehdr = getauxval(AT_SYSINFO_EHDR);
	memcpy(at_random, (void *)getauxval(AT_RANDOM), sizeof(at_random));
	const char *execfn = (const char *)getauxval(AT_EXECFN);
	char execfn0[4096];
	snprintf(execfn0, sizeof(execfn0), "%s", execfn);
	static struct blob cmdline0, environ_0, auxv0, cmdline1, environ_1, auxv1;
	slurp("/proc/self/cmdline", &cmdline0);
	slurp("/proc/self/environ", &environ_0);
	slurp("/proc/self/auxv", &auxv0);
	char exe0[4096] = { 0 }, exe1[4096] = { 0 };
	if (readlink("/proc/self/exe", exe0, sizeof(exe0) - 1) < 0) FAIL("readlink exe: %m");
	unsigned long bounds0[4], bounds1[4];
	if (arg_env_bounds(bounds0)) FAIL("cannot parse /proc/self/stat");

	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();

	if (argv != argv0 || envp != envp0 || environ != environ0) FAIL("argv/envp/environ moved");
	for (int i = 0; i < 5; i++)
		if (argv[i] != args0[i]) FAIL("argv[%d] moved", i);
	if (strcmp(argv[1], "Alpha") || strcmp(argv[2], "beta gamma") || strcmp(argv[3], "") || strcmp(argv[4], "tail"))
		FAIL("argument strings changed: '%s' '%s' '%s' '%s'", argv[1], argv[2], argv[3], argv[4]);
	var = getenv("AMBER_CF_ENV");
	if (!var || strcmp(var, var_copy)) FAIL("AMBER_CF_ENV is '%s', was '%s'", var ? var : "(unset)", var_copy);
	var = getenv("AMBER_CF_ADDED");
	if (!var || strcmp(var, "added-after-start")) FAIL("AMBER_CF_ADDED lost");
	if (getauxval(AT_PAGESZ) != pagesz || getauxval(AT_HWCAP) != hwcap || getauxval(AT_SYSINFO_EHDR) != ehdr)
		FAIL("auxv values changed");
	if (memcmp(at_random, (void *)getauxval(AT_RANDOM), sizeof(at_random))) FAIL("AT_RANDOM bytes changed");
	if (strcmp(execfn0, (const char *)getauxval(AT_EXECFN))) FAIL("AT_EXECFN changed");
	slurp("/proc/self/cmdline", &cmdline1);
	slurp("/proc/self/environ", &environ_1);
	slurp("/proc/self/auxv", &auxv1);
	if (cmdline1.len != cmdline0.len || memcmp(cmdline0.data, cmdline1.data, cmdline0.len)) FAIL("/proc/self/cmdline changed (%zd bytes, was %zd)", cmdline1.len, cmdline0.len);
	if (environ_1.len != environ_0.len || memcmp(environ_0.data, environ_1.data, environ_0.len)) FAIL("/proc/self/environ changed (%zd bytes, was %zd)", environ_1.len, environ_0.len);
	if (auxv1.len != auxv0.len || memcmp(auxv0.data, auxv1.data, auxv0.len)) FAIL("/proc/self/auxv changed (%zd bytes, was %zd)", auxv1.len, auxv0.len);
	if (readlink("/proc/self/exe", exe1, sizeof(exe1) - 1) < 0 || strcmp(exe0, exe1)) FAIL("/proc/self/exe is '%s', was '%s'", exe1, exe0);
	if (arg_env_bounds(bounds1)) FAIL("cannot parse /proc/self/stat");
	if (memcmp(bounds0, bounds1, sizeof(bounds0))) FAIL("arg/env bounds changed");
	char comm[32] = { 0 };
	prctl(PR_GET_NAME, comm);
	if (strcmp(comm, "cf-envargs")) FAIL("comm is '%s'", comm);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
