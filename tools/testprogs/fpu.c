/* FPU, SSE, AVX and AVX-512 register state across dump and restore. Two threads each
 * load their own patterns into every vector register (zmm0-31 and the mask registers
 * k1-k7 with AVX-512F, else xmm0-14), a non-default MXCSR and x87 control word, then
 * spin in one asm loop that only compares the registers with memory copies of the
 * patterns, never reloading them: a dump interrupts the loop with the values live in
 * registers. The main thread sleeps in pause(). Prints "ready"; on SIGTERM it checks
 * that both loops still run, stops them and prints PASS or FAIL with the register. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct state {
	uint64_t vec[32][8] __attribute__((aligned(64))); /* 0 */
	uint64_t k[8];          /* 2048 */
	uint32_t mxcsr;         /* 2112 */
	uint16_t fcw;           /* 2116 */
	uint16_t pad;
	uint64_t scratch;       /* 2120 */
	volatile uint64_t iterations; /* 2128 */
	volatile uint32_t *stop;      /* 2136 */
	long result;            /* what the loop returned */
	int seed;
};

_Static_assert(__builtin_offsetof(struct state, k) == 2048, "k");
_Static_assert(__builtin_offsetof(struct state, mxcsr) == 2112, "mxcsr");
_Static_assert(__builtin_offsetof(struct state, fcw) == 2116, "fcw");
_Static_assert(__builtin_offsetof(struct state, scratch) == 2120, "scratch");
_Static_assert(__builtin_offsetof(struct state, iterations) == 2128, "iterations");
_Static_assert(__builtin_offsetof(struct state, stop) == 2136, "stop");

static volatile uint32_t stop;
static volatile sig_atomic_t term;
static struct state states[2] __attribute__((aligned(64)));
static int avx512;

static void on_term(int sig) { (void)sig; term = 1; }

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The result: 0 when stopped with every register intact; 1 + n for zmm/xmm n; 40 + n
 * for mask register kn; 50 MXCSR; 51 x87 control word. */
#define Z(i) "vmovdqa64 " #i "*64(%%rdi), %%zmm" #i "\n\t"
#define ZC(i) "movl $" #i "+1, %%eax\n\tvpcmpq $4, " #i "*64(%%rdi), %%zmm" #i ", %%k0\n\tkortestw %%k0, %%k0\n\tjnz 9f\n\t"
#define K(i) "kmovq 2048+" #i "*8(%%rdi), %%k" #i "\n\t"
#define KC(i) "movl $40+" #i ", %%eax\n\tkmovq %%k" #i ", %%rcx\n\tcmpq 2048+" #i "*8(%%rdi), %%rcx\n\tjne 9f\n\t"
#define COMMON_CHECKS \
	"movl $50, %%eax\n\tstmxcsr 2120(%%rdi)\n\tmovl 2120(%%rdi), %%ecx\n\tcmpl 2112(%%rdi), %%ecx\n\tjne 9f\n\t" \
	"movl $51, %%eax\n\tfnstcw 2120(%%rdi)\n\tmovzwl 2120(%%rdi), %%ecx\n\tmovzwl 2116(%%rdi), %%edx\n\tcmpl %%edx, %%ecx\n\tjne 9f\n\t" \
	"incq 2128(%%rdi)\n\t" \
	"movq 2136(%%rdi), %%rcx\n\tcmpl $0, (%%rcx)\n\tje 1b\n\t" \
	"xorl %%eax, %%eax\n\t" \
	"9:\n\t"

__attribute__((target("avx512f"), noinline)) static long loop_avx512(struct state *s)
{
	long r;
	__asm__ volatile(
		Z(0) Z(1) Z(2) Z(3) Z(4) Z(5) Z(6) Z(7) Z(8) Z(9) Z(10) Z(11) Z(12) Z(13) Z(14) Z(15)
		Z(16) Z(17) Z(18) Z(19) Z(20) Z(21) Z(22) Z(23) Z(24) Z(25) Z(26) Z(27) Z(28) Z(29) Z(30) Z(31)
		K(1) K(2) K(3) K(4) K(5) K(6) K(7)
		"ldmxcsr 2112(%%rdi)\n\t"
		"fldcw 2116(%%rdi)\n\t"
		"1:\n\t"
		ZC(0) ZC(1) ZC(2) ZC(3) ZC(4) ZC(5) ZC(6) ZC(7) ZC(8) ZC(9) ZC(10) ZC(11) ZC(12) ZC(13) ZC(14) ZC(15)
		ZC(16) ZC(17) ZC(18) ZC(19) ZC(20) ZC(21) ZC(22) ZC(23) ZC(24) ZC(25) ZC(26) ZC(27) ZC(28) ZC(29) ZC(30) ZC(31)
		KC(1) KC(2) KC(3) KC(4) KC(5) KC(6) KC(7)
		COMMON_CHECKS
		: "=a"(r)
		: "D"(s)
		: "rcx", "rdx", "memory", "cc",
		  "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
		  "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22", "xmm23", "xmm24", "xmm25", "xmm26", "xmm27", "xmm28", "xmm29", "xmm30", "xmm31",
		  "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7");
	return r;
}

