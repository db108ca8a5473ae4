/*
 * The restore stub: Amber starts it at the restored task's pid, stops it under
 * ptrace and replaces its whole address space from outside. Until then it only
 * waits; it never returns and needs no libc.
 */
void _start(void)
{
	for (;;) {
		/* pause(2) */
		long ret;
		__asm__ volatile("syscall" : "=a"(ret) : "a"(34L) : "rcx", "r11", "memory");
	}
}
