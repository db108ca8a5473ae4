// 64-bit integers: bigint at Amber's API, Long (or any {low, high}) inside
// protobufjs. Conversions are exact over the whole 64-bit range.

export interface LongBitsLike {
  readonly low: number;
  readonly high: number;
  readonly unsigned?: boolean;
}

const U32 = 0xffffffffn;
export const U64_MAX = (1n << 64n) - 1n;
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;

export function isLongBits(v: unknown): v is LongBitsLike {
  return typeof v === 'object' && v !== null
    && typeof (v as LongBitsLike).low === 'number' && typeof (v as LongBitsLike).high === 'number';
}

/** Long/{low,high} or a safe-integer number -> bigint. */
export function longToBigint(v: LongBitsLike | number, signed: boolean): bigint {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`64-bit value ${v} lost precision`);
    return BigInt(v);
  }
  const u = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return signed ? BigInt.asIntN(64, u) : u;
}

/** bigint (already range-checked) -> bits protobufjs' writer accepts. */
export function bigintToLongBits(v: bigint, signed: boolean): LongBitsLike {
  const u = BigInt.asUintN(64, v);
  return { low: Number(u & U32), high: Number(u >> 32n), unsigned: !signed };
}
