// Parsers for the /proc files a dump reads. Each is read once per dump.
import * as fs from 'node:fs';
import { native, isErrno, O_RDONLY, O_CLOEXEC, type PagemapScanOptions } from '@amber/sys';

export interface MapsEntry {
  start: bigint;
  end: bigint;
  read: boolean;
  write: boolean;
  exec: boolean;
  shared: boolean;
  /** File offset in bytes. */
  offset: bigint;
  devMajor: number;
  devMinor: number;
  inode: bigint;
  /** The path, or a name like [heap], [stack], [vdso]; '' for anonymous memory. */
  name: string;
  /** Two-letter VmFlags from smaps (ac, gd, dd...); empty when read from maps. */
  vmFlags: string[];
}

const MAPS_LINE = /^([0-9a-f]+)-([0-9a-f]+) ([r-])([w-])([x-])([ps]) ([0-9a-f]+) ([0-9a-f]+):([0-9a-f]+) (\d+)\s*(.*)$/;

export function parseMaps(text: string): MapsEntry[] {
  const out: MapsEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const m = MAPS_LINE.exec(line);
    if (!m) throw new Error(`unparsable maps line: ${line}`);
    out.push({
      start: BigInt(`0x${m[1]}`),
      end: BigInt(`0x${m[2]}`),
      read: m[3] === 'r',
      write: m[4] === 'w',
      exec: m[5] === 'x',
      shared: m[6] === 's',
      offset: BigInt(`0x${m[7]}`),
      devMajor: parseInt(m[8]!, 16),
      devMinor: parseInt(m[9]!, 16),
      inode: BigInt(m[10]!),
      name: m[11]!,
      vmFlags: [],
    });
  }
  return out;
}

/** smaps: the maps lines plus each VMA's VmFlags (needed for VM_ACCOUNT and madvise bits). */
export function parseSmaps(text: string): MapsEntry[] {
  const out: MapsEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('VmFlags:')) {
      out[out.length - 1]!.vmFlags = line.slice(8).trim().split(/\s+/);
    } else if (MAPS_LINE.test(line)) {
      out.push(...parseMaps(line));
    }
  }
  return out;
}

export function readSmaps(pid: number): MapsEntry[] {
  return parseSmaps(fs.readFileSync(`/proc/${pid}/smaps`, 'latin1'));
}

export function readMaps(pid: number): MapsEntry[] {
  return parseMaps(fs.readFileSync(`/proc/${pid}/maps`, 'latin1'));
}

/** The fields of /proc/PID/stat that a dump needs (numbering as in proc(5)). */
export interface ProcStat {
  comm: string;
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  flags: number;
  startCode: bigint;
  endCode: bigint;
  startStack: bigint;
  startData: bigint;
  endData: bigint;
  startBrk: bigint;
  argStart: bigint;
  argEnd: bigint;
  envStart: bigint;
  envEnd: bigint;
  exitCode: number;
}

export function parseStat(text: string): ProcStat {
  // comm may hold spaces and parentheses: split after the last ')'.
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const f = text.slice(close + 2).trim().split(' ');
  // f[0] is field 3 (state); field n is f[n - 3].
  const field = (n: number) => f[n - 3]!;
  return {
    comm,
    state: field(3),
    ppid: Number(field(4)),
    pgrp: Number(field(5)),
    session: Number(field(6)),
    flags: Number(field(9)),
    startCode: BigInt(field(26)),
    endCode: BigInt(field(27)),
    startStack: BigInt(field(28)),
    startData: BigInt(field(45)),
    endData: BigInt(field(46)),
    startBrk: BigInt(field(47)),
    argStart: BigInt(field(48)),
    argEnd: BigInt(field(49)),
    envStart: BigInt(field(50)),
    envEnd: BigInt(field(51)),
    exitCode: Number(field(52)),
  };
}

export function readStat(pid: number): ProcStat {
  return parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'latin1'));
}

