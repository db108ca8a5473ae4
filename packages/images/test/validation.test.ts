// Every malformed input is an ImageError naming file, offset and expectation;
// every bad value handed to an encoder is an ImageEncodeError.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  decodeImage, decodeMessage, decodePagemap, decodePipeData, encodeImage, encodeMessage, encodePipeData, imageFileToJson,
  imageFromJson, imageToJson, ImageDir, ImageEncodeError, ImageError, type CoreEntry, type FsEntry, type PipeData,
} from '../src';
import * as fx from './fixtures';
import { rmDir, tempDir } from './util';
import { image, le32, lf, vf } from './wire';

const COMMON = [0x19, 0x43, 0x56, 0x54];
const PSTREE = [...COMMON, 0x30, 0x30, 0x27, 0x50];
const FILES = [...COMMON, 0x38, 0x31, 0x30, 0x56];
const PIPES_DATA = [...COMMON, 0x09, 0x37, 0x45, 0x56];

function expectImageError(fn: () => unknown, offset: number, expected: RegExp, file = '<buffer>'): ImageError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof ImageError, `expected ImageError, got ${String(caught)}`);
  assert.equal(caught.file, file);
  assert.equal(caught.offset, offset, caught.message);
  assert.match(caught.expected, expected, caught.message);
  assert.ok(caught.message.startsWith(`${file}: at byte offset ${offset}: expected `), caught.message);
  return caught;
}

const pstreeOk = encodeImage('pstree', fx.pstree);

describe('header validation', () => {
  it('empty file', () => {
    expectImageError(() => decodeImage('pstree', Buffer.alloc(0)), 0, /4-byte image magic/);
    expectImageError(() => imageToJson(Buffer.alloc(0)), 0, /4-byte image magic/);
  });

  it('wrong common magic', () => {
    const e = expectImageError(() => decodeImage('pstree', Buffer.from([1, 2, 3, 4, ...PSTREE.slice(4)])), 0, /common image magic 0x54564319/);
    assert.match(e.message, /found 0x04030201/);
  });

  it('truncated header (common magic only)', () => {
    expectImageError(() => decodeImage('pstree', Buffer.from([...COMMON, 0x30, 0x30])), 4, /4-byte image magic after the common magic/);
  });

  it('magic of another kind', () => {
    const e = expectImageError(() => decodeImage('core', pstreeOk), 4, /image magic 0x55053847 \(CORE\)/);
    assert.match(e.message, /found 0x50273030 \(PSTREE\)/);
  });

  it('unknown magic (show)', () => {
    expectImageError(() => imageToJson(Buffer.from([...COMMON, 1, 2, 3, 4])), 4, /a known image magic/);
    expectImageError(() => imageToJson(Buffer.from([1, 2, 3, 4])), 0, /common image magic/);
  });

  it('service images and raw pages are refused clearly', () => {
    const e = expectImageError(() => imageToJson(Buffer.from([0x40, 0x59, 0x10, 0x55, 6, 0x33, 9, 0x57])), 0, /common image magic/);
    assert.match(e.message, /service magic/);
    expectImageError(() => imageToJson(Buffer.alloc(8192), { file: 'pages-1.img' }), 0, /magic header/, 'pages-1.img');
  });

  it('inventory must carry its own magic first', () => {
    expectImageError(() => decodeImage('inventory', pstreeOk), 0, /image magic 0x58313116 \(INVENTORY\)/);
  });
});

