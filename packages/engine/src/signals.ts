// The signal mask Amber sets while it runs syscalls inside a task (dump and restore).
import { SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP } from '@amber/sys';

const bit = (sig: number): bigint => 1n << BigInt(sig - 1);

/**
 * Every signal but those a fault raises: a fault signal that is blocked gets its handler
 * reset by the kernel (force_sig), and our own gadget's traps and faults must come through.
 */
export const HOLD_MASK = 0xffff_ffff_ffff_ffffn & ~(bit(SIGILL) | bit(SIGTRAP) | bit(SIGBUS) | bit(SIGFPE) | bit(SIGSEGV));