export function readStatus(pid: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(`/proc/${pid}/status`, 'latin1').split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i), line.slice(i + 1).trim());
  }
  return out;
}

/** /proc/PID/auxv as the raw u64 words (type, value pairs up to AT_NULL). */
export function readAuxv(pid: number): bigint[] {
  const buf = fs.readFileSync(`/proc/${pid}/auxv`);
  const words: bigint[] = [];
  for (let i = 0; i + 8 <= buf.length; i += 8) words.push(buf.readBigUInt64LE(i));
  // Trim after the AT_NULL pair.
  for (let i = 0; i + 1 < words.length; i += 2) if (words[i] === 0n) return words.slice(0, i + 2);
  return words;
}

export const PM_PRESENT = 1n << 63n;
export const PM_SWAP = 1n << 62n;
export const PM_FILE = 1n << 61n;

/** Opens /proc/PID/pagemap once per dump; reads entries for a range of pages. */
export class PagemapReader {
  readonly #fd: number;

  constructor(pid: number) {
    this.#fd = native.open(`/proc/${pid}/pagemap`, O_RDONLY | O_CLOEXEC, 0);
  }

  /** One u64 per page in [start, end). */
  read(start: bigint, end: bigint): BigUint64Array {
    const pages = Number((end - start) / 4096n);
    const buf = Buffer.alloc(pages * 8);
    let done = 0;
    while (done < buf.length) {
      const n = native.pread(this.#fd, buf.subarray(done), (start / 4096n) * 8n + BigInt(done));
      if (n === 0) break;
      done += n;
    }
    return new BigUint64Array(buf.buffer, buf.byteOffset, pages);
  }

  /**
   * Runs [start, end) of the pages in [start, end) that PAGEMAP_SCAN selects, in address
   * order, found by the kernel (no per-page work here); undefined where the kernel has
   * no PAGEMAP_SCAN (before 6.7), so the caller falls back to read().
   */
  scan(start: bigint, end: bigint, select: PagemapScanOptions): Array<[bigint, bigint]> | undefined {
    if (PagemapReader.#noScan) return undefined;
    const runs: Array<[bigint, bigint]> = [];
    for (let from = start; from < end; ) {
      let r;
      try {
        r = native.pagemapScan(this.#fd, from, end, select);
      } catch (e) {
        if (isErrno(e, 'ENOTTY')) PagemapReader.#noScan = true; // no PAGEMAP_SCAN at all (before 6.7)
        if (isErrno(e, 'ENOTTY') || isErrno(e, 'EINVAL')) return undefined; // EINVAL: a category this kernel lacks
        throw e;
      }
      const v = r.regions;
      for (let i = 0; i < v.length; i += 3) {
        const last = runs[runs.length - 1];
        if (last && last[1] === v[i]) last[1] = v[i + 1]!;
        else runs.push([v[i]!, v[i + 1]!]);
      }
      if (r.walkEnd <= from) break;
      from = r.walkEnd;
    }
    return runs;
  }

  static #noScan = false;

  close(): void {
    native.close(this.#fd);
  }
}

/** The file behind a mapping, through /proc/PID/map_files (root only, as dumps are). */
export function mapFilesPath(pid: number, start: bigint, end: bigint): string {
  return `/proc/${pid}/map_files/${start.toString(16)}-${end.toString(16)}`;
}

/** One line of /proc/sysvipc/shm. */
export interface SysvShmInfo {
  key: number;
  shmid: number;
  /** shm_perm.mode: permission bits, SHM_DEST when removed but still attached. */
  mode: number;
  size: bigint;
  nattch: number;
}

export function readSysvShm(): SysvShmInfo[] {
  const lines = fs.readFileSync('/proc/sysvipc/shm', 'latin1').split('\n').slice(1);
  return lines.filter((l) => l.trim()).map((l) => {
    const f = l.trim().split(/\s+/);
    return { key: Number(f[0]), shmid: Number(f[1]), mode: parseInt(f[2]!, 8), size: BigInt(f[3]!), nattch: Number(f[6]) };
  });
}

