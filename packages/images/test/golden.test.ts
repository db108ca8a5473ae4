// Golden images whose bytes are written by hand (test/wire.ts builders and
// literal magic bytes), decoded and compared, then re-encoded by the package
// and compared byte for byte.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  decodeImage, decodePagemap, decodePipeData, encodeImage, encodePagemap, encodePipeData, imageFromJson, imageToJson,
  pagemapFlags, pagemapNrPages, PE_PARENT, PE_PRESENT, type CoreEntry, type FileEntry, type JsonValue, type MmEntry,
} from '../src';
import { regs, U64_MAX } from './fixtures';
import { image, lf, mf, sf, vf, zf, type Bytes } from './wire';

// u32 little-endian magics, spelled out byte by byte from the format facts
const COMMON = [0x19, 0x43, 0x56, 0x54]; // 0x54564319
const M = {
  INVENTORY: [0x16, 0x31, 0x31, 0x58], // 0x58313116, alone
  PSTREE: [...COMMON, 0x30, 0x30, 0x27, 0x50],
  CORE: [...COMMON, 0x47, 0x38, 0x05, 0x55],
  IDS: [...COMMON, 0x30, 0x20, 0x43, 0x54],
  MM: [...COMMON, 0x20, 0x28, 0x49, 0x57],
  PAGEMAP: [...COMMON, 0x25, 0x40, 0x08, 0x56],
  FDINFO: [...COMMON, 0x32, 0x37, 0x21, 0x56],
  FILES: [...COMMON, 0x38, 0x31, 0x30, 0x56],
  PIPES_DATA: [...COMMON, 0x09, 0x37, 0x45, 0x56],
  FIFO_DATA: [...COMMON, 0x54, 0x30, 0x33, 0x59],
  FS: [...COMMON, 0x12, 0x39, 0x40, 0x51],
};

/** Path lookup in decoded JSON ('a.b.0.c'). */
function get(obj: JsonValue, p: string): JsonValue {
  return p.split('.').reduce<JsonValue>((o, k) => (o as { [k: string]: JsonValue })[k], obj);
}

function roundTrip(bytes: Buffer, encoded: Buffer): void {
  assert.deepEqual([...encoded], [...bytes], 'encoder output differs from the hand-built golden bytes');
  assert.ok(imageFromJson(JSON.parse(JSON.stringify(imageToJson(bytes)))).equals(bytes), 'JSON round trip');
}

