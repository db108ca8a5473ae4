/* The vdso across dump and restore: the main thread spins calling clock_gettime()
 * (through the vdso), so a dump often stops it inside the vdso's code; it checks that
 * CLOCK_MONOTONIC never goes back. Prints "ready"; on SIGTERM checks that the vdso is
 * where it was (AT_SYSINFO_EHDR, [vdso] in /proc/self/maps), that clock_gettime,
 * gettimeofday, time and getcpu through the vdso agree with the real syscalls, and that
 * monotonic time never went back; PASS or FAIL with the reason. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "testprog.h"

static double ts(struct timespec t) { return t.tv_sec + t.tv_nsec / 1e9; }

static unsigned long vdso_in_maps(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	unsigned long start = 0;
	while (f && fgets(line, sizeof(line), f))
		if (strstr(line, "[vdso]")) {
			start = strtoul(line, NULL, 16);
			break;
		}
	if (f) fclose(f);
	return start;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	unsigned long ehdr = getauxval(AT_SYSINFO_EHDR), mapped = vdso_in_maps();
	if (!ehdr || ehdr != mapped) FAIL("setup: AT_SYSINFO_EHDR %lx, [vdso] at %lx", ehdr, mapped);

	struct timespec last, now;
	clock_gettime(CLOCK_MONOTONIC, &last);
	unsigned long calls = 0, backwards = 0;
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec < last.tv_sec || (now.tv_sec == last.tv_sec && now.tv_nsec < last.tv_nsec)) backwards++;
		last = now;
		calls++;
	}
	if (backwards) FAIL("CLOCK_MONOTONIC went back %lu times in %lu calls", backwards, calls);
	if (getauxval(AT_SYSINFO_EHDR) != ehdr) FAIL("AT_SYSINFO_EHDR changed");
	if (vdso_in_maps() != ehdr) FAIL("[vdso] is at %lx, was %lx", vdso_in_maps(), ehdr);
	clockid_t clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE };
	for (unsigned i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
		struct timespec v1, sys, v2;
		clock_gettime(clocks[i], &v1);
		syscall(SYS_clock_gettime, clocks[i], &sys);
		clock_gettime(clocks[i], &v2);
		if (ts(sys) < ts(v1) - 0.05 || ts(sys) > ts(v2) + 0.05) FAIL("clock %d: vdso %.6f..%.6f, syscall %.6f", clocks[i], ts(v1), ts(v2), ts(sys));
	}
	struct timeval tv, tvs;
	gettimeofday(&tv, NULL);
	syscall(SYS_gettimeofday, &tvs, NULL);
	if (labs(tv.tv_sec - tvs.tv_sec) > 1) FAIL("gettimeofday: vdso %ld, syscall %ld", (long)tv.tv_sec, (long)tvs.tv_sec);
	time_t t = time(NULL), st = syscall(SYS_time, NULL);
	if (labs(t - st) > 1) FAIL("time: vdso %ld, syscall %ld", (long)t, (long)st);
	unsigned cpu = 99, node = 99;
	if (getcpu(&cpu, &node) || cpu >= (unsigned)sysconf(_SC_NPROCESSORS_CONF)) FAIL("getcpu: cpu %u", cpu);
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