/* SSE2 only: xmm0-14 hold patterns, xmm15 is the scratch of the comparisons. */
#define X(i) "movdqa " #i "*64(%%rdi), %%xmm" #i "\n\t"
#define XC(i) "movl $" #i "+1, %%eax\n\tmovdqa %%xmm" #i ", %%xmm15\n\tpcmpeqb " #i "*64(%%rdi), %%xmm15\n\tpmovmskb %%xmm15, %%ecx\n\tcmpl $0xffff, %%ecx\n\tjne 9f\n\t"

__attribute__((noinline)) static long loop_sse(struct state *s)
{
	long r;
	__asm__ volatile(
		X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14)
		"ldmxcsr 2112(%%rdi)\n\t"
		"fldcw 2116(%%rdi)\n\t"
		"1:\n\t"
		XC(0) XC(1) XC(2) XC(3) XC(4) XC(5) XC(6) XC(7) XC(8) XC(9) XC(10) XC(11) XC(12) XC(13) XC(14)
		COMMON_CHECKS
		: "=a"(r)
		: "D"(s)
		: "rcx", "rdx", "memory", "cc",
		  "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	return r;
}

static void *spin(void *arg)
{
	struct state *s = arg;
	s->result = avx512 ? loop_avx512(s) : loop_sse(s);
	/* Put the default control words back for the C code that follows. */
	uint32_t mx = 0x1f80;
	uint16_t cw = 0x37f;
	__asm__ volatile("ldmxcsr %0\n\tfldcw %1" : : "m"(mx), "m"(cw));
	return NULL;
}

static const char *reg_name(long r, char *buf)
{
	if (r >= 1 && r <= 32) sprintf(buf, "%s%ld", avx512 ? "zmm" : "xmm", r - 1);
	else if (r >= 41 && r <= 47) sprintf(buf, "k%ld", r - 40);
	else if (r == 50) strcpy(buf, "MXCSR");
	else if (r == 51) strcpy(buf, "the x87 control word");
	else sprintf(buf, "check %ld", r);
	return buf;
}

int main(void)
{
	__builtin_cpu_init();
	avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw"); /* kmovq */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);

	/* Only the main thread takes SIGTERM. */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	pthread_t th[2];
	for (int t = 0; t < 2; t++) {
		struct state *s = &states[t];
		uint64_t x = 0x1234567ULL * (t + 1);
		for (int i = 0; i < 32; i++)
			for (int j = 0; j < 8; j++)
				s->vec[i][j] = splitmix(&x);
		for (int i = 1; i < 8; i++)
			s->k[i] = splitmix(&x);
		s->mxcsr = t == 0 ? 0x7f80 : 0x3f80; /* rounding toward zero / toward +inf, all masked */
		s->fcw = t == 0 ? 0x0f7f : 0x027f;   /* rounding and precision control */
		s->stop = &stop;
		s->seed = t;
		pthread_create(&th[t], NULL, spin, s);
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	while (states[0].iterations == 0 || states[1].iterations == 0)
		usleep(1000);
	printf("ready %d %s\n", getpid(), avx512 ? "avx512" : "sse");
	fflush(stdout);
	while (!term)
		pause();

	uint64_t before[2] = { states[0].iterations, states[1].iterations };
	usleep(50000);
	uint64_t after[2] = { states[0].iterations, states[1].iterations };
	stop = 1;
	for (int t = 0; t < 2; t++)
		pthread_join(th[t], NULL);
	char buf[64];
	for (int t = 0; t < 2; t++) {
		if (states[t].result != 0) {
			printf("FAIL: thread %d: %s changed (after %lu iterations)\n", t, reg_name(states[t].result, buf), (unsigned long)states[t].iterations);
			return 1;
		}
		if (after[t] == before[t]) {
			printf("FAIL: thread %d stopped spinning\n", t);
			return 1;
		}
	}
	printf("PASS\n");
	fflush(stdout);
	return 0;
}
