// Shapes of the generated field tables in gen/schema.ts.

export type ScalarKind =
  | 'uint32' | 'int32' | 'sint32' | 'fixed32' | 'sfixed32'
  | 'uint64' | 'int64' | 'sint64' | 'fixed64' | 'sfixed64'
  | 'bool' | 'string' | 'bytes';

export type FieldKind = ScalarKind | 'enum' | 'message';

export interface FieldSchema {
  readonly name: string;
  readonly id: number;
  readonly rule: 'required' | 'optional' | 'repeated';
  readonly kind: FieldKind;
  /** Message or enum name for kind 'message' / 'enum'. */
  readonly ref?: string;
}

export type MessageSchema = readonly FieldSchema[];
