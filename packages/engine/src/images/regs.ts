// Registers between ptrace's raw layouts and CRIU's messages.
import { REG_NAMES, X86Regs } from '@amber/sys';
import { UserX86RegsMode, type UserX86FpregsEntry, type UserX86RegsEntry } from '@amber/images';

export function regsToEntry(raw: Buffer): UserX86RegsEntry {
  const r = new X86Regs(Buffer.from(raw));
  const e = { mode: UserX86RegsMode.NATIVE } as UserX86RegsEntry;
  for (const n of REG_NAMES) e[n] = r.get(n);
  return e;
}

export function regsFromEntry(e: UserX86RegsEntry): Buffer {
  const r = X86Regs.fromObject(e);
  return r.raw;
}

function u32s(buf: Buffer, offset: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(buf.readUInt32LE(offset + i * 4));
  return out;
}

/**
 * The legacy FXSAVE fields CRIU's tools show, taken from the first 512 bytes of the
 * XSAVE area; the whole area travels verbatim in Amber's amber_xsave field.
 */
export function fpregsFromXsave(xsave: Buffer): UserX86FpregsEntry {
  return {
    cwd: xsave.readUInt16LE(0),
    swd: xsave.readUInt16LE(2),
    twd: xsave.readUInt16LE(4),
    fop: xsave.readUInt16LE(6),
    rip: xsave.readBigUInt64LE(8),
    rdp: xsave.readBigUInt64LE(16),
    mxcsr: xsave.readUInt32LE(24),
    mxcsr_mask: xsave.readUInt32LE(28),
    st_space: u32s(xsave, 32, 32),
    xmm_space: u32s(xsave, 160, 64),
    padding: u32s(xsave, 416, 24),
    xsave: xsave.length > 576 ? { xstate_bv: xsave.readBigUInt64LE(512), ymmh_space: u32s(xsave, 576, 64) } : undefined,
  };
}
