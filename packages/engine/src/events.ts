// Typed events for progress and hooks. A hook listener may throw to veto the action
// (like CRIU's action scripts: pre-dump, post-dump, pre-restore, post-restore).
import { EventEmitter } from 'eventemitter3';

export type Phase = 'freeze' | 'dump-task' | 'write-images' | 'kill' | 'resume' | 'read-images' | 'restore-task' | 'done';

export interface AmberEvents {
  phase: (e: { phase: Phase; pid: number }) => void;
  pages: (e: { pid: number; pages: number; bytes: number }) => void;
  /** One fd of a task, dumped or installed: `fileId` names its open file in files.img, `type` is its FdTypes value. */
  file: (e: { op: 'dump' | 'restore'; pid: number; fd: number; fileId: number; type: number }) => void;
  'pre-dump': (e: { pid: number; imagesDir: string }) => void;
  'post-dump': (e: { pid: number; imagesDir: string; pages: number }) => void;
  'pre-restore': (e: { pid: number; imagesDir: string }) => void;
  /** Restore: every task is made and still stopped; the tree runs once listeners return. */
  'pre-resume': (e: { pid: number; imagesDir: string }) => void;
  'post-restore': (e: { pid: number; imagesDir: string }) => void;
}

export class AmberEmitter extends EventEmitter<AmberEvents> {}