describe('wire builders (sanity)', () => {
  it('match protobuf encodings known by heart', () => {
    assert.deepEqual(vf(1, 150), [0x08, 0x96, 0x01]);
    assert.deepEqual(vf(1000, 300), [0xc0, 0x3e, 0xac, 0x02]);
    assert.deepEqual(vf(14, -1), [0x70, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    assert.deepEqual(zf(3, -5), [0x18, 0x09]);
    assert.deepEqual(sf(6, 'ab'), [0x32, 0x02, 0x61, 0x62]);
  });
});

describe('golden images', () => {
  it('inventory (own magic only)', () => {
    const bytes = image(M.INVENTORY, [
      ...vf(1, 2), ...vf(2, true), ...mf(3, vf(1, 1), vf(2, 2), vf(3, 3), vf(4, 4)), ...vf(4, true), ...vf(6, 0),
      ...vf(8, U64_MAX), ...sf(1000, 'amber 0.1'),
    ]);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x16, 0x31, 0x31, 0x58]);
    const expected = {
      img_version: 2, fdinfo_per_id: true, root_ids: { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4 }, ns_per_id: true,
      lsmtype: 0 as const, dump_uptime: U64_MAX, amber_version: 'amber 0.1',
    };
    assert.deepEqual(decodeImage('inventory', bytes), [expected]);
    assert.deepEqual(imageToJson(bytes), {
      magic: 'INVENTORY',
      entries: [{
        img_version: 2, fdinfo_per_id: true, root_ids: { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4 }, ns_per_id: true,
        lsmtype: 'NO_LSM', dump_uptime: '18446744073709551615', amber_version: 'amber 0.1',
      }],
    });
    roundTrip(bytes, encodeImage('inventory', [expected]));
  });

  it('pstree with Amber nested-pid-namespace extensions', () => {
    const e1: Bytes = [0x08, 0x01, 0x10, 0x00, 0x18, 0x01, 0x20, 0x01, 0x28, 0x01, 0x28, 0x02]; // literally
    const e2: Bytes = [
      ...vf(1, 300), ...vf(2, 1), ...vf(3, 300), ...vf(4, 1), ...vf(5, 300),
      ...vf(1000, 300), ...vf(1000, 1), ...vf(1003, true), ...mf(1005, vf(1, 300), vf(1, 1)),
    ];
    const bytes = image(M.PSTREE, e1, e2);
    const expected = [
      { pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1, 2] },
      { pid: 300, ppid: 1, pgid: 300, sid: 1, threads: [300], ns_pid: [300, 1], sid_inherited: true, ns_threads: [{ tid: [300, 1] }] },
    ];
    assert.deepEqual(decodeImage('pstree', bytes), expected);
    assert.deepEqual(imageToJson(bytes), { magic: 'PSTREE', entries: expected });
    roundTrip(bytes, encodeImage('pstree', expected));
  });

  it('core: registers, sigactions, creds, negative int32 and sint32', () => {
    const regNames = ['r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si', 'di',
      'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs'];
    const regValue = (i: number): bigint => (regNames[i] === 'ip' ? U64_MAX : BigInt(i * 3));
    const gp = regNames.flatMap((_, i) => vf(i + 1, regValue(i)));
    const fp = [...vf(1, 0x37f), ...vf(2, 0), ...vf(3, 0), ...vf(4, 0), ...vf(5, 0x401000), ...vf(6, 0), ...vf(7, 0x1f80), ...vf(8, 0xffff),
      ...vf(9, 1), ...vf(9, 2)];
    const sa = (handler: bigint, flags: bigint): Bytes => mf(15, vf(1, handler), vf(2, flags), vf(3, 0x7f0000001000n), vf(4, U64_MAX));
    const bytes = image(M.CORE, [
      ...vf(1, 1),
      ...mf(2, vf(1, 0x7f00deadb000n), mf(2, gp), mf(3, fp)),
      ...mf(3, vf(1, 1), vf(2, 0), vf(3, 0), vf(4, 0x400100), vf(5, 0x4000), sf(6, 'cat'), vf(14, -1000),
        sa(0n, 0n), sa(0x401136n, 0x14000000n)),
      ...mf(5, vf(1, 0), vf(2, 24), zf(3, -5), mf(10, vf(1, 1000), vf(2, 1000), vf(3, 1000), vf(4, 1000), vf(5, 1000),
        vf(6, 1000), vf(7, 1000), vf(8, 1000), vf(11, 0xffffffff), vf(11, 0x1ff), vf(13, 0), vf(14, 27)),
      lf(1000, [1, 2, 3, 4])),
    ]);
    const expected: CoreEntry = {
      mtype: 1,
      thread_info: {
        clear_tid_addr: 0x7f00deadb000n,
        gpregs: regs(regValue),
        fpregs: { cwd: 0x37f, swd: 0, twd: 0, fop: 0, rip: 0x401000n, rdp: 0n, mxcsr: 0x1f80, mxcsr_mask: 0xffff, st_space: [1, 2] },
      },
      tc: {
        task_state: 1, exit_code: 0, personality: 0, flags: 0x400100, blk_sigset: 0x4000n, comm: 'cat', oom_score_adj: -1000,
        sigactions: [
          { sigaction: 0n, flags: 0n, restorer: 0x7f0000001000n, mask: U64_MAX },
          { sigaction: 0x401136n, flags: 0x14000000n, restorer: 0x7f0000001000n, mask: U64_MAX },
        ],
      },
      thread_core: {
        futex_rla: 0n, futex_rla_len: 24, sched_nice: -5,
        creds: {
          uid: 1000, gid: 1000, euid: 1000, egid: 1000, suid: 1000, sgid: 1000, fsuid: 1000, fsgid: 1000,
          cap_eff: [0xffffffff, 0x1ff], secbits: 0, groups: [27],
        },
        amber_xsave: Buffer.from([1, 2, 3, 4]),
      },
    };
    assert.deepEqual(decodeImage('core', bytes), [expected]);
    const json = imageToJson(bytes);
    const at = (p: string): JsonValue => get(json.entries[0], p);
    assert.equal(json.magic, 'CORE');
    assert.equal(at('mtype'), 'X86_64');
    assert.equal(at('thread_info.clear_tid_addr'), '0x7f00deadb000');
    assert.equal(at('thread_info.gpregs.ip'), '0xffffffffffffffff', 'gpregs inherit crit hex');
    assert.equal(at('thread_info.gpregs.cx'), '0x21');
    assert.equal(at('thread_info.fpregs.rip'), '4198400', 'non-hex 64-bit values are decimal strings');
    assert.equal(at('tc.task_state'), 'Alive');
    assert.equal(at('tc.blk_sigset'), '0x4000');
    assert.equal(at('tc.oom_score_adj'), -1000);
    assert.equal(at('tc.sigactions.1.sigaction'), '0x401136');
    assert.equal(at('thread_core.sched_nice'), -5);
    assert.equal(at('thread_core.amber_xsave'), 'AQIDBA==');
    roundTrip(bytes, encodeImage('core', [expected]));
  });

  it('ids and fs', () => {
    const ids = image(M.IDS, [...vf(1, 1), ...vf(2, 2), ...vf(3, 3), ...vf(4, 4), ...vf(5, 0xeffffffc)]);
    const idsExp = { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4, pid_ns_id: 0xeffffffc };
    assert.deepEqual(decodeImage('ids', ids), [idsExp]);
    roundTrip(ids, encodeImage('ids', [idsExp]));
    const fsImg = image(M.FS, [...vf(1, 7), ...vf(2, 8), ...vf(3, 0o22)]);
    assert.deepEqual(decodeImage('fs', fsImg), [{ cwd_id: 7, root_id: 8, umask: 0o22 }]);
    assert.deepEqual(imageToJson(fsImg), { magic: 'FS', entries: [{ cwd_id: 7, root_id: 8, umask: 18 }] });
    roundTrip(fsImg, encodeImage('fs', [{ cwd_id: 7, root_id: 8, umask: 0o22 }]));
  });

  it('mm with vmas (sint64 fd = -1, flags shown symbolically)', () => {
    const addrs = [0x400000, 0x401000, 0x600000, 0x601000, 0x7ffc0000, 0x602000, 0x623000, 0x7ffd0000, 0x7ffd0100, 0x7ffd0100, 0x7ffd0200];
    const vma = mf(14, vf(1, 0x400000), vf(2, 0x401000), vf(3, 0), vf(4, 9), vf(5, 5), vf(6, 2), vf(7, 0x41), zf(8, -1));
    const bytes = image(M.MM, [...addrs.flatMap((a, i) => vf(i + 1, a)), ...vf(12, 9), ...vf(13, 33), ...vf(13, U64_MAX), ...vma, ...vf(15, 1)]);
    const expected: MmEntry = {
      mm_start_code: 0x400000n, mm_end_code: 0x401000n, mm_start_data: 0x600000n, mm_end_data: 0x601000n,
      mm_start_stack: 0x7ffc0000n, mm_start_brk: 0x602000n, mm_brk: 0x623000n, mm_arg_start: 0x7ffd0000n,
      mm_arg_end: 0x7ffd0100n, mm_env_start: 0x7ffd0100n, mm_env_end: 0x7ffd0200n, exe_file_id: 9,
      mm_saved_auxv: [33n, U64_MAX],
      vmas: [{ start: 0x400000n, end: 0x401000n, pgoff: 0n, shmid: 9n, prot: 5, flags: 2, status: 0x41, fd: -1n }],
      dumpable: 1,
    };
    assert.deepEqual(decodeImage('mm', bytes), [expected]);
    const v = (imageToJson(bytes).entries[0].vmas as { [k: string]: unknown }[])[0];
    assert.deepEqual(v, {
      start: '0x400000', end: '0x401000', pgoff: '0', shmid: '9', prot: 'PROT_READ | PROT_EXEC', flags: 'MAP_PRIVATE',
      status: 'VMA_AREA_REGULAR | VMA_FILE_PRIVATE', fd: '-1',
    });
    roundTrip(bytes, encodeImage('mm', [expected]));
  });

  it('pagemap: head then entries, current and old-style', () => {
    const bytes = image(M.PAGEMAP, vf(1, 5),
      [...vf(1, 0x400000), ...vf(2, 0), ...vf(4, 4), ...vf(5, 2)],
      [...vf(1, 0x7fff0000), ...vf(2, 3), ...vf(3, true)]);
    const pm = decodePagemap(bytes);
    assert.deepEqual(pm, {
      head: { pages_id: 5 },
      entries: [
        { vaddr: 0x400000n, compat_nr_pages: 0, flags: 4, nr_pages: 2n },
        { vaddr: 0x7fff0000n, compat_nr_pages: 3, in_parent: true },
      ],
    });
    assert.equal(pagemapFlags(pm.entries[0]), PE_PRESENT);
    assert.equal(pagemapFlags(pm.entries[1]), PE_PARENT);
    assert.equal(pagemapNrPages(pm.entries[1]), 3);
    assert.deepEqual(imageToJson(bytes).entries, [
      { pages_id: 5 },
      { vaddr: '0x400000', compat_nr_pages: 0, flags: 'PE_PRESENT', nr_pages: '2' },
      { vaddr: '0x7fff0000', compat_nr_pages: 3, in_parent: true },
    ]);
    roundTrip(bytes, encodePagemap(pm));
  });

  it('files: reg, pipe, eventpoll, fifo', () => {
    const fownFields = [...vf(1, 0), ...vf(2, 0), ...vf(3, 0), ...vf(4, 0), ...vf(5, 0)];
    const fownAt = (field: number): Bytes => lf(field, fownFields);
    const bytes = image(M.FILES,
      [...vf(1, 1), ...vf(2, 1), ...mf(3, vf(1, 1), vf(2, 0o100002), vf(3, 0), fownAt(5), sf(6, '/etc/hosts'), zf(7, -1))],
      [...vf(1, 2), ...vf(2, 2), ...mf(18, vf(1, 2), vf(2, 12345), vf(3, 0x800), fownAt(4))],
      [...vf(1, 7), ...vf(2, 3), ...mf(9, vf(1, 3), vf(2, 2), fownAt(3), mf(4, vf(1, 3), vf(2, 5), vf(3, 1), vf(4, U64_MAX)))],
      [...vf(1, 3), ...vf(2, 4), ...mf(17, vf(1, 4), vf(2, 99))]);
    const f0 = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
    const expected: FileEntry[] = [
      { type: 1, id: 1, reg: { id: 1, flags: 0o100002, pos: 0n, fown: f0, name: '/etc/hosts', mnt_id: -1 } },
      { type: 2, id: 2, pipe: { id: 2, pipe_id: 12345, flags: 0x800, fown: f0 } },
      { type: 7, id: 3, epfd: { id: 3, flags: 2, fown: f0, tfd: [{ id: 3, tfd: 5, events: 1, data: U64_MAX }] } },
      { type: 3, id: 4, fifo: { id: 4, pipe_id: 99 } },
    ];
    assert.deepEqual(decodeImage('files', bytes), expected);
    const json = imageToJson(bytes).entries;
    assert.deepEqual(json.map((e) => e.type), ['REG', 'PIPE', 'EVENTPOLL', 'FIFO']);
    assert.equal((json[0].reg as { flags: string }).flags, 'O_RDWR | O_LARGEFILE');
    assert.equal((json[1].pipe as { flags: string }).flags, '0x800');
    roundTrip(bytes, encodeImage('files', expected));
  });

  it('fdinfo', () => {
    const bytes = image(M.FDINFO, [...vf(1, 1), ...vf(2, 0), ...vf(3, 1), ...vf(4, 0)], [...vf(1, 2), ...vf(2, 1), ...vf(3, 2), ...vf(4, 1)]);
    const expected = [{ id: 1, flags: 0, type: 1 as const, fd: 0 }, { id: 2, flags: 1, type: 2 as const, fd: 1 }];
    assert.deepEqual(decodeImage('fdinfo', bytes), expected);
    roundTrip(bytes, encodeImage('fdinfo', expected));
  });

  it('pipes-data and fifo-data with extra payloads', () => {
    const bytes = image(M.PIPES_DATA,
      { entry: [...vf(1, 7), ...vf(2, 3), ...vf(3, 65536)], extra: [0x61, 0x62, 0x63] },
      { entry: [...vf(1, 8), ...vf(2, 0)], extra: [] },
      { entry: [...vf(1, 9), ...vf(2, 1)], extra: [0xff] });
    const expected = [
      { entry: { pipe_id: 7, bytes: 3, size: 65536 }, data: Buffer.from('abc') },
      { entry: { pipe_id: 8, bytes: 0 }, data: Buffer.alloc(0) },
      { entry: { pipe_id: 9, bytes: 1 }, data: Buffer.from([0xff]) },
    ];
    assert.deepEqual(decodePipeData('pipes-data', bytes), expected);
    assert.deepEqual(imageToJson(bytes), {
      magic: 'PIPES_DATA',
      entries: [{ pipe_id: 7, bytes: 3, size: 65536, extra: 'YWJj' }, { pipe_id: 8, bytes: 0, extra: '' }, { pipe_id: 9, bytes: 1, extra: '/w==' }],
    });
    roundTrip(bytes, encodePipeData('pipes-data', expected));
    const fifo = image(M.FIFO_DATA, { entry: [...vf(1, 1), ...vf(2, 2)], extra: [0, 1] });
    assert.deepEqual(decodePipeData('fifo-data', fifo), [{ entry: { pipe_id: 1, bytes: 2 }, data: Buffer.from([0, 1]) }]);
    roundTrip(fifo, encodePipeData('fifo-data', [{ entry: { pipe_id: 1, bytes: 2 }, data: Buffer.from([0, 1]) }]));
  });
});
