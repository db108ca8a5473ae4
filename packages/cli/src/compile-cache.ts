// A V8 code cache for the modules amber loads. Compiling JavaScript is a good part of
// amber's start-up (over a hundred modules, one of them a 400 KB generated protobuf
// module), and it is the same work at every run. Node 22 has this built in
// (module.enableCompileCache); on Node 20 each module is compiled through vm.Script with
// the cached data of the previous run, and modules compiled afresh are saved at exit
// (with the functions that ran, so those need no compiling either next time).
//
// The cache is code that amber runs, so it lives in a directory only this user can
// write: $AMBER_COMPILE_CACHE, else ~/.cache/amber/v8-<node version>-<arch>, created
// 0700 and not used if it belongs to someone else or others can write to it. Entries are
// keyed by path and checked against the file's size and mtime; V8 rejects data from
// another V8 or other flags, and the module is then compiled and saved again.
// AMBER_COMPILE_CACHE=0 turns it off.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module = require('node:module');

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
  paths: string[];
}

interface ModuleStatics {
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: unknown;
  _cache: unknown;
  enableCompileCache?: (dir?: string) => unknown;
}

const HEADER = 16; // f64 size, f64 mtimeMs of the source the data was made from

/** The cache directory, or undefined if there is none this user alone can write. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.AMBER_COMPILE_CACHE;
  if (given === '0') return undefined;
  const dir = given || path.join(os.homedir(), '.cache', 'amber', `v8-${process.version}-${process.arch}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    const uid = process.geteuid?.() ?? st.uid;
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** A file name for a module path (FNV-1a, 64 bits). */
function entryName(filename: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < filename.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(filename.charCodeAt(i))) * 0x100000001b3n);
  return `${h.toString(16).padStart(16, '0')}.v8`;
}

function readEntry(file: string, size: number, mtimeMs: number): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length <= HEADER || data.readDoubleLE(0) !== size || data.readDoubleLE(8) !== mtimeMs) return undefined;
  return data.subarray(HEADER);
}

function writeEntry(file: string, size: number, mtimeMs: number, data: Buffer): void {
  const header = Buffer.alloc(HEADER);
  header.writeDoubleLE(size, 0);
  header.writeDoubleLE(mtimeMs, 8);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

let enabled = false;

/** Turns the cache on for every module loaded from now on. Returns the directory used, if any. */
export function enableCompileCache(): string | undefined {
  if (enabled) return undefined;
  const dir = cacheDir();
  if (dir === undefined) return undefined;
  enabled = true;
  const statics = Module as unknown as ModuleStatics;
  if (typeof statics.enableCompileCache === 'function') {
    statics.enableCompileCache(dir);
    return dir;
  }
  const proto = Module.prototype as unknown as ModuleInternals;
  const nodeCompile = proto._compile;
  const toSave: Array<{ file: string; size: number; mtimeMs: number; script: vm.Script }> = [];

  proto._compile = function compileCached(this: ModuleInternals, content: string, filename: string): unknown {
    // import() needs node's own loader (vm.Script has no module loader behind it).
    if (content.includes('import(')) return nodeCompile.call(this, content, filename);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(filename);
    } catch {
      st = undefined;
    }
    const file = path.join(dir, entryName(filename));
    const cachedData = st ? readEntry(file, st.size, st.mtimeMs) : undefined;
    // V8 sees one script: node's wrapper around the module (a leading #! line kept as a comment).
    const source = Module.wrap(content.startsWith('#!') ? `//${content}` : content);
    const script = new vm.Script(source, { filename, cachedData });
    if (st && (cachedData === undefined || script.cachedDataRejected)) toSave.push({ file, size: st.size, mtimeMs: st.mtimeMs, script });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, makeRequire(this, statics), this, filename, path.dirname(filename));
  };

  process.on('exit', () => {
    for (const e of toSave) {
      try {
        writeEntry(e.file, e.size, e.mtimeMs, e.script.createCachedData());
      } catch {
        /* a cache that cannot be written is only slower */
      }
    }
  });
  return dir;
}

/** What node gives a module as `require`. */
function makeRequire(mod: ModuleInternals, statics: ModuleStatics): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => statics._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => statics._resolveLookupPaths(request, mod);
  req.resolve = resolve;
  req.main = require.main;
  req.extensions = statics._extensions as NodeJS.RequireExtensions;
  req.cache = statics._cache as NodeJS.Dict<NodeModule>;
  return req;
}
