// @amber/plugin-memfd: Amber's file plugin for memfds (fd type MEMFD = 18), shipped as a
// package of its own. Load it by module specifier:
//
//     amber dump --plugin @amber/plugin-memfd -t PID -D DIR
//     amber restore --plugin @amber/plugin-memfd -D DIR
//
// or registry.load('@amber/plugin-memfd'), or register(memfdPlugin({ limit })) yourself.
import { memfdPlugin } from './plugin';

export {
  memfdPlugin, memfdName, mfdFlagsFor, MEMFD, MEMFD_LIMIT, MEMFD_LIMIT_ENV,
  MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB, MFD_NOEXEC_SEAL, MFD_EXEC,
  F_ADD_SEALS, F_GET_SEALS, F_SEAL_SEAL, F_SEAL_SHRINK, F_SEAL_GROW, F_SEAL_WRITE, F_SEAL_FUTURE_WRITE, F_SEAL_EXEC,
  type MemfdData, type MemfdPluginOptions,
} from './plugin';
export { memfdImageName, readMemfdImage, writeMemfdImage, AMBER_MEMFD_MAGIC } from './image';

/** The plugin with default options (limit: $AMBER_MEMFD_LIMIT, else 64 MiB). */
export const plugin = memfdPlugin();
export default plugin;