describe('entry validation', () => {
  it('truncated length word', () => {
    expectImageError(() => decodeImage('pstree', Buffer.from([...PSTREE, 5, 0])), 8, /4-byte entry length/);
  });

  it('truncated entry', () => {
    const full = encodeImage('pstree', [fx.pstree[0]]);
    const e = expectImageError(() => decodeImage('pstree', full.subarray(0, full.length - 1)), 8, /an entry of \d+ bytes/);
    assert.match(e.message, /truncated entry/);
  });

  it('length larger than the file', () => {
    expectImageError(() => decodeImage('pstree', Buffer.from([...PSTREE, ...le32(1000), 8, 1])), 8, /an entry of 1000 bytes/);
  });

  it('length above the cap (default 64 MiB, configurable)', () => {
    expectImageError(() => decodeImage('pstree', Buffer.from([...PSTREE, ...le32(0xffffffff)])), 8, /at most 67108864 bytes/);
    expectImageError(() => decodeImage('pstree', pstreeOk, { maxEntrySize: 4 }), 8, /at most 4 bytes/);
  });

  it('second entry errors report its own offset', () => {
    const one = encodeImage('pstree', [fx.pstree[0]]);
    const bad = Buffer.concat([one, Buffer.from([...le32(3), 0x08])]);
    expectImageError(() => decodeImage('pstree', bad), one.length, /an entry of 3 bytes/);
  });

  it('extra payload past EOF', () => {
    const bytes = image(PIPES_DATA, { entry: [...vf(1, 1), ...vf(2, 100)], extra: [1, 2, 3] });
    const e = expectImageError(() => decodePipeData('pipes-data', bytes), 8 + 4 + 4, /100 bytes of extra payload/);
    assert.match(e.message, /only 3 byte\(s\) remain/);
    expectImageError(() => imageToJson(bytes), 16, /100 bytes of extra payload/);
    expectImageError(() => decodePipeData('pipes-data', image(PIPES_DATA, [...vf(1, 1), ...vf(2, 10)]), { maxExtraSize: 5 }), 16, /at most 5 bytes/);
  });

  it('missing required field', () => {
    const bytes = image(PSTREE, [...vf(1, 1), ...vf(2, 0), ...vf(3, 1)]); // no sid
    const e = expectImageError(() => decodeImage('pstree', bytes), 12, /a valid pstree_entry message/);
    assert.match(e.message, /missing required 'sid'/);
    expectImageError(() => imageToJson(bytes), 12, /a valid pstree_entry/);
  });

  it('missing required field in a nested message', () => {
    const bytes = image(FILES, [...vf(1, 2), ...vf(2, 1), ...lf(18, [...vf(1, 1), ...vf(2, 2)])]); // pipe without flags/fown
    const e = expectImageError(() => decodeImage('files', bytes), 12, /a valid file_entry/);
    assert.match(e.message, /missing required 'flags'/);
  });

  it('unknown enum value', () => {
    const bytes = image(FILES, [...vf(1, 99), ...vf(2, 1)]);
    const e = expectImageError(() => decodeImage('files', bytes), 12, /file_entry\.type to be a known fd_types value/);
    assert.match(e.message, /found 99$/);
    // optional enum (inventory.lsmtype) and a negative value
    const inv = Buffer.from([0x16, 0x31, 0x31, 0x58, ...le32(4), ...vf(1, 2), ...vf(6, 5)]);
    expectImageError(() => decodeImage('inventory', inv), 8, /inventory_entry\.lsmtype to be a known lsmtype value/);
    expectImageError(() => imageToJson(inv), 8, /known lsmtype value/);
    const neg = image(FILES, [...vf(1, -1), ...vf(2, 1)]);
    assert.match(expectImageError(() => decodeImage('files', neg), 12, /fd_types/).message, /found -1$/);
    expectImageError(() => imageToJson(bytes), 12, /known fd_types value/);
    const core = image([...COMMON, 0x47, 0x38, 0x05, 0x55], vf(1, 77));
    expectImageError(() => decodeImage('core', core), 12, /core_entry\.mtype to be a known core_march value/);
  });

  it('known field with the wrong wire type', () => {
    const bytes = image(PSTREE, [...lf(1, [1]), ...vf(1, 1), ...vf(2, 0), ...vf(3, 1), ...vf(4, 1)]);
    const e = expectImageError(() => decodeImage('pstree', bytes), 12, /pstree_entry\.pid to be the uint32 wire type/);
    assert.match(e.message, /found wire type 2/);
  });

  it('malformed protobuf: bad wire type, overlong nested length, runaway groups', () => {
    expectImageError(() => decodeImage('pstree', image(PSTREE, [0x0f, 0x00])), 12, /a valid pstree_entry/);
    expectImageError(() => decodeImage('files', image(FILES, [...vf(1, 1), ...vf(2, 1), 0x1a, 0x7f, 0x08])), 12, /a valid file_entry/);
    const groups = Buffer.from(new Array(100000).fill(0x0b)); // field 1, start-group, nested forever
    expectImageError(() => decodeImage('pstree', image(PSTREE, [...groups])), 12, /a valid pstree_entry/);
  });

  it('single-entry images must hold exactly one entry', () => {
    const d = tempDir('single');
    after(() => rmDir(d));
    const dir = ImageDir.create(d, { fsync: false });
    dir.writeEntries('fs', 'fs-1.img', [fx.fs, fx.fs]);
    dir.writeEntries('core', 'core-1.img', []);
    const r = ImageDir.open(d, { allowIncomplete: true });
    expectImageError(() => r.readFs(1), 8, /exactly one fs_entry/, 'fs-1.img');
    expectImageError(() => r.readCore(1), 8, /exactly one core_entry/, 'core-1.img');
    expectImageError(() => r.readMm(1), 0, /the image file to exist/, 'mm-1.img');
  });

  it('file-backed reads report the file name', () => {
    const d = tempDir('file');
    after(() => rmDir(d));
    fs.writeFileSync(path.join(d, 'pstree.img'), Buffer.from([...PSTREE, ...le32(50)]));
    const r = ImageDir.open(d, { allowIncomplete: true });
    expectImageError(() => r.readPstree(), 8, /an entry of 50 bytes/, 'pstree.img');
    expectImageError(() => imageFileToJson(path.join(d, 'pstree.img')), 8, /an entry of 50 bytes/, 'pstree.img');
    const big = ImageDir.open(d, { allowIncomplete: true, maxEntrySize: 10 });
    expectImageError(() => big.readPstree(), 8, /at most 10 bytes/, 'pstree.img');
  });

  it('pagemap needs its head', () => {
    expectImageError(() => decodePagemap(Buffer.from([...COMMON, 0x25, 0x40, 0x08, 0x56])), 8, /pagemap_head/);
  });

  it('decodeMessage wraps errors too', () => {
    assert.throws(() => decodeMessage('fs_entry', Buffer.from([0x08, 0x01])), { name: 'ImageError', message: /missing required 'root_id'/ });
    assert.deepEqual(decodeMessage('fs_entry', encodeMessage('fs_entry', fx.fs)), fx.fs);
  });
});

