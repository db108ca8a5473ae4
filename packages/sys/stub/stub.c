/*
 * The restore stub: Amber starts it at the restored task's pid, stops it under
 * ptrace and replaces its whole address space from outside. Until then it only
 * waits; it never returns and needs no libc. It dies with the restorer (PR_SET_PDEATHSIG
 * SIGKILL) until the restorer holds it under ptrace with PTRACE_O_EXITKILL; the restored
 * task gets its own parent-death signal back (none, usually).
 */
void _start(void)
{
	long r;
	/* prctl(PR_SET_PDEATHSIG, SIGKILL) */
	__asm__ volatile("syscall" : "=a"(r) : "a"(157L), "D"(1L), "S"(9L) : "rcx", "r11", "memory");
	for (;;) {
		/* pause(2) */
		long ret;
		__asm__ volatile("syscall" : "=a"(ret) : "a"(34L) : "rcx", "r11", "memory");
	}
}
