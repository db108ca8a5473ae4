// The page-file checksum (native/hash_ops.cc): a fast 64-bit hash for damage detection.
import { native } from './native';

/** Streams data into a 64-bit checksum; chunks before the last must be multiples of 8 bytes. */
export class PagesHash {
  readonly #state: Uint8Array;

  constructor(state?: Uint8Array) {
    // BigUint64Array gives the 8-byte alignment the native side wants.
    this.#state = new Uint8Array(new BigUint64Array(5).buffer);
    if (state) this.#state.set(state);
  }

  update(data: Uint8Array): this {
    native.hash64Update(this.#state, data);
    return this;
  }

  /** A copy that can go on independently (e.g. to add a trailer). */
  copy(): PagesHash {
    return new PagesHash(this.#state);
  }

  digest(): bigint {
    return native.hash64Digest(this.#state);
  }
}