describe('encoder validation', () => {
  function expectEncodeError(fn: () => unknown, pathRe: RegExp, expected: RegExp): void {
    assert.throws(fn, (err: unknown) => {
      assert.ok(err instanceof ImageEncodeError, String(err));
      assert.match(err.path, pathRe);
      assert.match(err.expected, expected);
      return true;
    });
  }

  it('missing required field, with its path', () => {
    const core = { ...fx.core, tc: { ...fx.core.tc, comm: undefined } } as unknown as CoreEntry;
    expectEncodeError(() => encodeImage('core', [core]), /^core_entry\.tc\.comm$/, /required field/);
  });

  it('out-of-range and mistyped integers', () => {
    expectEncodeError(() => encodeImage('fs', [{ cwd_id: 2 ** 32, root_id: 0 }]), /cwd_id/, /uint32/);
    expectEncodeError(() => encodeImage('fs', [{ cwd_id: 1.5, root_id: 0 }]), /cwd_id/, /uint32/);
    expectEncodeError(() => encodeMessage('rlimit_entry', { cur: 1 as unknown as bigint, max: 0n }), /cur/, /bigint/);
    expectEncodeError(() => encodeMessage('rlimit_entry', { cur: 1n << 64n, max: 0n }), /cur/, /bigint 0\.\.2\^64-1/);
    expectEncodeError(() => encodeMessage('rlimit_entry', { cur: -1n, max: 0n }), /cur/, /uint64/);
    const vma = { ...(fx.mm.vmas ?? [])[0], fd: 1n << 63n };
    expectEncodeError(() => encodeImage('vmas', [vma]), /vma_entry\.fd/, /sint64/);
    const core = { ...fx.threadCore, thread_core: { futex_rla: 0n, futex_rla_len: 0, sched_nice: 2 ** 31 } };
    expectEncodeError(() => encodeImage('core', [core]), /sched_nice/, /sint32/);
  });

  it('unknown enum values and unknown fields', () => {
    expectEncodeError(() => encodeImage('fdinfo', [{ id: 1, flags: 0, type: 42 as 1, fd: 0 }]), /fdinfo_entry\.type/, /fd_types/);
    expectEncodeError(() => encodeImage('fs', [{ ...fx.fs, cwd: 1 } as FsEntry]), /fs_entry\.cwd$/, /a field of fs_entry/);
  });

  it('pipe data length must match the payload', () => {
    const bad: PipeData[] = [{ entry: { pipe_id: 1, bytes: 4 }, data: Buffer.from('abc') }];
    assert.throws(() => encodePipeData('pipes-data', bad), { name: 'ImageEncodeError', message: /pipe_data_entry\.bytes: expected 3/ });
  });

  it('JSON encoder validates too', () => {
    assert.throws(() => imageFromJson({ magic: 'NOPE', entries: [] }), { name: 'ImageEncodeError', message: /supported magic name/ });
    assert.throws(() => imageFromJson({ magic: 'FS', entries: [{ cwd_id: 1 }] }), { name: 'ImageEncodeError', message: /root_id/ });
    assert.throws(() => imageFromJson({ magic: 'FS', entries: [{ cwd_id: 1, root_id: 'x' }] }), { name: 'ImageEncodeError', message: /integer/ });
    assert.throws(() => imageFromJson({ magic: 'FILES', entries: [{ type: 'NOPE', id: 1 }] }), { name: 'ImageEncodeError', message: /fd_types/ });
    assert.throws(() => imageFromJson({ magic: 'PIPES_DATA', entries: [{ pipe_id: 1, bytes: 2, extra: 'YQ==' }] }), { name: 'ImageEncodeError', message: /bytes/ });
    assert.throws(() => imageFromJson({ magic: 'MM', entries: [{}] }), { name: 'ImageEncodeError', message: /mm_start_code/ });
    // crit accepts hex strings, flag names and dict names for integers
    const vma = { start: '0x1000', end: '0x2000', pgoff: 0, shmid: '0', prot: 'PROT_READ | 0x8', flags: 'MAP_PRIVATE', status: '', fd: '-1' };
    const bytes = imageFromJson({ magic: 'VMAS', entries: [vma] });
    assert.deepEqual(decodeImage('vmas', bytes), [{ start: 0x1000n, end: 0x2000n, pgoff: 0n, shmid: 0n, prot: 9, flags: 2, status: 0, fd: -1n }]);
  });
});
