// x86_64 general registers (struct user_regs_struct, NT_PRSTATUS) as a typed view
// over the raw bytes the kernel gives, so that nothing is lost in translation.

export const REG_NAMES = [
  'r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si', 'di',
  'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs',
] as const;

export type RegName = (typeof REG_NAMES)[number];
export const REGS_SIZE = REG_NAMES.length * 8;

const index = new Map<RegName, number>(REG_NAMES.map((n, i) => [n, i]));

export class X86Regs {
  readonly raw: Buffer;

  constructor(raw: Buffer) {
    if (raw.length !== REGS_SIZE) throw new Error(`x86_64 register set must be ${REGS_SIZE} bytes, got ${raw.length}`);
    this.raw = raw;
  }

  get(name: RegName): bigint {
    return this.raw.readBigUInt64LE(index.get(name)! * 8);
  }

  set(name: RegName, value: bigint): void {
    this.raw.writeBigUInt64LE(BigInt.asUintN(64, value), index.get(name)! * 8);
  }

  /** The register read as a signed value (syscall results, orig_ax). */
  signed(name: RegName): bigint {
    return this.raw.readBigInt64LE(index.get(name)! * 8);
  }

  clone(): X86Regs {
    return new X86Regs(Buffer.from(this.raw));
  }

  toObject(): Record<RegName, bigint> {
    const o = {} as Record<RegName, bigint>;
    for (const n of REG_NAMES) o[n] = this.get(n);
    return o;
  }

  static fromObject(o: Partial<Record<RegName, bigint>>): X86Regs {
    const r = new X86Regs(Buffer.alloc(REGS_SIZE));
    for (const n of REG_NAMES) if (o[n] !== undefined) r.set(n, o[n]!);
    return r;
  }
}
