// @amber/images: CRIU-compatible checkpoint image files.

export * from './gen/types';
export type { MessageName, EnumName } from './gen/schema';
export { MESSAGES, ENUMS } from './gen/schema';
export type { FieldSchema, FieldKind, MessageSchema, ScalarKind } from './schema-types';

export { ImageError, ImageEncodeError, IncompleteImageError } from './errors';
export {
  IMAGE_KINDS, IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, IMG_VERSION, imageFileName, isPagesFileName, kindByMagic,
  kindByMagicName, type EntryOf, type ImageKind, type KindSpec, type ListKind, type ShmemSpace,
} from './kinds';
export { encodeMessage, decodeMessage } from './codec';
export {
  DEFAULT_MAX_ENTRY_SIZE, DEFAULT_MAX_EXTRA_SIZE, type ImageRecord, type ReadLimits,
} from './framing';
export {
  decodeImage, decodePagemap, decodePipeData, encodeImage, encodePagemap, encodePipeData,
  type DecodeOptions, type PipeData, type PipeDataKind,
} from './images';
export {
  PAGE_SIZE, PE_LAZY, PE_PARENT, PE_PRESENT, PagesReader, PagesWriter, pagemapEntry, pagemapFlags, pagemapLayout,
  pagemapNrPages, pagemapTrailer, type Pagemap, type PagemapRange,
} from './pages';
export type { WriteOptions } from './atomic';
export { ImageDir, type CreateOptions, type OpenOptions, type SkPacket } from './image-dir';
export {
  imageFileToJson, imageFromJson, imageToJson, type ImageJson, type JsonObject, type JsonValue,
} from './json';
